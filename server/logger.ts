/**
 * The server's pino logger. Besides redacting known fields, every finished line is scrubbed of the
 * Meilisearch master key, so that no error object (a driver error carrying request headers, say)
 * can write the key to a log.
 */
import { pino, type DestinationStream, type Logger } from 'pino'
import type { Config } from './config.js'

export function createLogger(config: Pick<Config, 'logLevel' | 'meiliMasterKey'>, destination?: DestinationStream): Logger {
  const secret = config.meiliMasterKey
  return pino(
    {
      level: config.logLevel,
      base: undefined,
      redact: { paths: ['config.meiliMasterKey', '*.apiKey', '*.masterKey', '*.headers.authorization', '*.headers.Authorization'], censor: '[hidden]' },
      ...(secret ? { hooks: { streamWrite: (line: string) => line.replaceAll(secret, '[hidden]') } } : {}),
    },
    destination,
  )
}
