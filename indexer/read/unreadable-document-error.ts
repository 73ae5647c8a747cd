import { CodedError } from '../errors.js'

/** Why a file could not be read. The indexer logs the reason, skips the file and goes on. */
export type UnreadableReason =
  | 'empty'
  | 'binary'
  | 'unsupported_format'
  | 'corrupt'
  | 'no_text_layer'
  | 'too_large'
  | 'undecodable'

export class UnreadableDocumentError extends CodedError<UnreadableReason> {
  /** `message` says what is wrong with the file and what the user can do; it names the file. */
  constructor(code: UnreadableReason, readonly filePath: string, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options)
  }
}
