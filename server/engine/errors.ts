/**
 * Engine errors: one base class with a typed code, so the server maps them to HTTP in one place
 * (engine_unavailable → 503, semantic_unavailable → 503, index_build_failed → 500).
 */
export type EngineErrorCode = 'engine_unavailable' | 'semantic_unavailable' | 'index_build_failed'

export class EngineError extends Error {
  override name = 'EngineError'
  constructor(
    readonly code: EngineErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** The index cannot be read: missing, corrupt, locked or from an older version. */
export class EngineUnavailableError extends EngineError {
  override name = 'EngineUnavailableError'
  constructor(message: string, options?: { cause?: unknown }) {
    super('engine_unavailable', message, options)
  }
}

/** Semantic or hybrid search was asked for, but the index or the query has no vectors. */
export class SemanticUnavailableError extends EngineError {
  override name = 'SemanticUnavailableError'
  constructor(message: string) {
    super('semantic_unavailable', message)
  }
}

/** replaceAll failed; the previous index keeps serving. */
export class IndexBuildError extends EngineError {
  override name = 'IndexBuildError'
  constructor(message: string, options?: { cause?: unknown }) {
    super('index_build_failed', message, options)
  }
}
