/**
 * The indexer's embedder on a machine with idle cores: passages are shared between worker threads, each with a
 * one-thread ONNX session, instead of one session whose threads split each forward pass. A forward pass of one
 * ~200-character passage is too small to keep two threads busy: on 2 idle cores one session of default threads
 * embedded 87.4 passages/s and two one-thread sessions 144.9/s, with the same vectors (bench/embed-throughput-bench.ts,
 * 600 passages, 2026-12-05). On busy cores the sessions only fight the other work (17–22/s against 29–33/s at load 7,
 * 2026-12-01), so the pool is only used when the cores are idle at the start, and small runs (a few new clauses)
 * never pay the sessions' start (≈ 1 s each): they stay in the calling thread's session.
 */
import { availableParallelism, loadavg } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Embedder } from '../../indexer/types.js'

export interface SessionStart {
  modelDir?: string
}
export interface SessionRequest {
  id: number
  texts: string[]
}
export type SessionReply = { ready: boolean; why: string } | { id: number; vectors: Float32Array[] } | { id: number; why: string }

export interface EmbedderPoolOptions {
  /** Worker sessions; 1 or less embeds in the calling thread only. */
  sessions: number
  /** A call with fewer passages stays in the calling thread (and does not start the sessions). */
  minTexts?: number
  modelDir?: string
  /** Where the reason goes when the sessions cannot start (the pool then embeds in the calling thread). */
  log?: (message: string) => void
}

/** EMBED_SESSIONS when set; otherwise one session per core (at most 4) on idle cores, else none. */
export function defaultEmbedSessions(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), load = loadavg()[0]): number {
  const set = env.EMBED_SESSIONS?.trim()
  if (set && /^\d+$/.test(set)) return Math.min(8, Number(set))
  return cores >= 2 && load < cores - 1 ? Math.min(cores, 4) : 1
}

const WORKER_EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js'

/** Under tsx (npm start, vitest) a worker thread cannot load TypeScript by itself on Node 20: it registers tsx's loader first. */
function startSession(start: SessionStart): Worker {
  const entry = new URL(`./embed-session-worker${WORKER_EXT}`, import.meta.url)
  if (WORKER_EXT === '.js') return new Worker(entry, { workerData: start })
  const tsx = import.meta.resolve('tsx/esm/api')
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}) })`
  return new Worker(code, { eval: true, workerData: start })
}

class Session {
  private next = 0
  private readonly waiting = new Map<number, { resolve: (v: Float32Array[]) => void; reject: (e: Error) => void }>()
  readonly ready: Promise<void>

  constructor(private readonly worker: Worker) {
    this.ready = new Promise((resolve, reject) => {
      worker.once('message', (reply: SessionReply) => ('ready' in reply && reply.ready ? resolve() : reject(new Error('why' in reply ? reply.why : 'no model'))))
      worker.once('error', reject)
    })
    worker.on('message', (reply: SessionReply) => {
      if (!('id' in reply)) return
      const waiting = this.waiting.get(reply.id)
      this.waiting.delete(reply.id)
      if ('vectors' in reply) waiting?.resolve(reply.vectors)
      else waiting?.reject(new Error(reply.why))
    })
    worker.on('error', (error) => this.failAll(error))
    worker.on('exit', () => this.failAll(new Error('An embedding session stopped.')))
  }

  embed(texts: string[]): Promise<Float32Array[]> {
    const id = this.next++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      this.worker.postMessage({ id, texts } satisfies SessionRequest)
    })
  }

  close(): Promise<number> {
    return this.worker.terminate()
  }

  private failAll(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error)
    this.waiting.clear()
  }
}

class PooledEmbedder implements Embedder {
  readonly modelId: string
  readonly dimension: number
  private sessions: Promise<Session[] | null> | null = null

  constructor(private readonly local: Embedder, private readonly opts: EmbedderPoolOptions) {
    this.modelId = local.modelId
    this.dimension = local.dimension
  }

  embedQuery(text: string): Promise<Float32Array> {
    return this.local.embedQuery(text)
  }

  async embedPassages(texts: string[]): Promise<Float32Array[]> {
    if (texts.length < (this.opts.minTexts ?? 16)) return this.local.embedPassages(texts)
    const sessions = await (this.sessions ??= this.start())
    if (!sessions) return this.local.embedPassages(texts)
    // Dealt out by length, so that every session gets as many characters and none waits for the others.
    const order = texts.map((_, i) => i).sort((a, b) => texts[a].length - texts[b].length)
    const shares = sessions.map((_, k) => order.filter((_, j) => j % sessions.length === k))
    try {
      const parts = await Promise.all(shares.map((share, k) => sessions[k].embed(share.map((i) => texts[i]))))
      const out = new Array<Float32Array>(texts.length)
      shares.forEach((share, k) => share.forEach((i, j) => (out[i] = parts[k][j])))
      return out
    } catch (error) {
      this.opts.log?.(`Embedding sessions failed (${(error as Error).message}); embedding in one session.`)
      await this.closeSessions(sessions)
      this.sessions = Promise.resolve(null)
      return this.local.embedPassages(texts)
    }
  }

  async close(): Promise<void> {
    const sessions = await this.sessions
    if (sessions) await this.closeSessions(sessions)
    this.sessions = Promise.resolve(null)
  }

  private async start(): Promise<Session[] | null> {
    const sessions = Array.from({ length: this.opts.sessions }, () => new Session(startSession({ modelDir: this.opts.modelDir })))
    try {
      await Promise.all(sessions.map((s) => s.ready))
      return sessions
    } catch (error) {
      this.opts.log?.(`Embedding sessions could not start (${(error as Error).message}); embedding in one session.`)
      await this.closeSessions(sessions)
      return null
    }
  }

  private async closeSessions(sessions: Session[]): Promise<void> {
    await Promise.all(sessions.map((s) => s.close()))
  }
}

/** `local` embeds queries and small calls; larger calls are shared between `sessions` worker sessions, started on first use. */
export function embedderPool(local: Embedder, opts: EmbedderPoolOptions): Embedder {
  return opts.sessions >= 2 ? new PooledEmbedder(local, opts) : local
}
