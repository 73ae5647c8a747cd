/**
 * Meilisearch failures as the shared engine errors (errors.ts). Every driver failure is mapped at the
 * adapter's edge (toEngineError), so the server maps `code` to a status and never sees a client class.
 * Every message goes through redactSecrets: an API key must never reach a response or a log line.
 * Unexpected API errors count as `engine_unavailable` too: the engine cannot answer, the server says 503.
 */
import { EngineError, EngineUnavailableError, IndexBuildError, SemanticUnavailableError } from '../errors.js'
import { redactSecrets } from './keys.js'

export { EngineUnavailableError }

/** An indexing task (settings, documents, swap) ended in `failed` or `canceled`, or did not finish in time. */
export class MeiliTaskError extends IndexBuildError {
  override name = 'MeiliTaskError'
  constructor(
    message: string,
    readonly taskUid: number,
    readonly meiliCode: string | null,
  ) {
    super(message)
  }
}

/** Meilisearch could not be reached at all (refused, reset, timed out, not Meilisearch): nothing about keys or indexes. */
export class MeiliUnreachableError extends EngineUnavailableError {
  override name = 'EngineUnavailableError'
}

interface ErrorContext {
  url: string
  secrets: readonly (string | undefined)[]
  timeoutMs: number
  /** What the adapter was doing, e.g. `search` or `replaceAll`. */
  action: string
}

const AUTH_CODES = new Set(['invalid_api_key', 'missing_authorization_header'])

/** Maps anything the client throws to a typed, redacted error. Never throws itself. */
export function toEngineError(err: unknown, ctx: ErrorContext): EngineError {
  if (err instanceof EngineError) return err
  const clean = (text: string) => redactSecrets(text, ctx.secrets)
  const where = `Meilisearch at ${clean(ctx.url)}`
  const e = err as { name?: string; message?: string; cause?: unknown }

  if (e?.name === 'MeilisearchRequestError') {
    const cause = e.cause as { name?: string; code?: string; cause?: { code?: string; message?: string } } | undefined
    if (cause?.name === 'MeilisearchRequestTimeOutError') {
      return new MeiliUnreachableError(
        `${where} did not answer within ${ctx.timeoutMs} ms (${ctx.action}). ` +
          'Check that the Meilisearch process is running and not overloaded, or raise the engine timeout.',
      )
    }
    const sysCode = cause?.cause?.code ?? cause?.code
    const detail = sysCode ? ` (${sysCode})` : ''
    return new MeiliUnreachableError(
      `${where} is unreachable${detail} (${ctx.action}). ` +
        'Check that Meilisearch is running and that MEILI_URL points to it (scheme, host and port).',
    )
  }
  if (e?.name === 'MeilisearchTaskTimeOutError') {
    return new MeiliTaskError(
      `${where} did not finish a task in time (${ctx.action}): ${clean(e.message ?? '')}. ` +
        'Meilisearch may still be indexing; check its task queue (GET /tasks) and retry.',
      (e.cause as { taskUid?: number } | undefined)?.taskUid ?? -1,
      null,
    )
  }
  if (e?.name === 'SyntaxError') {
    return new MeiliUnreachableError(
      `${where} answered with something that is not Meilisearch JSON (${ctx.action}). ` +
        'Check that MEILI_URL points to Meilisearch and not to another service.',
    )
  }
  if (e?.name === 'MeilisearchApiError') {
    const body = e.cause as { code?: string; message?: string } | undefined
    const code = body?.code ?? null
    if (code !== null && AUTH_CODES.has(code)) {
      return new EngineUnavailableError(
        `${where} rejected the API key (${code}, ${ctx.action}). Check MEILI_MASTER_KEY.`,
      )
    }
    if (code !== null && /embedder|vector/.test(code)) {
      return new SemanticUnavailableError(
        `${where} cannot run semantic search (${code}): ${clean(body?.message ?? '')} Re-index with embeddings to enable it.`,
      )
    }
    if (code === 'index_not_found') {
      return new EngineUnavailableError(
        `${where} has no search index yet (${ctx.action}). Build it with \`npm run index\` while MEILI_URL is set.`,
      )
    }
    return new EngineUnavailableError(`${where} refused ${ctx.action} (${code ?? 'no code'}): ${clean(body?.message ?? e.message ?? 'unknown error')}`)
  }
  return new EngineUnavailableError(`${where} failed during ${ctx.action}: ${clean(String(e?.message ?? err))}`)
}
