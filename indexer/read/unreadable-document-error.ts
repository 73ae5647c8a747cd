/** Why a file could not be read. The indexer logs the reason, skips the file and goes on. */
export type UnreadableReason =
  | 'empty'
  | 'binary'
  | 'unsupported-format'
  | 'corrupt'
  | 'no-text-layer'
  | 'too-large'
  | 'undecodable'

export class UnreadableDocumentError extends Error {
  override readonly name = 'UnreadableDocumentError'
  readonly code: UnreadableReason
  readonly filePath: string

  /** `message` says what is wrong with the file and what the user can do; it names the file. */
  constructor(code: UnreadableReason, filePath: string, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause })
    this.code = code
    this.filePath = filePath
  }
}
