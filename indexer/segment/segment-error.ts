export type SegmentErrorCode = 'DICT_NOT_FOUND' | 'DICT_INVALID'

/** A dictionary the segmenter needs is missing or malformed; the message names the file and the fix. */
export class SegmentError extends Error {
  override name = 'SegmentError'
  constructor(
    readonly code: SegmentErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}
