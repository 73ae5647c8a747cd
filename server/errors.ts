/**
 * The errors a client sees. Route and service code throws `PortalError` (a CodedError, the base class of
 * every deliberate error in the portal) with a message in Chinese, the language of the portal's users,
 * that says what to do next. STATUS below is the one map from code to HTTP status.
 *
 * Where errors become responses:
 * - Engine errors (server/engine/errors.ts: English, for operators) never reach a client as they are:
 *   index-holder.ts, which runs every engine call and starts recovery on a failure, turns them into
 *   PortalErrors: `semantic_unavailable` keeps its code, any other engine failure (`engine_unavailable`,
 *   `index_build_failed`, a driver error) answers `engine_unavailable`, 503.
 * - `app.onError` (http/error-handler.ts) is the only place that turns a PortalError into its status
 *   and `{error: {code, message}}`; anything else it answers as `internal_error`, 500.
 */
import { CodedError } from '../indexer/errors.js'
import type { ErrorResponse, PortalErrorCode } from './api-types.js'

export type { PortalErrorCode }

export type PortalErrorStatus = 400 | 404 | 405 | 413 | 429 | 431 | 500 | 503

const STATUS: Record<PortalErrorCode, PortalErrorStatus> = {
  invalid_parameter: 400,
  query_too_long: 400,
  invalid_mode: 400,
  invalid_sort: 400,
  invalid_format: 400,
  invalid_group: 400,
  invalid_page: 400,
  invalid_limit: 400,
  invalid_year: 400,
  invalid_year_range: 400,
  invalid_level: 400,
  invalid_flag: 400,
  filter_too_long: 400,
  too_many_values: 400,
  repeated_parameter: 400,
  invalid_encoding: 400,
  invalid_id: 400,
  not_found: 404,
  clause_not_found: 404,
  plan_not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  request_too_large: 431,
  rate_limited: 429,
  engine_unavailable: 503,
  semantic_unavailable: 503,
  internal_error: 500,
}

export interface PortalErrorOptions {
  /** The query parameter at fault, echoed in the error body so a client can point at the field. */
  param?: string
  /** Extra response headers, e.g. `Allow` for 405 or `Retry-After` for 429. */
  headers?: Record<string, string>
  cause?: unknown
}

export class PortalError extends CodedError<PortalErrorCode> {
  readonly param?: string
  readonly headers: Record<string, string>

  constructor(code: PortalErrorCode, message: string, options: PortalErrorOptions = {}) {
    super(code, message, { cause: options.cause })
    this.param = options.param
    this.headers = options.headers ?? {}
  }

  get status(): PortalErrorStatus {
    return STATUS[this.code]
  }
}

export function statusOf(code: PortalErrorCode): PortalErrorStatus {
  return STATUS[code]
}

/** The wire form of every 4xx/5xx body (declared once, in api-types.ts). */
export function errorBody(err: PortalError): ErrorResponse {
  const body: ErrorResponse = { error: { code: err.code, message: err.message } }
  if (err.param) body.error.param = err.param
  return body
}
