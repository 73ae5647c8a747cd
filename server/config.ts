/**
 * Configuration comes from environment variables only. Every variable is validated at start so a
 * wrong value stops the server with a message naming the variable, the value and what is expected,
 * instead of failing later in a request.
 */
import path from 'node:path'
import { z } from 'zod'
import { CodedError } from '../indexer/errors.js'

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export interface Config {
  port: number
  host: string
  meiliUrl: string | null
  /** Never logged or sent anywhere except to Meilisearch itself. */
  meiliMasterKey: string | null
  meiliIndex: string
  /** MEILI_USE_NETWORK=1: search Meilisearch's network (replicated sharding, Enterprise Edition ≥ 1.37). */
  meiliUseNetwork?: boolean
  /** MEILI_TIMEOUT_MS: how long a search or read waits for Meilisearch before answering 503. Unset: 5 000. */
  meiliTimeoutMs?: number
  logLevel: LogLevel
  dataDir: string
  corpusDir: string
  /** Allowed CORS origins; empty means no CORS headers at all. */
  corsOrigins: string[]
  /** Requests per minute per client IP on /api; 0 turns the limit off. */
  rateLimit: number
  modelDir: string | null
  /**
   * Worker threads that run searches and exports off the server's thread (SQLite only); 0 runs them
   * in-process. Unset: one per core, at most two.
   */
  searchWorkers?: number
  /** Search and facet answers kept per index (RESULT_CACHE); 0 turns the cache off. Unset: 5 000. */
  resultCache?: number
  /** Exports in progress at once (EXPORTS_AT_ONCE); more are refused with 429. Unset: 2. */
  exportsAtOnce?: number
}

export class ConfigError extends CodedError<'invalid_config'> {
  constructor(readonly problems: string[]) {
    super('invalid_config', `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

/** An unset or blank variable means "use the default". */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

const integer = (min: number, max: number, fallback: number, hint: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, { error: hint })
      .transform(Number)
      .pipe(z.number().int().min(min, { error: hint }).max(max, { error: hint }))
      .optional()
      .transform((v) => v ?? fallback),
  )

const optionalString = z.preprocess(blankToUndefined, z.string().optional())

const origin = z.string().refine((s) => s === '*' || /^https?:\/\/[^/\s]+$/.test(s), {
  error: 'each origin must look like https://example.org (scheme and host, no path) or be *',
})

const envSchema = z.object({
  PORT: integer(0, 65535, 3000, 'an integer port from 0 to 65535 (0 picks a free port), e.g. PORT=3000'),
  HOST: z.preprocess(blankToUndefined, z.string().regex(/^[\w.:-]+$/, { error: 'a host name or IP address, e.g. HOST=127.0.0.1 or HOST=0.0.0.0' }).default('127.0.0.1')),
  MEILI_URL: z.preprocess(
    blankToUndefined,
    z.url({ protocol: /^https?$/, error: 'an http(s) URL such as http://127.0.0.1:7700, or unset to use SQLite' }).optional(),
  ),
  MEILI_MASTER_KEY: optionalString,
  MEILI_INDEX: z.preprocess(
    blankToUndefined,
    z.string().regex(/^[A-Za-z0-9_-]{1,400}$/, { error: 'letters, digits, - and _ only, e.g. MEILI_INDEX=clauses' }).default('clauses'),
  ),
  MEILI_USE_NETWORK: z.preprocess(blankToUndefined, z.enum(['0', '1'], { error: '1 to search Meilisearch\'s network, 0 or unset for one instance' }).optional()),
  MEILI_TIMEOUT_MS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, { error: 'milliseconds from 100 to 600000 that a request waits for Meilisearch, e.g. MEILI_TIMEOUT_MS=5000' })
      .transform(Number)
      .pipe(z.number().int().min(100, { error: 'milliseconds from 100 to 600000 that a request waits for Meilisearch, e.g. MEILI_TIMEOUT_MS=5000' }).max(600_000, { error: 'milliseconds from 100 to 600000 that a request waits for Meilisearch, e.g. MEILI_TIMEOUT_MS=5000' }))
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof blankToUndefined(v) === 'string' ? String(v).toLowerCase() : undefined),
    z.enum(LOG_LEVELS, { error: `one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  ),
  DATA_DIR: z.preprocess(blankToUndefined, z.string().default('data')),
  CORPUS_DIR: optionalString,
  CORS_ORIGIN: z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean))
      .pipe(z.array(origin))
      .optional(),
  ),
  // Search-as-you-type sends a suggest and a search per pause in typing; 600/min leaves a fast typist room.
  RATE_LIMIT: integer(0, 1_000_000, 600, 'requests per minute per IP as a whole number, 0 to turn the limit off, e.g. RATE_LIMIT=600'),
  MODEL_DIR: optionalString,
  SEARCH_WORKERS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, { error: 'a whole number of worker threads from 0 to 16 (0 searches on the server thread), e.g. SEARCH_WORKERS=2' })
      .transform(Number)
      .pipe(z.number().int().max(16, { error: 'a whole number of worker threads from 0 to 16 (0 searches on the server thread), e.g. SEARCH_WORKERS=2' }))
      .optional(),
  ),
  RESULT_CACHE: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, { error: 'a whole number of answers to keep, 0 to turn the result cache off, e.g. RESULT_CACHE=5000' })
      .transform(Number)
      .optional(),
  ),
  EXPORTS_AT_ONCE: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[1-9]\d*$/, { error: 'a whole number of exports from 1 to 64 (more at once are refused with 429), e.g. EXPORTS_AT_ONCE=2' })
      .transform(Number)
      .pipe(z.number().int().max(64, { error: 'a whole number of exports from 1 to 64 (more at once are refused with 429), e.g. EXPORTS_AT_ONCE=2' }))
      .optional(),
  ),
})

/** Reads and validates the environment; throws ConfigError listing every wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?')
      const value = env[name]
      // The master key is never echoed, even in a configuration error.
      const shown = name === 'MEILI_MASTER_KEY' ? '(hidden)' : JSON.stringify(value)
      return `${name}=${shown} is not valid: expected ${issue.message}`
    })
    throw new ConfigError(problems)
  }
  const e = parsed.data
  if (e.MEILI_MASTER_KEY && !e.MEILI_URL) {
    throw new ConfigError(['MEILI_MASTER_KEY is set but MEILI_URL is not: set MEILI_URL to use Meilisearch, or unset the key'])
  }
  const dataDir = path.resolve(cwd, e.DATA_DIR)
  return {
    port: e.PORT,
    host: e.HOST,
    meiliUrl: e.MEILI_URL ?? null,
    meiliMasterKey: e.MEILI_MASTER_KEY ?? null,
    meiliIndex: e.MEILI_INDEX,
    ...(e.MEILI_USE_NETWORK === '1' ? { meiliUseNetwork: true } : {}),
    ...(e.MEILI_TIMEOUT_MS !== undefined ? { meiliTimeoutMs: e.MEILI_TIMEOUT_MS } : {}),
    logLevel: e.LOG_LEVEL,
    dataDir,
    corpusDir: path.resolve(cwd, e.CORPUS_DIR ?? path.join(dataDir, 'corpus')),
    corsOrigins: e.CORS_ORIGIN ?? [],
    rateLimit: e.RATE_LIMIT,
    modelDir: e.MODEL_DIR ? path.resolve(cwd, e.MODEL_DIR) : null,
    searchWorkers: e.SEARCH_WORKERS,
    ...(e.RESULT_CACHE !== undefined ? { resultCache: e.RESULT_CACHE } : {}),
    ...(e.EXPORTS_AT_ONCE !== undefined ? { exportsAtOnce: e.EXPORTS_AT_ONCE } : {}),
  }
}

/** MEILI_TIMEOUT_MS, or its default when unset. */
export const meiliTimeoutOf = (config: Config): number => config.meiliTimeoutMs ?? 5_000

/** The configuration as it may be logged: secrets replaced by whether they are set. */
export function describeConfig(config: Config): Record<string, unknown> {
  return { ...config, meiliMasterKey: config.meiliMasterKey ? '(set)' : '(unset)' }
}
