/**
 * Footnotes a PDF prints at the foot of a page (`① 紧密型教育集团指…`, `注：…`), which text extraction leaves between
 * the last line of the page and its page number. A sentence the page break cut runs on after the page number, so
 * read in place the note splits it (`…结对帮扶全覆盖，` / `① …指…。` / `— 1 —` / `县域义务教育…`) and its second half is
 * read as a paragraph of its own. The notes are found here and the cleaner sets them after the paragraph they cut.
 *
 * A line at a page's foot is a note when it opens with `注：`/`注释：`, or with a note mark (① … ⑳, [1]) that the
 * same page sets after a word above it (`教育集团①5个`): a list item `①健全制度` at a page's foot is marked nowhere
 * in the text, so it stays in the flow. A marked note is set after the paragraph that holds its mark (`noteMark`):
 * the page may end with a heading, and a note after the heading would be read as a paragraph of that heading's
 * chapter. Pure.
 */
import { isPageNumberLine } from './furniture.js'

/** How many lines above a page's number its notes may take (a note of three wrapped lines, two notes). */
const MAX_FOOT_LINES = 6
/** Wrapped lines a note may run on to below its opening line. */
const MAX_NOTE_TAIL = 3
const NOTE_OPEN = /^(?:(?:注|注释)\s*[:：]|([①-⑳]|\[\d{1,2}\]))\s*\S/
/** A line that opens an item of the plan: never a note's wrapped tail. */
const ITEM_OPEN = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、]|第[一二三四五六七八九十]+[章节条])/

/** The mark a note opens with (`①`, `[1]`), or null for a `注：` note, which explains no one word. */
export function noteMark(line: string): string | null {
  return NOTE_OPEN.exec(line)?.[1] ?? null
}

/**
 * The footnote lines among the trimmed lines of a text (blank lines are looked through): the line that opens each
 * note, and the lines a note wrapped onto ('tail').
 */
export function pageFootNoteLines(lines: string[], runningHeaders: ReadonlySet<number>): Map<number, 'open' | 'tail'> {
  const found = new Map<number, 'open' | 'tail'>()
  let pageStart = 0
  for (let i = 0; i < lines.length; i++) {
    if (!isPageNumberLine(lines[i]) && !runningHeaders.has(i)) continue
    for (const k of footLines(lines, pageStart, i, found)) found.set(k, NOTE_OPEN.test(lines[k]) ? 'open' : 'tail')
    pageStart = i + 1
  }
  return found
}

/** The note lines just above the page end at `end`: from the topmost note opening up to the end, blank lines aside. */
function footLines(lines: string[], pageStart: number, end: number, taken: ReadonlyMap<number, unknown>): number[] {
  const above: number[] = []
  for (let k = end - 1; k >= pageStart && above.length < MAX_FOOT_LINES; k--) {
    if (lines[k] === '' || taken.has(k)) continue
    if (isPageNumberLine(lines[k])) break
    above.push(k)
  }
  let top = -1
  let tails = 0
  for (const [n, k] of above.entries()) {
    const line = lines[k]
    if (ITEM_OPEN.test(line)) break
    const open = NOTE_OPEN.exec(line)
    if (open && (open[1] === undefined || markedAbove(lines, pageStart, k, open[1]))) {
      top = n
      tails = 0
    } else if (++tails > MAX_NOTE_TAIL) break
  }
  return top === -1 ? [] : above.slice(0, top + 1).reverse()
}

/** Whether a line of the page before `at` sets the note's mark after a word, not at its start. */
function markedAbove(lines: string[], pageStart: number, at: number, mark: string): boolean {
  for (let k = pageStart; k < at; k++) {
    const from = lines[k].indexOf(mark)
    if (from > 0) return true
  }
  return false
}
