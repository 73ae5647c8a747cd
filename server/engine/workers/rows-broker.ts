/**
 * The server thread's side of the clause rows shared by the threads (engine-worker.ts asks, clause-rows-data.ts
 * holds them in SharedArrayBuffers). At a million clauses reading the rows takes seconds and holds ~50 MB; each
 * thread reading its own made every thread's first search wait for it, and held three copies. Here the first
 * thread to ask for an index file's rows reads them, the others wait and get that thread's arrays (shared, not
 * copied). Rows are named by the file's identity, so a thread on a replaced index never gets the old rows.
 */
import type { ClauseRowsData } from '../sqlite/clause-rows-data.js'
import type { RowsAnswer, RowsRequest } from './messages.js'

/** Row sets kept per index file for threads that ask later: the served index and the one before (a swap). */
const KEPT_PER_FILE = 2

interface Entry {
  file: string
  data: ClauseRowsData | null
  /** The thread reading them, while data is null. */
  reader: number | null
  waiting: { thread: number; ask: number }[]
}

export class RowsBroker {
  private readonly entries = new Map<string, Entry>()
  /** Row sets handed out whole, and read by a thread: how often each happened (for tests and operators). */
  shared = 0
  reads = 0

  constructor(private readonly answer: (thread: number, answer: RowsAnswer) => void) {}

  receive(thread: number, request: RowsRequest): void {
    if (request.rows === 'want') this.want(thread, request.key, request.file, request.ask)
    else if (request.rows === 'built') this.built(request.key, request.file, request.data)
    else this.readerGone(request.key)
  }

  /** A thread ended: rows it was reading will not come, and its questions need no answer. */
  threadExited(thread: number): void {
    for (const [key, entry] of this.entries) {
      entry.waiting = entry.waiting.filter((w) => w.thread !== thread)
      if (entry.data === null && entry.reader === thread) this.readerGone(key)
    }
  }

  clear(): void {
    this.entries.clear()
  }

  private want(thread: number, key: string, file: string, ask: number): void {
    const entry = this.entries.get(key)
    if (!entry) {
      this.entries.set(key, { file, data: null, reader: thread, waiting: [] })
      this.reads++
      this.answer(thread, { rowsFor: ask, data: null })
      return
    }
    // Most recently used last, for KEPT_PER_FILE.
    this.entries.delete(key)
    this.entries.set(key, entry)
    if (entry.data) {
      this.shared++
      this.answer(thread, { rowsFor: ask, data: entry.data })
    } else entry.waiting.push({ thread, ask })
  }

  private built(key: string, file: string, data: ClauseRowsData): void {
    const entry = this.entries.get(key) ?? { file, data: null, reader: null, waiting: [] }
    this.entries.delete(key)
    this.entries.set(key, { ...entry, data, reader: null, waiting: [] })
    for (const w of entry.waiting) {
      this.shared++
      this.answer(w.thread, { rowsFor: w.ask, data })
    }
    const ready = [...this.entries].filter(([, e]) => e.file === file && e.data !== null)
    for (const [old] of ready.slice(0, Math.max(0, ready.length - KEPT_PER_FILE))) this.entries.delete(old)
  }

  /** The reader could not read them (its file changed meanwhile, or it failed): the next waiting thread reads. */
  private readerGone(key: string): void {
    const entry = this.entries.get(key)
    if (!entry || entry.data !== null) return
    const next = entry.waiting.shift()
    if (!next) {
      this.entries.delete(key)
      return
    }
    entry.reader = next.thread
    this.reads++
    this.answer(next.thread, { rowsFor: next.ask, data: null })
  }
}
