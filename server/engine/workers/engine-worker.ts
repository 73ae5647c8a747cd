/**
 * One search thread (search-threads.ts): SQLite engines of its own, one per worker-pool engine of the
 * server (usually one; two while a new index is swapped in), each with its own connection to the index
 * file. It answers searches, facets and whole exports one at a time, so the work that holds a thread for
 * tens or hundreds of milliseconds at 100k clauses never holds the server's. Queries arrive already
 * parsed (the server segments them), so no segmenter is loaded here.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { CitationBook } from '../../citation-book.js'
import { exportParts } from '../../export/export-document.js'
import { ClauseRows } from '../sqlite/clause-rows.js'
import type { ClauseRowsData } from '../sqlite/clause-rows-data.js'
import { openSqliteEngine, type SqliteEngine } from '../sqlite/sqlite-engine.js'
import { EngineUnavailableError } from '../errors.js'
import {
  indexVersion,
  serializeError,
  type WorkerCall,
  type WorkerOptions,
  type WorkerPart,
  type WorkerReady,
  type RowsAnswer,
  type RowsRequest,
  type WorkerReply,
  type WorkerRequest,
  type WorkerStart,
} from './messages.js'

const port = parentPort!
/** Weight about a tenth of a normal thread's when both want the same core. */
const EXPORT_NICE = 10

interface Open {
  options: WorkerOptions
  engine: SqliteEngine
  /** Citation schemes belong to one index: a new book whenever the index changes. */
  citations: { version: string; book: CitationBook } | null
}

const engines = new Map<number, Open>()

/**
 * The export thread yields the CPU to the search threads: on Linux a thread's nice value is its own, set
 * through its thread id (/proc/thread-self). Elsewhere, or where it is not allowed, exports run at normal
 * priority and only the thread separation protects searches.
 */
function lowerPriority(): void {
  try {
    const tid = Number(path.basename(fs.readlinkSync('/proc/thread-self')))
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, EXPORT_NICE)
  } catch {
    // Not Linux, or not permitted: normal priority.
  }
}

async function open(options: WorkerOptions): Promise<Open> {
  return { options, engine: await openSqliteEngine({ path: options.path, matchCache: options.matchCache }), citations: null }
}

async function citationsFor(state: Open): Promise<CitationBook> {
  const version = await indexVersion(state.engine)
  if (state.citations?.version !== version) state.citations = { version, book: new CitationBook(state.engine) }
  return state.citations.book
}

/** Questions for rows sent to the server thread, by number, until it answers. */
const asks = new Map<number, (data: ClauseRowsData | null) => void>()
let nextAsk = 1

/**
 * Before a read: the rows of the engine's index, from the thread that read them first in this process
 * (rows-broker.ts), or read here and offered to the others. Waiting here rather than reading them as well
 * keeps one copy per process and lets the first reader finish sooner on shared cores.
 */
async function sharedRows(state: Open): Promise<void> {
  const key = state.engine.rowsWanted()
  if (key === null) return
  const file = path.resolve(state.options.path)
  const data = await new Promise<ClauseRowsData | null>((resolve) => {
    const ask = nextAsk++
    asks.set(ask, resolve)
    port.postMessage({ rows: 'want', key, file, ask } satisfies RowsRequest)
  })
  if (data) {
    state.engine.adoptRows(key, new ClauseRows(data))
    return
  }
  let read: ReturnType<SqliteEngine['readRows']> = null
  try {
    read = state.engine.readRows()
  } finally {
    // Rows of another file (the index was replaced meanwhile) are not the ones asked for: another thread reads those.
    if (read?.key === key) port.postMessage({ rows: 'built', key, file, data: read.rows.data } satisfies RowsRequest)
    else port.postMessage({ rows: 'failed', key } satisfies RowsRequest)
  }
}

function engineOf(id: number): Open {
  const state = engines.get(id)
  if (!state) throw new EngineUnavailableError('The engine is closed.')
  return state
}

/** The engine of a read, with its index's rows in memory. */
async function readyEngine(id: number): Promise<Open> {
  const state = engineOf(id)
  await sharedRows(state)
  return state
}

/** Sends one part of a streamed answer ahead of its reply. */
type SendPart = (part: unknown, transfer?: ArrayBuffer[]) => void

async function run(id: number, call: WorkerCall, send: SendPart): Promise<{ value: unknown; transfer?: ArrayBuffer[] }> {
  switch (call.op) {
    case 'open': {
      const state = await open(call.args[0])
      await engines.get(id)?.engine.close()
      engines.set(id, state)
      return { value: await indexVersion(state.engine) }
    }
    case 'close':
      await engines.get(id)?.engine.close()
      engines.delete(id)
      return { value: null }
    case 'search':
      return { value: await (await readyEngine(id)).engine.search(call.args[0]) }
    case 'searchMany':
      return { value: await (await readyEngine(id)).engine.searchMany(call.args[0]) }
    case 'facets':
      return { value: await (await readyEngine(id)).engine.facets(call.args[0]) }
    case 'prepare': {
      const { engine } = await readyEngine(id)
      engine.warm()
      return { value: null }
    }
    case 'export': {
      // Streamed: the head, then each chunk's bytes (moved, not copied), then an empty reply.
      const state = await readyEngine(id)
      for await (const part of exportParts(state.engine, await citationsFor(state), call.args[0])) {
        send(part, part instanceof Uint8Array ? [part.buffer as ArrayBuffer] : undefined)
      }
      return { value: null }
    }
    case 'replaceAll':
      await engineOf(id).engine.replaceAll(call.args[0], call.args[1])
      return { value: null }
    case 'reopen': {
      const previous = engineOf(id)
      // Like the SQLite engine itself: a new file that cannot be opened leaves the previous index serving.
      const next = await open(previous.options)
      if (!call.args[0].force && !(await next.engine.health()).ok) {
        await next.engine.close()
        return { value: await indexVersion(previous.engine) }
      }
      engines.set(id, next)
      await previous.engine.close()
      return { value: await indexVersion(next.engine) }
    }
  }
}

const start = workerData as WorkerStart
if (start.background) lowerPriority()
for (const { engine, options } of start.engines) engines.set(engine, await open(options))

// One request at a time, in arrival order: a reopen never runs in the middle of a search.
let queue = Promise.resolve()
port.on('message', (request: WorkerRequest | RowsAnswer) => {
  // Answers about rows come while a read waits for them, beside the queue.
  if ('rowsFor' in request) {
    asks.get(request.rowsFor)?.(request.data)
    asks.delete(request.rowsFor)
    return
  }
  queue = queue.then(async () => {
    let reply: WorkerReply
    let transfer: ArrayBuffer[] | undefined
    try {
      const done = await run(request.engine, request, (part, transfer) => port.postMessage({ id: request.id, part } satisfies WorkerPart, transfer))
      reply = { id: request.id, ok: true, value: done.value }
      transfer = done.transfer
    } catch (error) {
      reply = { id: request.id, ok: false, error: serializeError(error) }
    }
    port.postMessage(reply, transfer)
  })
})
port.postMessage({ ready: true } satisfies WorkerReady)
