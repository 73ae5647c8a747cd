/**
 * What a running header looks like, however it is found: beside a page number (running-header.ts), repeated a
 * page apart (repeated-header.ts) or carrying the page's number on its line (numbered-headers.ts). A header is a
 * name or a short title, never a sentence nor a numbered heading. Pure.
 */
import { readLineMarker } from '../structure/line-markers.js'

const MAX_HEADER = 30
const SENTENCE = /[。，,；;：:！!？?]/
/** Where the title and the issuer stand: letterhead, 文号, title, a second title line. */
export const HEAD_LINES = 6

export function isHeaderShaped(line: string): boolean {
  // The line-marker reading last: it is the dearest of the three, and most lines fail before it.
  return line.length <= MAX_HEADER && !SENTENCE.test(line) && readLineMarker(line) === null
}
