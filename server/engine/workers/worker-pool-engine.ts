/**
 * The SQLite engine with its heavy reads on worker threads. At 100k clauses one search holds a thread for
 * up to ~80 ms and a 10 000-row export for ~350 ms; on the server's thread that stalls every other request.
 * Here searches, facets and whole exports run on the search threads (search-threads.ts, shared by all
 * such engines of the process), each with its own SQLite connection on the same file; the server thread
 * keeps a connection of its own for the point reads (a clause, a plan, a plan's clauses, health), which
 * take well under a millisecond. The in-memory rows of the index (filters, facets) are read by one thread
 * and shared by all (rows-broker.ts), ahead of the first search when the server calls prepare().
 *
 * All threads serve the same index: before each call the engine checks the file's identity and, when a
 * new index was renamed over it, makes every thread reopen it before it answers anything else.
 */
import fs from 'node:fs'
import os from 'node:os'
import type { ClauseRecord, IndexBuild, PlanRecord } from '../../../indexer/types.js'
import { collectExport, streamParts, type ExportDocument, type ExportPart, type ExportRequest, type ExportRunner, type ExportStream } from '../../export/export-document.js'
import { EngineUnavailableError } from '../errors.js'
import { PartChannel } from './part-channel.js'
import { SearchThreads, type OnPart } from './search-threads.js'
import { openSqliteEngine } from '../sqlite/sqlite-engine.js'
import type { ClauseVectors, EngineHealth, Facets, HealthOptions, ReadOptions, SearchEngine, SearchFilters, SearchQuery, SearchResult } from '../types.js'
import { indexVersion, type WorkerCall, type WorkerOptions } from './messages.js'

export interface WorkerPoolEngineOptions {
  /** The index file, e.g. data/build/index.sqlite. */
  path: string
  /** Search threads, at least 1; default defaultWorkerCount(). Engines of the same size share their threads. */
  size?: number
  /** The SQLite engine's keyword match cache, per thread (see SqliteEngineOptions). */
  matchCache?: number
  /** A request unanswered for this long ends its thread (which is replaced) and fails with 503. Default 30 s. */
  requestTimeoutMs?: number
  /** How long opening waits for the threads to start. Default 30 s. */
  startTimeoutMs?: number
}

/**
 * Four search threads per core (2–16). A cached answer costs the server thread microseconds and a search a
 * thread milliseconds, so under load the slow tail is searches waiting for one another: with more threads
 * than cores they run side by side, a slow one (a facet count over a million clauses) no longer holds the
 * rest, and searching gets its share of the cores against the server thread's stream of cached answers.
 * Measured with bench/load-test.ts on 2 cores (bench/RESULTS.md, Throughput), 2 → 8 threads: at 100k
 * clauses p99 from 106 to 47 ms at 50 connections and from 690 to 240 ms at 200, for about 15 % fewer
 * requests a second (3 300–3 700) and 400 MB more memory; at 1M p99 from 544 to 312 ms, RSS 1.0 → 1.8 GB.
 * Six threads missed 400 ms at 200 connections (383–411 ms).
 */
export function defaultWorkerCount(): number {
  return Math.min(16, Math.max(2, 4 * os.availableParallelism()))
}

export type WorkerPoolEngine = SearchEngine &
  ExportRunner & {
    searchMany(queries: SearchQuery[], options?: ReadOptions): Promise<SearchResult[]>
    /** Live search threads. */
    readonly workerCount: number
    /** Threads started to replace one that exited. */
    readonly restarts: number
    /** Reads waiting for a free thread, and reads handed to one so far (the threads are shared by the process). */
    readonly queued: number
    readonly readsStarted: number
    /** Ends search thread `index` the way a crash would (for operators and tests); it is replaced. */
    terminateWorker(index: number): Promise<void>
    prepare(): Promise<void>
    /** How many times the threads' rows were read, and handed from one thread to another, in this process. */
    readonly rowsStats: { reads: number; shared: number }
  }

/** As often as the SQLite engine looks for a renamed index file. */
const FOLLOW_INTERVAL_MS = 1000

const shared = new Map<number, SearchThreads>()

function threadsOf(size: number): SearchThreads {
  let threads = shared.get(size)
  if (!threads) {
    const created: SearchThreads = new SearchThreads(size, () => {
      if (shared.get(size) === created) shared.delete(size)
      void created.stop()
    })
    threads = created
    shared.set(size, threads)
  }
  return threads
}

export async function openWorkerPoolEngine(opts: WorkerPoolEngineOptions): Promise<WorkerPoolEngine> {
  const size = opts.size ?? defaultWorkerCount()
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`A worker pool needs at least one worker, got ${size}`)
  const threads = threadsOf(size)
  const options: WorkerOptions = { path: opts.path, matchCache: opts.matchCache }
  const fileId = fileIdentity(opts.path)
  const local = await openSqliteEngine({ ...options, followFile: false })
  let registered: { engine: number; versions: string[] } | null = null
  try {
    await threads.started(opts.startTimeoutMs ?? 30_000)
    registered = await threads.register(options, opts.requestTimeoutMs ?? 30_000)
    const engine = new PoolEngine(threads, registered.engine, options, local, fileId)
    await engine.converge(registered.versions)
    return engine
  } catch (error) {
    await local.close()
    if (registered) await threads.release(registered.engine)
    else if (!threads.anyReady) {
      shared.delete(size)
      await threads.stop()
    }
    throw error
  }
}

class PoolEngine implements SearchEngine, ExportRunner {
  readonly kind = 'sqlite' as const
  private closed = false
  private switching: Promise<void> = Promise.resolve()
  /** Set when the threads could not be brought to serve the same index. */
  private inconsistent = ''
  private lastCheck = Date.now()

  constructor(
    private readonly threads: SearchThreads,
    private readonly id: number,
    private readonly options: WorkerOptions,
    private local: SearchEngine,
    private fileId: string | null,
  ) {}

  get workerCount(): number {
    return this.threads.liveCount
  }

  get restarts(): number {
    return this.threads.restarts
  }

  get queued(): number {
    return this.threads.queued
  }

  get readsStarted(): number {
    return this.threads.readsStarted
  }

  terminateWorker(index: number): Promise<void> {
    return this.threads.terminate(index)
  }

  search(query: SearchQuery, options?: ReadOptions): Promise<SearchResult> {
    return this.call({ op: 'search', args: [query] }, options) as Promise<SearchResult>
  }

  searchMany(queries: SearchQuery[], options?: ReadOptions): Promise<SearchResult[]> {
    return this.call({ op: 'searchMany', args: [queries] }, options) as Promise<SearchResult[]>
  }

  facets(filters?: SearchFilters, options?: ReadOptions): Promise<Facets> {
    return this.call({ op: 'facets', args: [filters] }, options) as Promise<Facets>
  }

  runExport(request: ExportRequest, options?: ReadOptions): Promise<ExportDocument> {
    return collectExport(this.exportParts(request, options))
  }

  streamExport(request: ExportRequest, options?: ReadOptions): Promise<ExportStream> {
    return streamParts(this.exportParts(request, options))
  }

  /** The export thread sends the parts as it builds them; its reply ends them. */
  private exportParts(request: ExportRequest, options?: ReadOptions): PartChannel<ExportPart> {
    const parts = new PartChannel<ExportPart>()
    this.call({ op: 'export', args: [request] }, options, (part) => parts.push(part as ExportPart)).then(
      () => parts.end(),
      (error: unknown) => parts.fail(error),
    )
    return parts
  }

  async getClause(id: string): Promise<ClauseRecord | null> {
    return (await this.localEngine()).getClause(id)
  }

  async getPlan(id: string): Promise<PlanRecord | null> {
    return (await this.localEngine()).getPlan(id)
  }

  async listPlans(): Promise<PlanRecord[]> {
    return (await this.localEngine()).listPlans()
  }

  async planClauses(planId: string): Promise<ClauseRecord[]> {
    return (await this.localEngine()).planClauses(planId)
  }

  async getVector(id: string): Promise<Float32Array | null> {
    return (await this.localEngine()).getVector(id)
  }

  async health(options?: HealthOptions): Promise<EngineHealth> {
    if (this.closed) {
      // Said like the SQLite engine says it (a missing or damaged file names the fix), but never ok: a
      // closed engine has no threads, and recovery must open a new engine rather than keep this one.
      const local = await this.local.health()
      await this.local.close()
      return { ...local, ok: false, reason: local.ok ? 'The engine is closed.' : local.reason }
    }
    const health = await (await this.localEngine()).health(options)
    if (!health.ok) return health
    if (this.inconsistent) return { ...health, ok: false, reason: `The search workers do not serve the same index: ${this.inconsistent}. Restart the server.` }
    if (!this.threads.anyReady && this.threads.startError) return { ...health, ok: false, reason: `No search worker is running: ${this.threads.startError}` }
    return health
  }

  /** Written by one thread, then every thread reopens the new file before it answers again. */
  async replaceAll(build: IndexBuild, vectors?: ClauseVectors): Promise<void> {
    await this.call({ op: 'replaceAll', args: [build, vectors] })
    this.followFile(true)
    await this.switching
  }

  /**
   * Every thread reads ahead: a search thread reads the rows and the others take its copy; the export thread
   * (which runs at a lower CPU priority) only after, so it never is the one reading. Failures surface on the
   * next search instead.
   */
  async prepare(): Promise<void> {
    if (this.closed) return
    this.followFile()
    await this.switching
    const prepare = (which: 'search' | 'export') => Promise.all(this.threads.broadcast(this.id, { op: 'prepare', args: [] }, which).map((reply) => reply.catch(() => undefined)))
    await prepare('search')
    await prepare('export')
  }

  get rowsStats(): { reads: number; shared: number } {
    return { reads: this.threads.rows.reads, shared: this.threads.rows.shared }
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.threads.release(this.id)
    await this.local.close()
  }

  /**
   * Each thread opened the file when it was asked to; when a new index was renamed over it meanwhile (the
   * indexer swapping twice in a row), threads may serve different ones. Then all reopen the file as it is
   * now, until they agree. Should the file be damaged, health() says so and the server keeps its
   * previous engine.
   */
  async converge(versions: string[]): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const version = await indexVersion(this.local)
      if (versions.every((v) => v === version)) return
      this.fileId = fileIdentity(this.options.path)
      const previous = this.local
      this.local = await openSqliteEngine({ ...this.options, followFile: false })
      await previous.close()
      versions = (await Promise.all(this.threads.broadcast(this.id, { op: 'reopen', args: [{ force: true }] }))) as string[]
    }
    this.inconsistent = 'the index file kept changing while the search workers opened it'
  }

  /** The in-thread engine, after making sure every thread serves the file as it is now. */
  private async localEngine(): Promise<SearchEngine> {
    if (this.closed) throw new EngineUnavailableError('The engine is closed.')
    this.followFile()
    await this.switching
    return this.local
  }

  private async call(call: WorkerCall, options?: ReadOptions, onPart?: OnPart): Promise<unknown> {
    if (this.closed) throw new EngineUnavailableError('The engine is closed.')
    this.followFile()
    await this.switching
    return this.threads.call(this.id, call, false, options, onPart)
  }

  /**
   * Each SQLite engine notices a renamed index by itself, at most once a second, each at its own moment;
   * this engine looks on the same schedule but started its clock first, so it sees the change first and
   * switches all threads together, which keeps one request from reading the old index on one thread and
   * the new one on another. Calls wait for the switch, so each thread gets its reopen message before any
   * later request. (Looking more often would serve the new index before the server has prepared its
   * suggestions for it: the server swaps in a new engine for a new file within its watch interval.)
   */
  private followFile(force = false): void {
    const now = Date.now()
    if (!force && now - this.lastCheck < FOLLOW_INTERVAL_MS) return
    this.lastCheck = now
    const id = fileIdentity(this.options.path)
    if (id === null || id === this.fileId) return
    this.fileId = id
    this.switching = this.switching.then(() => this.switchFile())
  }

  /** A new file that cannot be opened is not switched to: every thread keeps serving the previous index. */
  private async switchFile(): Promise<void> {
    const candidate = await openSqliteEngine({ ...this.options, followFile: false })
    if (!(await candidate.health()).ok) {
      await candidate.close()
      return
    }
    // Every thread reopens before the point reads say the new index is served: health() names the index the
    // result cache keys its answers on, so a request that sees the new index there is answered from it, never
    // from a thread still on the old file (which would file the old answer under the new index).
    await Promise.all(this.threads.broadcast(this.id, { op: 'reopen', args: [{ force: false }] }).map((reply) => reply.catch(() => undefined)))
    const previous = this.local
    this.local = candidate
    await previous.close()
    // The new index's rows are read now rather than by the first search after the swap.
    void this.prepare()
  }
}

function fileIdentity(file: string): string | null {
  try {
    const stat = fs.statSync(file)
    return `${stat.ino}:${stat.mtimeMs}`
  } catch {
    return null
  }
}
