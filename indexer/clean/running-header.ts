/**
 * A PDF's running header: the short line printed at the top of every page (the issuer, a short title), which
 * text extraction leaves right after the page number that ended the page before (`— 1 —` then `南阳市教育局`).
 * Kept, it splits a sentence the page break cut (`培育党建工作` / `南阳市教育局` / `示范校20所。`), so the two halves
 * are never joined, and it reads as a signature inside the body.
 *
 * A line is one when the same text follows a page number at least twice: once may be the document's own
 * text (a signature on the last page), twice is the page template. Only the copies after a page number go.
 * Pure.
 */
import { readLineMarker } from '../structure/line-markers.js'
import { isPageNumberLine } from './furniture.js'

/** A header is a name or a short title, never a sentence. */
const MAX_HEADER = 30
const SENTENCE = /[。，,；;：:！!？?]/
const MIN_REPEATS = 2

/** Indexes of the running-header lines among the trimmed lines of a text (blank lines are looked through). */
export function runningHeaderLines(lines: string[]): Set<number> {
  const afterPageNumber = new Map<string, number[]>()
  let pageNumberAbove = false
  lines.forEach((line, i) => {
    if (line === '') return
    if (isPageNumberLine(line)) {
      pageNumberAbove = true
      return
    }
    if (pageNumberAbove && line.length <= MAX_HEADER && !SENTENCE.test(line) && readLineMarker(line) === null) {
      afterPageNumber.set(line, [...(afterPageNumber.get(line) ?? []), i])
    }
    pageNumberAbove = false
  })
  const headers = new Set<number>()
  for (const at of afterPageNumber.values()) if (at.length >= MIN_REPEATS) for (const i of at) headers.add(i)
  return headers
}
