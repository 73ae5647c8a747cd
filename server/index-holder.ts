/**
 * Holds the engine the server answers from, together with what is derived from its index
 * (suggestions, citation schemes), as one snapshot that is swapped atomically:
 * a request works on the snapshot it started with, a new index replaces the snapshot only once it
 * is fully prepared, and the old engine is closed when its last request has finished.
 *
 * It also recovers by itself: when an engine call fails, requests get 503 while the holder checks
 * the engine's health with backoff and, if the engine stays broken, reopens it.
 */
import type { Logger } from 'pino'
import type { SearchEngine } from './engine/types.js'
import { EngineError } from './engine/errors.js'
import { PortalError } from './errors.js'
import type { SuggestIndex } from './suggest-index.js'
import { CitationBook } from './citation-book.js'
import { requestKey, ResultCache, type ResultCacheOptions } from './result-cache.js'

export interface IndexSnapshot {
  engine: SearchEngine
  suggest: SuggestIndex
  citations: CitationBook
  /** Answers computed on this snapshot's engine; dropped with it. Null when caching is off. */
  results: ResultCache | null
}

/** The client of a request, as far as the cache needs it: its signal is read only when an answer is computed. */
export interface Client {
  readonly signal: AbortSignal
}

export interface ResultCaching extends ResultCacheOptions {
  /**
   * Which index the engine serves right now, read cheaply before each cached request (the engine may
   * follow a renamed index file by itself before the holder swaps it out). 'unavailable' skips the cache.
   */
  generation: (engine: SearchEngine) => Promise<string>
}

export interface IndexHolderOptions {
  /** Builds the derived parts of a snapshot for a freshly opened engine. */
  prepare: (engine: SearchEngine) => Promise<Omit<IndexSnapshot, 'engine' | 'citations' | 'results'>>
  /** Answers kept per snapshot; none when absent. */
  cache?: ResultCaching
  /** Opens the engine again from its source; without it recovery only waits for the engine to heal. */
  reopen?: () => Promise<SearchEngine>
  logger: Logger
  /** First and longest wait between recovery attempts. */
  retryMs?: { initial: number; max: number }
}

export class IndexHolder {
  private current: IndexSnapshot
  private readonly inflight = new Map<IndexSnapshot, number>()
  private readonly retiring = new Set<IndexSnapshot>()
  private recovering: Promise<void> | null = null
  private closed = false

  private constructor(
    snapshot: IndexSnapshot,
    private readonly options: IndexHolderOptions,
  ) {
    this.current = snapshot
  }

  static async create(engine: SearchEngine, options: IndexHolderOptions): Promise<IndexHolder> {
    return new IndexHolder(await buildSnapshot(engine, options), options)
  }

  get snapshot(): IndexSnapshot {
    return this.current
  }

  get isRecovering(): boolean {
    return this.recovering !== null
  }

  /**
   * Runs `fn` on the current snapshot. This is where engine errors become PortalErrors (see server/errors.ts):
   * semantic_unavailable keeps its code; any other failure answers engine_unavailable (503) and starts
   * recovery. PortalErrors thrown by `fn` pass through untouched.
   */
  async use<T>(fn: (snapshot: IndexSnapshot) => Promise<T>): Promise<T> {
    if (this.closed) throw new PortalError('engine_unavailable', '服务正在关闭，请稍后再试')
    const snap = this.current
    this.inflight.set(snap, (this.inflight.get(snap) ?? 0) + 1)
    try {
      return await fn(snap)
    } catch (err) {
      if (err instanceof PortalError) throw err
      if (err instanceof EngineError && err.code === 'semantic_unavailable') {
        throw new PortalError('semantic_unavailable', '语义检索不可用：索引中没有向量。请在模型可用时重新建立索引（npm run index），关键词检索不受影响', { cause: err })
      }
      if (err instanceof EngineError && err.code === 'request_cancelled') {
        // Its client has gone, or it waited past its deadline behind other searches: busy, not broken.
        throw new PortalError('engine_unavailable', '服务繁忙：检索排队超时或请求已取消，请稍后再试', { cause: err, headers: { 'Retry-After': '1' } })
      }
      this.reportFailure(err)
      throw new PortalError('engine_unavailable', '检索引擎暂时不可用，服务正在自动恢复，请稍后再试', { cause: err })
    } finally {
      const left = (this.inflight.get(snap) ?? 1) - 1
      if (left > 0) this.inflight.set(snap, left)
      else {
        this.inflight.delete(snap)
        if (this.retiring.has(snap)) void this.retire(snap)
      }
    }
  }

  /**
   * Like use(), answering `fn`'s value as UTF-8 JSON, from the snapshot's result cache when the same
   * request (`route` and its normalised `params`) was answered on the same index: a hit costs neither a
   * search nor serialising and encoding the answer again. `client` is the request (its signal), and the computation
   * is dropped when every client waiting for it has gone.
   */
  async useCachedJson(route: string, params: Record<string, unknown>, client: Client | undefined, fn: (snapshot: IndexSnapshot, signal: AbortSignal | undefined) => Promise<unknown>): Promise<Uint8Array> {
    return this.use(async (snap) => {
      const caching = this.options.cache
      const compute = async (s: AbortSignal | undefined): Promise<Uint8Array> => Buffer.from(JSON.stringify(await fn(snap, s)))
      if (!snap.results || !caching) return compute(client?.signal)
      const generation = await caching.generation(snap.engine)
      if (generation === 'unavailable') return compute(client?.signal)
      const key = requestKey(generation, route, params)
      // A hit never reads the client's signal: the HTTP adapter builds it on first read, per request.
      return snap.results.cached<Uint8Array>(key) ?? snap.results.getOrCompute(key, compute, client?.signal)
    })
  }

  /** Swaps in a new engine once its snapshot is ready; the old engine closes when idle. */
  async replace(engine: SearchEngine): Promise<void> {
    let next: IndexSnapshot
    try {
      next = await buildSnapshot(engine, this.options)
    } catch (err) {
      if (engine !== this.current.engine) await engine.close().catch(() => undefined)
      throw err
    }
    const old = this.current
    if (this.closed) {
      await engine.close()
      return
    }
    this.current = next
    if (old.engine !== engine) {
      this.retiring.add(old)
      if (!this.inflight.has(old)) await this.retire(old)
    }
    this.options.logger.info({ engine: engine.kind }, 'index snapshot swapped in')
  }

  /** Opens a candidate engine's snapshot only if it is healthy; otherwise closes it and keeps serving the current one. */
  async replaceIfHealthy(engine: SearchEngine): Promise<boolean> {
    const health = await engine.health().catch((err: unknown) => ({ ok: false, reason: String(err) }))
    if (!health.ok) {
      this.options.logger.error({ reason: health.reason }, 'the new index cannot be opened; the previous one keeps serving')
      await engine.close().catch(() => undefined)
      return false
    }
    await this.replace(engine)
    return true
  }

  /** Starts recovery unless it is already running. Also called when /api/health finds the engine unwell. */
  reportFailure(err: unknown): void {
    if (this.recovering || this.closed) return
    this.options.logger.error({ err }, 'engine failure, starting recovery')
    this.recovering = this.recover().finally(() => {
      this.recovering = null
    })
  }

  /** Resolves when no recovery is running (for tests and shutdown). */
  async settled(): Promise<void> {
    while (this.recovering) await this.recovering
  }

  async close(): Promise<void> {
    this.closed = true
    const engines = new Set([this.current.engine, ...[...this.retiring].map((s) => s.engine)])
    await Promise.allSettled([...engines].map((e) => e.close()))
  }

  private async retire(snap: IndexSnapshot): Promise<void> {
    this.retiring.delete(snap)
    if (snap.engine === this.current.engine) return
    try {
      await snap.engine.close()
    } catch (err) {
      this.options.logger.warn({ err }, 'closing the previous engine failed')
    }
  }

  private async recover(): Promise<void> {
    const { initial, max } = this.options.retryMs ?? { initial: 500, max: 30_000 }
    let wait = initial
    for (let attempt = 1; !this.closed; attempt++) {
      await sleep(wait)
      if (this.closed) return
      let reason: string | undefined
      try {
        const health = await this.current.engine.health()
        // health() may answer from memory; reading the plans proves the index itself is readable.
        if (health.ok) await this.current.engine.listPlans()
        if (health.ok) {
          // Suggestions and citations were derived while the engine could not answer: derive them again.
          await this.replace(this.current.engine)
          this.options.logger.info({ attempt }, 'engine healthy again')
          return
        }
        reason = health.reason
      } catch (err) {
        reason = err instanceof Error ? err.message : String(err)
      }
      if (this.options.reopen) {
        try {
          const engine = await this.options.reopen()
          const fresh = await engine.health()
          if (fresh.ok) {
            await this.replace(engine)
            this.options.logger.info({ attempt }, 'engine reopened')
            return
          }
          await engine.close()
          reason = fresh.reason
        } catch (err) {
          reason = err instanceof Error ? err.message : String(err)
        }
      }
      this.options.logger.warn({ attempt, reason }, 'engine still unavailable')
      wait = Math.min(wait * 2, max)
    }
  }
}

async function buildSnapshot(engine: SearchEngine, options: IndexHolderOptions): Promise<IndexSnapshot> {
  const derived = await options.prepare(engine)
  return { engine, citations: new CitationBook(engine), results: options.cache ? new ResultCache(options.cache) : null, ...derived }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}
