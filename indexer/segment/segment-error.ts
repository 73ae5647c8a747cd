import { CodedError } from '../errors.js'

export type SegmentErrorCode = 'dict_not_found' | 'dict_invalid'

/** A dictionary the segmenter needs is missing or malformed; the message names the file and the fix. */
export class SegmentError extends CodedError<SegmentErrorCode> {}
