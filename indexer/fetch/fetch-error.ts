/**
 * Why one address could not be fetched. The run reports the reason beside the address and goes on with
 * the next one; the message names the address and says what the user can do.
 */
export type FetchFailure =
  | 'invalid-address'
  | 'unsupported-scheme'
  | 'private-address'
  | 'dns'
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'too-many-redirects'
  | 'too-large'
  | 'robots'
  | 'unsupported-type'
  | 'no-text'

export class FetchError extends Error {
  override readonly name = 'FetchError'
  readonly code: FetchFailure
  readonly url: string
  /** The HTTP status for `http-status` failures. */
  readonly status: number | null

  constructor(code: FetchFailure, url: string, message: string, options: { cause?: unknown; status?: number } = {}) {
    super(message, { cause: options.cause })
    this.code = code
    this.url = url
    this.status = options.status ?? null
  }
}
