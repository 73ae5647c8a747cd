/**
 * The worker threads that run searches (engine-worker.ts), shared by every worker-pool engine of the
 * process. A thread takes a few hundred milliseconds to start (it loads TypeScript and better-sqlite3),
 * so when the server swaps in a new index the threads stay and only open the new file: the swap is as
 * quick as with the in-process engine, and the old index is closed in each thread when it retires.
 *
 * Reads (searches, facets, exports) wait in one queue here, on the server's thread, and a thread is handed
 * the next one only when it is free: a read whose client has gone, or that waited past its deadline, is
 * dropped before any thread spends time on it (a thread runs SQLite synchronously and could not be
 * interrupted once started). Exports run one at a time on a thread of their own, beside the search threads,
 * at a lower CPU priority where the system allows it, so a burst of exports never starves searches. A thread that dies is replaced at once; its
 * unanswered reads are tried once more on another thread, anything else fails with EngineUnavailableError
 * (503), and a thread that does not answer within the request timeout is ended, so no request waits forever.
 */
import { Worker } from 'node:worker_threads'
import { EngineUnavailableError, RequestCancelledError } from '../errors.js'
import type { ReadOptions } from '../types.js'
import { deserializeError, type RowsRequest, type WorkerCall, type WorkerOptions, type WorkerPart, type WorkerReady, type WorkerReply, type WorkerRequest, type WorkerStart } from './messages.js'
import { RowsBroker } from './rows-broker.js'

/** Receives the parts of a streamed answer (an export) before its reply. */
export type OnPart = (part: unknown) => void

interface Pending {
  request: WorkerRequest
  resolve(value: unknown): void
  reject(error: Error): void
  retried: boolean
  timer: NodeJS.Timeout
  onPart?: OnPart
}

interface Thread {
  worker: Worker
  ready: Promise<void>
  isReady: boolean
  pending: Map<number, Pending>
  /** The read it runs now, if any (reads go one at a time per thread). */
  reading: WorkerCall['op'] | null
}

/** A read waiting for a free thread. */
interface Waiting {
  engine: number
  call: WorkerCall
  retried: boolean
  followUp: boolean
  resolve(value: unknown): void
  reject(error: Error): void
  signal?: AbortSignal
  onAbort?: () => void
  deadline?: NodeJS.Timeout
  onPart?: OnPart
}


/** Calls that only read: safe to run again on another thread when theirs died. */
const RETRYABLE = new Set<WorkerCall['op']>(['search', 'searchMany', 'facets', 'export'])
/** Calls posted to every thread at once, beside the reads (never queued: they only open or close a file). */
const CONTROL = new Set<WorkerCall['op']>(['open', 'close', 'reopen', 'prepare'])
/** The index version a thread reports when it was replaced mid-call: unknown, so the engine makes them all reopen. */
const RESTARTED = 'restarted'
const WORKER_EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js'

export class SearchThreads {
  private readonly threads: (Thread | null)[]
  /** Engines open in every thread; a replacement thread opens them all before it answers. */
  private readonly engines = new Map<number, WorkerOptions>()
  private readonly timeouts = new Map<number, number>()
  private readonly waiting: Waiting[] = []
  private readonly exportIndex: number
  private handedOut = 0
  private nextRequest = 1
  private nextEngine = 1
  private stopped = false
  private restartCount = 0
  private startFailures = 0
  private lastStartError = ''
  /** The clause rows of each index file, read by one thread and shared with the others. */
  readonly rows = new RowsBroker((index, answer) => this.threads[index]?.worker.postMessage(answer))

  constructor(
    size: number,
    /** Called when the last engine is released, so the threads can be ended. */
    private readonly onIdle: () => void,
    /** A read still waiting for a thread this long after it was asked fails with RequestCancelledError. */
    private readonly queueDeadlineMs = 10_000,
  ) {
    // Threads 0 … size-1 search; thread `size` exports.
    this.exportIndex = size
    this.threads = Array.from({ length: size + 1 }, (_, i) => this.spawn(i))
  }

  /** Live search threads (the export thread not counted). */
  get liveCount(): number {
    return this.threads.filter((t, i) => t !== null && i !== this.exportIndex).length
  }

  get restarts(): number {
    return this.restartCount
  }

  get anyReady(): boolean {
    return this.threads.some((t) => t?.isReady)
  }

  get startError(): string {
    return this.lastStartError
  }

  /** Resolves when every thread has started; fails when one cannot. */
  async started(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new EngineUnavailableError(`The search workers did not start within ${timeoutMs} ms.`)), timeoutMs)
    })
    try {
      await Promise.race([Promise.all(this.threads.map((t) => t?.ready)), timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  /**
   * Opens an engine on the index file in every thread; answers its id and each thread's index version.
   * A request of this engine unanswered for `requestTimeoutMs` ends its thread (which is replaced) and fails.
   */
  async register(options: WorkerOptions, requestTimeoutMs: number): Promise<{ engine: number; versions: string[] }> {
    const engine = this.nextEngine++
    this.engines.set(engine, options)
    this.timeouts.set(engine, requestTimeoutMs)
    const versions = await Promise.all(this.live().map((t) => this.post(t, { engine, op: 'open', args: [options] })))
    return { engine, versions: versions as string[] }
  }

  async release(engine: number): Promise<void> {
    if (!this.engines.delete(engine)) return
    this.timeouts.delete(engine)
    await Promise.all(this.live().map((t) => this.post(t, { engine, op: 'close', args: [] }).catch(() => undefined)))
    if (this.engines.size === 0) this.onIdle()
  }

  /** Reads waiting for a free thread. */
  get queued(): number {
    return this.waiting.length
  }

  /** Reads handed to a thread so far (a dropped read never is). */
  get readsStarted(): number {
    return this.handedOut
  }

  /** Runs a read on the next free thread of its kind, in order; `onPart` gets a streamed answer's parts. */
  call(engine: number, call: WorkerCall, retried = false, options: ReadOptions = {}, onPart?: OnPart): Promise<unknown> {
    if (this.liveCount === 0) {
      return Promise.reject(new EngineUnavailableError(`No search worker is running${this.lastStartError ? `: ${this.lastStartError}` : ''}; the server keeps trying to start one.`))
    }
    const { signal } = options
    if (signal?.aborted) return Promise.reject(new RequestCancelledError('The client went away before the search started.'))
    return new Promise((resolve, reject) => {
      const waiting: Waiting = {
        engine,
        call,
        retried,
        followUp: options.followUp === true,
        onPart,
        resolve,
        reject,
        signal,
        // Writing a whole index waits as long as it must; a read past its deadline is no longer wanted.
        deadline: RETRYABLE.has(call.op) ? setTimeout(() => this.drop(waiting, `The search waited ${this.queueDeadlineMs} ms for a free worker.`), this.queueDeadlineMs) : undefined,
      }
      if (signal) {
        waiting.onAbort = () => this.drop(waiting, 'The client went away before the search started.')
        signal.addEventListener('abort', waiting.onAbort, { once: true })
      }
      // First come first served, except that a read retried after its thread died goes first, and the
      // follow-up of an answer that already waited its turn goes before reads that have not had theirs.
      if (retried) this.waiting.unshift(waiting)
      else if (options.followUp) this.waiting.splice(this.firstUnstarted(), 0, waiting)
      else this.waiting.push(waiting)
      this.pump()
    })
  }

  /** Where the reads that are neither retried nor follow-ups begin in the queue. */
  private firstUnstarted(): number {
    const at = this.waiting.findIndex((w) => !w.retried && !w.followUp)
    return at === -1 ? this.waiting.length : at
  }

  private drop(waiting: Waiting, reason: string): void {
    const at = this.waiting.indexOf(waiting)
    if (at === -1) return
    this.waiting.splice(at, 1)
    this.settle(waiting)
    waiting.reject(new RequestCancelledError(reason))
  }

  private settle(waiting: Waiting): void {
    clearTimeout(waiting.deadline)
    if (waiting.onAbort) waiting.signal?.removeEventListener('abort', waiting.onAbort)
  }

  /** Hands waiting reads to free threads: exports to the export thread, everything else to a search thread. */
  private pump(): void {
    for (let i = 0; i < this.waiting.length; ) {
      const next = this.waiting[i]
      const exporting = next.call.op === 'export'
      const free = this.threads.find((t, index) => t !== null && t.isReady && t.reading === null && (index === this.exportIndex) === exporting)
      if (!free) {
        i++
        continue
      }
      this.waiting.splice(i, 1)
      this.settle(next)
      free.reading = next.call.op
      this.handedOut++
      this.post(free, { ...next.call, engine: next.engine }, next.retried, next.onPart).then(next.resolve, next.reject)
    }
  }

  /** Runs a call on every thread (each answers for its own copy of the engine), or on the search or export threads only. */
  broadcast(engine: number, call: WorkerCall, which: 'all' | 'search' | 'export' = 'all'): Promise<unknown>[] {
    const exportThread = this.threads[this.exportIndex]
    const chosen = this.live().filter((t) => which === 'all' || (t === exportThread) === (which === 'export'))
    return chosen.map((t) => this.post(t, { ...call, engine }))
  }

  /** Ends thread `index` the way a crash would (for operators and tests); it is replaced. */
  async terminate(index: number): Promise<void> {
    await this.threads[index]?.worker.terminate()
  }

  async stop(): Promise<void> {
    this.stopped = true
    const threads = this.threads.splice(0, this.threads.length, ...this.threads.map(() => null))
    for (const t of threads) {
      if (!t) continue
      for (const p of t.pending.values()) {
        clearTimeout(p.timer)
        p.reject(new EngineUnavailableError('The engine is closed.'))
      }
      t.pending.clear()
    }
    for (const w of this.waiting.splice(0)) {
      this.settle(w)
      w.reject(new EngineUnavailableError('The engine is closed.'))
    }
    this.rows.clear()
    await Promise.all(threads.map((t) => t?.worker.terminate()))
  }

  private live(): Thread[] {
    return this.threads.filter((t): t is Thread => t !== null)
  }

  private post(thread: Thread, call: WorkerCall & { engine: number }, retried = false, onPart?: OnPart): Promise<unknown> {
    const request = { ...call, id: this.nextRequest++ } as WorkerRequest
    // Only reads have the engine's request timeout; opening and writing a whole index may take minutes.
    const timeoutMs = RETRYABLE.has(call.op) ? (this.timeouts.get(call.engine) ?? 30_000) : 600_000
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        thread.pending.delete(request.id)
        reject(new EngineUnavailableError(`A search worker did not answer within ${timeoutMs} ms; it is being restarted.`))
        void thread.worker.terminate()
      }, timeoutMs)
      thread.pending.set(request.id, { request, resolve, reject, retried, timer, onPart })
      thread.worker.ref()
      thread.worker.postMessage(request)
    })
  }

  private spawn(index: number): Thread {
    const worker = startWorker({ engines: [...this.engines].map(([engine, options]) => ({ engine, options })), background: index === this.exportIndex })
    let markReady!: () => void
    let failStart!: (error: Error) => void
    const ready = new Promise<void>((resolve, reject) => ((markReady = resolve), (failStart = reject)))
    ready.catch(() => undefined)
    const thread: Thread = { worker, ready, isReady: false, pending: new Map(), reading: null }
    let crash: Error | null = null
    // Idle threads must not keep the process alive; a thread with requests in flight does.
    worker.unref()
    worker.on('message', (msg: WorkerReply | WorkerPart | WorkerReady | RowsRequest) => {
      if ('rows' in msg) {
        if (this.threads[index] === thread) this.rows.receive(index, msg)
        return
      }
      if ('part' in msg) {
        thread.pending.get(msg.id)?.onPart?.(msg.part)
        return
      }
      if ('ready' in msg) {
        thread.isReady = true
        this.startFailures = 0
        this.lastStartError = ''
        markReady()
        this.pump()
        return
      }
      const pending = thread.pending.get(msg.id)
      if (!pending) return
      thread.pending.delete(msg.id)
      clearTimeout(pending.timer)
      if (thread.pending.size === 0) worker.unref()
      if (!CONTROL.has(pending.request.op)) thread.reading = null
      if (msg.ok) pending.resolve(msg.value)
      else pending.reject(deserializeError(msg.error))
      this.pump()
    })
    worker.on('error', (error) => (crash = error))
    worker.on('exit', (code) => {
      if (this.threads[index] === thread) this.threads[index] = null
      this.rows.threadExited(index)
      const reason = crash ? crash.message : `exit code ${code}`
      if (!thread.isReady) {
        this.startFailures++
        this.lastStartError = `a search worker could not start (${reason})`
        failStart(new EngineUnavailableError(`The search worker could not start: ${reason}`))
      }
      if (!this.stopped) this.respawn(index)
      for (const [id, p] of thread.pending) {
        thread.pending.delete(id)
        clearTimeout(p.timer)
        const { id: _id, engine, ...call } = p.request
        // The replacement opens every registered engine as it starts: an open, reopen or close is done by then.
        if (call.op === 'open' || call.op === 'reopen') p.resolve(RESTARTED)
        else if (call.op === 'close' || call.op === 'prepare') p.resolve(null)
        // A streamed answer may have sent parts already: it fails rather than start again.
        else if (!this.stopped && !p.retried && !p.onPart && RETRYABLE.has(call.op) && this.engines.has(engine)) this.call(engine, call as WorkerCall, true).then(p.resolve, p.reject)
        else p.reject(new EngineUnavailableError(`A search worker stopped (${reason}) while answering; please retry.`))
      }
    })
    return thread
  }

  /** A thread that cannot even start would fail again at once: after such failures the next start waits longer. */
  private respawn(index: number): void {
    this.restartCount++
    const start = () => {
      if (!this.stopped && this.threads[index] === null) this.threads[index] = this.spawn(index)
    }
    if (this.startFailures === 0) start()
    else setTimeout(start, Math.min(30_000, 500 * 2 ** (this.startFailures - 1))).unref()
  }
}

/**
 * Under tsx (npm start, vitest) the entry is TypeScript, which a worker thread cannot load by itself on
 * Node 20: the worker registers tsx's loader first, then imports the entry.
 */
function startWorker(start: WorkerStart): Worker {
  const entry = new URL(`./engine-worker${WORKER_EXT}`, import.meta.url)
  if (WORKER_EXT === '.js') return new Worker(entry, { workerData: start })
  const tsx = import.meta.resolve('tsx/esm/api')
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}) })`
  return new Worker(code, { eval: true, workerData: start })
}
