/**
 * Opens every component the server needs and serves the app: the segmenter (with the terms the
 * indexer harvested), the engine (SQLite, or Meilisearch when MEILI_URL is set), the embedder, the
 * index holder, and the HTTP server. Used by main.ts and by the HTTP tests.
 */
import { existsSync, readFileSync, unwatchFile, watchFile, type Stats } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { serve, type ServerType } from '@hono/node-server'
import type { Logger } from 'pino'
import { BUILD_FILES } from '../indexer/build-files.js'
import { createSegmenter, type Segmenter } from '../indexer/segment/segmenter.js'
import { createApp } from './app.js'
import { meiliTimeoutOf, type Config } from './config.js'
import type { Embedder, SearchEngine } from './engine/types.js'
import { onClientError } from './http/client-errors.js'
import { openWorkerPoolEngine } from './engine/workers/worker-pool-engine.js'
import { IndexHolder } from './index-holder.js'
import { syncMeiliFromBuild } from './startup/meili-sync.js'
import { buildDirOf } from './startup/index-build.js'
import { buildSuggestIndex, loadSuggestIndex } from './startup/suggest-source.js'
import { movedIdsIn } from './http/moved-ids.js'
import { homophonesOf } from './query/homophones.js'
import { loadKnownWords } from './query/known-words.js'
import { placeValues } from './routes/place-scope.js'

/**
 * How long start waits for the build to load into an unresponsive Meilisearch before serving anyway, in
 * Meilisearch timeouts: a health check and the first write each get one.
 */
const MEILI_LOAD_WAIT_TIMEOUTS = 2

export interface PortalOptions {
  config: Config
  logger: Logger
  /** dist/web, or null to serve the API only. */
  webRoot: string | null
  /** Load the embedding model (default true). Tests of keyword behaviour skip the load. */
  semantic?: boolean
  /** Poll interval of the index-file watcher (SQLite only); 0 disables it. */
  watchIntervalMs?: number
}

export interface Portal {
  url: string
  port: number
  server: ServerType
  index: IndexHolder
  embedder: Embedder | null
  close(): Promise<void>
}

function readHarvestedTerms(buildDir: string): string[] {
  const file = path.join(buildDir, BUILD_FILES.terms)
  if (!existsSync(file)) return []
  try {
    const terms = JSON.parse(readFileSync(file, 'utf8'))
    return Array.isArray(terms) ? terms.filter((t): t is string => typeof t === 'string') : []
  } catch {
    return []
  }
}

/** Searches and exports run on worker threads unless SEARCH_WORKERS=0 (SQLite only). */
function usesSearchThreads(config: Config): boolean {
  return !config.meiliUrl && config.searchWorkers !== 0
}

/**
 * `threads`: the worker-pool engine already being opened (startPortal starts it before loading the
 * segmenter and the model, so the threads start meanwhile).
 */
async function openEngine(config: Config, segmenter: Segmenter, indexFile: string, logger: Logger, threads?: Promise<SearchEngine>): Promise<SearchEngine> {
  if (!config.meiliUrl) {
    // Searches and exports run on worker threads unless SEARCH_WORKERS=0: at 100k clauses one of them
    // would otherwise hold the server's event loop for up to hundreds of milliseconds.
    if (usesSearchThreads(config)) {
      try {
        return await (threads ?? openWorkerPoolEngine({ path: indexFile, size: config.searchWorkers }))
      } catch (err) {
        logger.error({ reason: err instanceof Error ? err.message : String(err) }, 'the search workers cannot start; searching on the server thread instead (set SEARCH_WORKERS=0 to silence this)')
      }
    }
    const { openSqliteEngine } = await import('./engine/sqlite/sqlite-engine.js')
    return openSqliteEngine({ path: indexFile, tokenizer: segmenter })
  }
  const { createMeiliEngine } = await import('./engine/meili/meili-engine.js')
  const { EMBEDDING_MODEL_ID } = await import('./semantic/embedder.js')
  return createMeiliEngine({
    url: config.meiliUrl,
    apiKey: config.meiliMasterKey ?? undefined,
    indexUid: config.meiliIndex,
    tokenizer: segmenter,
    dictionaryTerms: segmenter.dictionaryTerms(),
    useNetwork: config.meiliUseNetwork,
    timeoutMs: meiliTimeoutOf(config),
    vectorModel: EMBEDDING_MODEL_ID,
    onProgress: (p) => logger.info(p, p.phase === 'done' ? 'Meilisearch loaded' : 'loading into Meilisearch'),
  })
}

/** Which index a SQLite engine serves: its build time and counts, read from memory (no file read: it is asked before every cached request). */
async function servedIndex(engine: SearchEngine): Promise<string> {
  const h = await engine.health({ probe: false })
  return h.ok ? `${h.indexedAt}|${h.plans}|${h.clauses}|${h.vectors}` : 'unavailable'
}

export async function startPortal(opts: PortalOptions): Promise<Portal> {
  const { config, logger } = opts
  const buildDir = buildDirOf(config.dataDir)
  const indexFile = path.join(buildDir, BUILD_FILES.sqlite)
  // The search threads take about a second to start (each loads its modules): they start first, and load
  // beside this thread while it loads the segmenter's dictionary and the model. The index's rows are read
  // once the engine is open (the IndexHolder's prepare below), by one thread for all of them.
  const threads = usesSearchThreads(config) ? openWorkerPoolEngine({ path: indexFile, size: config.searchWorkers }) : undefined
  threads?.catch(() => undefined)
  const segmenter = createSegmenter({ extraTerms: readHarvestedTerms(buildDir) })

  let embedder: Embedder | null = null
  let semanticReason: string | undefined = '未加载嵌入模型，语义检索不可用'
  if (opts.semantic !== false) {
    const { loadEmbedder, describeModelStatus } = await import('./semantic/embedder.js')
    embedder = await loadEmbedder({ modelDir: config.modelDir ?? undefined, log: (m) => logger.warn(m) })
    semanticReason = describeModelStatus().reason
    logger.info({ semantic: embedder !== null, model: embedder?.modelId ?? null }, 'embedding model')
  }

  // Meilisearch may be down at start or come back empty: loading the build into it never stops the server
  // (requests get 503 with the reason meanwhile), and it is tried again each time recovery reopens the engine.
  const loadMeili = async (e: SearchEngine): Promise<SearchEngine> => {
    if (e.kind !== 'meilisearch') return e
    const load = syncMeiliFromBuild(e, { buildDir, indexFile, segmenter, logger }).catch((err: unknown) => {
      logger.error({ reason: err instanceof Error ? err.message : String(err) }, 'loading the build into Meilisearch failed; requests get 503 until it is reachable')
    })
    let timer: NodeJS.Timeout | undefined
    const waitMs = MEILI_LOAD_WAIT_TIMEOUTS * meiliTimeoutOf(config)
    await Promise.race([load, new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))])
    clearTimeout(timer)
    return e
  }
  const engine = await loadMeili(await openEngine(config, segmenter, indexFile, logger, threads))
  const index = await IndexHolder.create(engine, {
    prepare: async (e) => {
      // Off this thread and not awaited: the rows of a large index take seconds, and the server listens meanwhile.
      void e.prepare?.().catch(() => undefined)
      const health = await e.health()
      const loaded = await loadSuggestIndex(e, buildDir, health)
      // An engine that cannot answer yet (Meilisearch down) says nothing about the build's suggestions.
      if (!loaded && health.ok) logger.warn('no suggestions from the indexer for this index (built before it wrote them): computing them on the server thread; re-index to skip this')
      const suggest = loaded ?? (await buildSuggestIndex(e, segmenter))
      // Keyed by sound before the index serves (≈ 10 µs a word), so no search builds the keys; the index's places
      // are asked for now (one facets read) and not awaited: searches share the one read (place-scope.ts), and
      // awaiting it held the first answer of a 1M index back by about a second and 100 MB (bench/start-time.ts).
      homophonesOf(suggest)
      // The place names a question's words are checked against (held-parts.ts), read before the first question asks.
      loadKnownWords()
      if (health.ok) void placeValues(e).catch(() => undefined)
      return { suggest }
    },
    // The SQLite engine says which index it serves from memory; Meilisearch would need a round trip per request.
    cache: engine.kind === 'sqlite' && config.resultCache !== 0 ? { maxEntries: config.resultCache, generation: servedIndex } : undefined,
    reopen: async () => loadMeili(await openEngine(config, segmenter, indexFile, logger)),
    logger,
  })
  const health = await engine.health()
  if (!health.ok) logger.error({ reason: health.reason }, 'the engine cannot answer yet; requests get 503 until it recovers')
  else logger.info({ engine: engine.kind, plans: health.plans, clauses: health.clauses, vectors: health.vectors, indexedAt: health.indexedAt }, 'engine open')

  const app = createApp({
    index,
    tokenizer: segmenter,
    embedder,
    semanticReason,
    logger,
    movedIds: movedIdsIn(buildDir),
    options: { corsOrigins: config.corsOrigins, rateLimit: config.rateLimit, webRoot: opts.webRoot, corpusDir: config.corpusDir, exportsAtOnce: config.exportsAtOnce },
  })

  // Another process (npm run index) renames a new index file into place: open it and swap it in.
  const watchMs = opts.watchIntervalMs ?? 2000
  const onIndexFile = (curr: Stats, prev: Stats) => {
    if (curr.ino === prev.ino && curr.mtimeMs === prev.mtimeMs) return
    if (curr.nlink === 0) return
    logger.info('the index file changed on disk, swapping in the new index')
    openEngine(config, segmenter, indexFile, logger)
      .then((e) => index.replaceIfHealthy(e))
      .catch((err) => logger.error({ err }, 'opening the new index failed; the previous one keeps serving'))
  }
  if (engine.kind === 'sqlite' && watchMs > 0) watchFile(indexFile, { interval: watchMs, persistent: false }, onIndexFile)

  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s))
    s.once('error', reject)
    s.on('clientError', onClientError)
  })
  const port = (server.address() as AddressInfo).port
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`

  return {
    url,
    port,
    server,
    index,
    embedder,
    async close() {
      unwatchFile(indexFile, onIndexFile)
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Keep-alive sockets would hold close() open; idle ones can go now.
        ;(server as { closeIdleConnections?: () => void }).closeIdleConnections?.()
      })
      await index.close()
    },
  }
}
