/**
 * Engine errors: CodedErrors with an engine code and a message for operators (English, names the fix).
 * Clients never see them as they are: index-holder.ts turns them into PortalErrors (server/errors.ts),
 * semantic_unavailable → semantic_unavailable (503), engine_unavailable and index_build_failed →
 * engine_unavailable (503). index_build_failed otherwise only reaches the indexer CLI and the start-up log.
 */
import { CodedError } from '../../indexer/errors.js'

export type EngineErrorCode = 'engine_unavailable' | 'semantic_unavailable' | 'index_build_failed' | 'request_cancelled'

export class EngineError extends CodedError<EngineErrorCode> {}

/** The index cannot be read: missing, corrupt, locked or from an older version. */
export class EngineUnavailableError extends EngineError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('engine_unavailable', message, options)
  }
}

/** Semantic or hybrid search was asked for, but the index or the query has no vectors. */
export class SemanticUnavailableError extends EngineError {
  constructor(message: string) {
    super('semantic_unavailable', message)
  }
}

/** replaceAll failed; the previous index keeps serving. */
export class IndexBuildError extends EngineError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('index_build_failed', message, options)
  }
}

/**
 * A read was dropped before a search thread started it: its client went away (the request's AbortSignal)
 * or it waited in the queue past its deadline. Not a failure of the engine: no recovery starts.
 */
export class RequestCancelledError extends EngineError {
  constructor(message: string) {
    super('request_cancelled', message)
  }
}
