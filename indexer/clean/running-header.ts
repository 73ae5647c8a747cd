/**
 * A PDF's running header: the short line printed at the top of every page (the issuer, a short title), which
 * text extraction leaves right after the page number that ended the page before (`— 1 —` then `南阳市教育局`).
 * Kept, it splits a sentence the page break cut (`培育党建工作` / `南阳市教育局` / `示范校20所。`), so the two halves
 * are never joined, and it reads as a signature inside the body.
 *
 * A page template drawn after the page's text puts the header just above the page number instead
 * (`示范校20所` … `南阳市教育局` / `— 1 —` / `延伸。`): a line right before a page number counts the same.
 *
 * A line is one when the same text sits next to a page number at least twice: once may be the document's own
 * text (a signature on the last page), twice is the page template. Only the copies next to a page number go.
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
  const text = [...lines.keys()].filter((i) => lines[i] !== '')
  const besidePageNumber = new Map<string, Set<number>>()
  text.forEach((i, k) => {
    const line = lines[i]
    if (isPageNumberLine(line) || line.length > MAX_HEADER || SENTENCE.test(line) || readLineMarker(line) !== null) return
    const before = k > 0 && isPageNumberLine(lines[text[k - 1]])
    const after = k + 1 < text.length && isPageNumberLine(lines[text[k + 1]])
    if (before || after) besidePageNumber.set(line, (besidePageNumber.get(line) ?? new Set()).add(i))
  })
  const headers = new Set<number>()
  for (const at of besidePageNumber.values()) if (at.size >= MIN_REPEATS) for (const i of at) headers.add(i)
  return headers
}
