/**
 * What the worker-pool engine and its workers say to each other. Everything crosses the thread boundary
 * by structured clone, which keeps plain data, Maps and typed arrays but turns an error into a plain
 * Error: engine errors travel as `{name, code, message}` and are rebuilt as their own classes, so the
 * server maps them to the same HTTP statuses as errors of the in-process engine.
 */
import type { IndexBuild } from '../../../indexer/types.js'
import type { ExportDocument, ExportRequest } from '../../export/export-document.js'
import type { ClauseRowsData } from '../sqlite/clause-rows-data.js'
import { EngineError, EngineUnavailableError, IndexBuildError, SemanticUnavailableError } from '../errors.js'
import type { ClauseVectors, SearchEngine, SearchFilters, SearchQuery } from '../types.js'

/**
 * What a worker is asked to do, for one of the engines it holds. `open` adds an engine on an index file
 * and `close` removes it; `reopen` makes it read its file afresh (both answer the index version served
 * then); without `force`, a new file that cannot be opened leaves the previous index serving. `prepare` reads
 * ahead what the first search needs (the shared rows, the frequent grams), so that search does not wait for it.
 */
export type WorkerCall =
  | { op: 'open'; args: [WorkerOptions] }
  | { op: 'close'; args: [] }
  | { op: 'search'; args: [SearchQuery] }
  | { op: 'searchMany'; args: [SearchQuery[]] }
  | { op: 'facets'; args: [SearchFilters | undefined] }
  | { op: 'export'; args: [ExportRequest] }
  | { op: 'replaceAll'; args: [IndexBuild, ClauseVectors | undefined] }
  | { op: 'reopen'; args: [{ force: boolean }] }
  | { op: 'prepare'; args: [] }

export type WorkerRequest = WorkerCall & { id: number; engine: number }

export interface SerializedError {
  name: string
  code?: string
  message: string
}

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError }

/** One part of a streamed answer (an export's head or a chunk of its bytes), sent before its reply. */
export interface WorkerPart {
  id: number
  part: unknown
}

/**
 * A thread asking the server thread for an index file's rows (rows-broker.ts), telling it that it has read
 * them (the arrays are shared by the message, not copied), or that it could not.
 */
export type RowsRequest =
  | { rows: 'want'; key: string; file: string; ask: number }
  | { rows: 'built'; key: string; file: string; data: ClauseRowsData }
  | { rows: 'failed'; key: string }

/** The answer to `want`: the rows another thread read, or null when the asking thread is to read them itself. */
export interface RowsAnswer {
  rowsFor: number
  data: ClauseRowsData | null
}

/** Sent once by a worker when the engines it started with are open and it listens for requests. */
export interface WorkerReady {
  ready: true
}

/**
 * Which index an engine serves, to check that every thread of the pool serves the same one: the build
 * time and counts of a readable index, or `unavailable`.
 */
export async function indexVersion(engine: Pick<SearchEngine, 'health'>): Promise<string> {
  const h = await engine.health()
  return h.ok ? `${h.indexedAt}|${h.plans}|${h.clauses}|${h.vectors}` : 'unavailable'
}

/** How a worker opens one engine. */
export interface WorkerOptions {
  path: string
  matchCache?: number
}

/**
 * A worker's `workerData`: the engines to open before it answers (all of them, when it replaces one that
 * died), and whether it is the export thread, which lowers its own CPU priority.
 */
export interface WorkerStart {
  engines: { engine: number; options: WorkerOptions }[]
  background: boolean
}

export type { ExportDocument }

export function serializeError(error: unknown): SerializedError {
  if (error instanceof EngineError) return { name: error.name, code: error.code, message: error.message }
  if (error instanceof Error) return { name: error.name, message: error.message }
  return { name: 'Error', message: String(error) }
}

export function deserializeError(error: SerializedError): Error {
  switch (error.code) {
    case 'engine_unavailable':
      return new EngineUnavailableError(error.message)
    case 'semantic_unavailable':
      return new SemanticUnavailableError(error.message)
    case 'index_build_failed':
      return new IndexBuildError(error.message)
  }
  const plain = new Error(error.message)
  plain.name = error.name
  return plain
}
