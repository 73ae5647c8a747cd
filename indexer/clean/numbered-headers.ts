/**
 * A running header that carries the page's number on its own line, as Word prints a header with the number at the
 * page's outer edge: `2    某市2024年教育工作要点` over an even page, `某市教育局文件    3` over an odd one. Text extraction
 * leaves the line where one page ends and the next begins, often in the middle of a sentence; neither a page number
 * alone (furniture.ts) nor a line repeated as it stands (repeated-header.ts, the numbers differ), it stayed.
 *
 * A line is one when all agree: a number and a short name or title apart by spaces, no sentence; the numbers of such
 * lines count on one by one through the text, a page apart; and each name stands in the head (the title, the
 * issuer) or at least twice among them. A clause or a table row numbered `2 加强基层党建` names something new each
 * time. Pure.
 */
import { countingRuns } from './counting-runs.js'
import { HEAD_LINES, isHeaderShaped } from './header-shape.js'

const GAP = '[ \\t\\u3000\\u00a0]+'
const NUMBER_FIRST = new RegExp(`^(\\d{1,3})${GAP}(\\S.*)$`)
const NUMBER_LAST = new RegExp(`^(.*\\S)${GAP}(\\d{1,3})$`)
/** A page holds far more text than this: copies closer are no pages' headers. */
const MIN_PAGE = 100

/** Indexes (into the trimmed lines, blanks included) of the headers that print the page's number beside them. */
export function numberedHeaderLines(lines: string[]): Set<number> {
  const head = new Set(lines.filter((l) => l !== '').slice(0, HEAD_LINES))
  const found: { index: number; number: number; name: string; textBefore: number }[] = []
  let textBefore = 0
  for (const [i, line] of lines.entries()) {
    if (line === '') continue
    const m = NUMBER_FIRST.exec(line) ?? NUMBER_LAST.exec(line)
    const [number, name] = m ? (/^\d/.test(m[1]) ? [Number(m[1]), m[2].trim()] : [Number(m[2]), m[1].trim()]) : [0, '']
    if (m && isHeaderShaped(name)) found.push({ index: i, number, name, textBefore })
    else textBefore += line.length
  }
  const headers = new Set<number>()
  for (const run of countingRuns(found, (last, c) => c.textBefore - last.textBefore >= MIN_PAGE)) {
    const names = new Map<string, number>()
    for (const c of run) names.set(c.name, (names.get(c.name) ?? 0) + 1)
    if (run.length >= 2 && run.every((c) => head.has(c.name) || names.get(c.name)! >= 2)) for (const c of run) headers.add(c.index)
  }
  return headers
}
