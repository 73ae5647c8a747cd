/**
 * Fetch wrapper for /api: one place that turns network failures and `{error: {code, message}}`
 * bodies into ApiError, so every page shows the same designed error state.
 */
import type {
  ClauseResponse, ErrorBody, HealthResponse, PlanResponse, PlansResponse, PortalErrorCode, SearchResponse,
  SimilarResponse, SuggestResponse,
} from './types.js'

/** The server's codes, and what the client itself detects (no answer, an answer that is not the API's). */
export type ApiErrorCode = PortalErrorCode | 'network_error' | 'bad_response' | 'aborted' | 'http_error' | 'unknown_error'

export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** HTTP status, 0 when the server was not reached. */
    readonly status: number,
  ) {
    super(message)
  }

  /** True when the server itself could not be reached or failed (not the user's input). */
  get isServerDown(): boolean {
    return this.status === 0 || this.status >= 500
  }
}

/** Any failure as an ApiError, so a page shows one error state whatever went wrong. */
export function asApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError('unknown_error', String(err), 0)
}

function isErrorBody(body: unknown): body is ErrorBody {
  const error = (body as ErrorBody | null)?.error
  return typeof error === 'object' && error !== null && typeof error.message === 'string'
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, { signal, headers: { accept: 'application/json' } })
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw new ApiError('aborted', '请求已取消', 0)
    throw new ApiError('network_error', '无法连接到检索服务，请检查网络或稍后重试。', 0)
  }
  let body: unknown
  try {
    body = await response.json()
  } catch {
    throw new ApiError(
      'bad_response',
      // The status is not the reader's first concern: ErrorBlock's advice gives it as a code to pass on.
      response.ok ? '服务器返回了无法识别的数据。' : '服务器暂时出错，没有返回结果。',
      response.status,
    )
  }
  if (!response.ok) {
    if (isErrorBody(body)) throw new ApiError(body.error.code, body.error.message, response.status)
    throw new ApiError('http_error', '服务器暂时出错，没有返回结果。', response.status)
  }
  return body as T
}

const enc = encodeURIComponent

export const api = {
  health: (signal?: AbortSignal) => getJson<HealthResponse>('/api/health', signal),
  search: (params: URLSearchParams, signal?: AbortSignal) =>
    getJson<SearchResponse>(`/api/search?${params}`, signal),
  suggest: (q: string, signal?: AbortSignal) => getJson<SuggestResponse>(`/api/suggest?q=${enc(q)}`, signal),
  clause: (id: string, q = '', signal?: AbortSignal) =>
    getJson<ClauseResponse>(`/api/clauses/${enc(id)}${q ? `?q=${enc(q)}` : ''}`, signal),
  similar: (id: string, limit: number, signal?: AbortSignal) =>
    getJson<SimilarResponse>(`/api/clauses/${enc(id)}/similar?limit=${limit}`, signal),
  plans: (signal?: AbortSignal) => getJson<PlansResponse>('/api/plans', signal),
  /** The plans of one exact title (a suggestion's), without the whole list. */
  plansTitled: (title: string, signal?: AbortSignal) => getJson<PlansResponse>(`/api/plans?title=${enc(title)}`, signal),
  plan: (id: string, signal?: AbortSignal) => getJson<PlanResponse>(`/api/plans/${enc(id)}`, signal),
}

/**
 * The most clauses one export holds: the server's EXPORT_MAX_ROWS (server/http/query-schemas.ts, kept equal by
 * client.test.ts). A larger set is cut there, in the order of the search, so the page says so before the download.
 */
export const EXPORT_MAX_ROWS = 10_000
/** The last page /api/search answers (the server's MAX_PAGE; client.test.ts keeps the two equal). */
export const MAX_PAGE = 1000

/** The export download link for the same query and filters as a search. */
export function exportUrl(params: URLSearchParams, format: 'csv' | 'json'): string {
  const p = new URLSearchParams(params)
  for (const key of ['page', 'limit', 'group', 'perPlan', 'groupPage', 'groupLimit']) p.delete(key)
  p.set('format', format)
  return `/api/export?${p}`
}

/** The Atom feed of the same query and filters as a search (newest clauses first). */
export function feedUrl(params: URLSearchParams): string {
  const p = new URLSearchParams(params)
  for (const key of ['page', 'limit', 'group', 'perPlan', 'groupPage', 'groupLimit', 'mode', 'format']) p.delete(key)
  return `/api/feed?${p}`
}
