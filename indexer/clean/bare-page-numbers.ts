/**
 * Page numbers a PDF's text dump prints as a number alone (`1`, `2`, `3`), between blank lines where one page ends
 * and the next begins. Unlike `- 1 -` such a line has no shape of its own: a task table flattened one cell a line
 * numbers its rows the same way (`1` / `深化理论武装…` / `机关党委`). What sets the pages' numbers apart is that they
 * stand apart, a blank line on each side, and count on one by one at a page's length from each other; a table's
 * 序号 cells follow their row's cells with no blank line between.
 */
import { countingRuns } from './counting-runs.js'

const BARE_NUMBER = /^\d{1,3}$/
/** Fewer text lines between two numbers is a list or a table, never a page. */
export const MIN_PAGE_LINES = 4

/** A number that may be a page's: its line, the number, and how many text lines stand above it. */
export interface PageNumberCandidate {
  index: number
  number: number
  textBefore: number
}

/** Indexes (into `lines`, trimmed, blanks included) of the lines that are bare page numbers. */
export function barePageNumberLines(lines: string[]): Set<number> {
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i] === ''
  const candidates: PageNumberCandidate[] = []
  let textLines = 0
  for (const [i, line] of lines.entries()) {
    if (line === '') continue
    if (BARE_NUMBER.test(line) && blank(i - 1) && blank(i + 1)) candidates.push({ index: i, number: Number(line), textBefore: textLines })
    textLines++
  }
  const pages = new Set<number>()
  // Runs of candidates counting on by one, a page apart: two pages at least, so one number alone is never taken.
  // The last page may be short: its number, closing the text, needs no page's length above it.
  const apart = (last: PageNumberCandidate, c: PageNumberCandidate) => c.textBefore === textLines - 1 || c.textBefore - last.textBefore - 1 >= MIN_PAGE_LINES
  for (const run of countingRuns(candidates, apart)) if (run.length >= 2) for (const c of run) pages.add(c.index)
  return pages
}
