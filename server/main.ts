/**
 * `npm start`: validate the configuration, build the web app and the index when they are missing
 * or stale, open the engine and serve on HOST:PORT. SIGINT/SIGTERM close the server and the engine.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigError, describeConfig, loadConfig } from './config.js'
import { createLogger } from './logger.js'
import { startPortal } from './portal.js'
import { ensureIndex } from './startup/index-build.js'
import { ensureWebBuild } from './startup/web-build.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

let config
try {
  config = loadConfig(process.env, root)
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message)
    process.exit(2)
  }
  throw err
}

const logger = createLogger(config)
logger.info({ config: describeConfig(config) }, 'starting')

try {
  const webRoot = await ensureWebBuild({ root, logger })
  await ensureIndex({ root, dataDir: config.dataDir, corpusDir: config.corpusDir, modelDir: config.modelDir, logger })
  const portal = await startPortal({ config, logger, webRoot })
  logger.info({ url: portal.url }, 'listening')
  console.log(`Policy search portal: ${portal.url}`)

  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    logger.info({ signal }, 'shutting down')
    // A request stuck longer than this must not keep the process alive forever.
    setTimeout(() => process.exit(1), 10_000).unref()
    portal
      .close()
      .then(() => {
        logger.info('closed')
        logger.flush?.()
        process.exit(0)
      })
      .catch((err) => {
        logger.error({ err }, 'error while closing')
        process.exit(1)
      })
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
} catch (err) {
  const message = err instanceof Error ? err.message : String(err)
  logger.fatal({ err }, 'start failed')
  console.error(`The portal could not start: ${message}`)
  process.exit(1)
}
