/**
 * Why one address could not be fetched. The run reports the reason beside the address and goes on with
 * the next one; the message names the address and says what the user can do.
 */
import { CodedError } from '../errors.js'

export type FetchFailure =
  | 'invalid_address'
  | 'unsupported_scheme'
  | 'private_address'
  | 'dns'
  | 'network'
  | 'timeout'
  | 'http_status'
  | 'too_many_redirects'
  | 'too_large'
  | 'robots'
  | 'unsupported_type'
  | 'no_text'

export class FetchError extends CodedError<FetchFailure> {
  readonly url: string
  /** The HTTP status for `http_status` failures. */
  readonly status: number | null

  constructor(code: FetchFailure, url: string, message: string, options: { cause?: unknown; status?: number } = {}) {
    super(code, message, { cause: options.cause })
    this.url = url
    this.status = options.status ?? null
  }
}
