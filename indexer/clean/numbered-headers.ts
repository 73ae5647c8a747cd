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
/**
 * A footer that names the issuer beside the page's number in a page-number form of its own (`滨州市教育局  第 2 页`,
 * `某市教育局 - 2 -`, `某市2024年教育工作要点  2/12`), as a PDF export's footer prints it: worded so, the number
 * needs no gap before it (`滨州市教育局第2页`).
 */
const GAP_OR_NONE = '[ \\t\\u3000\\u00a0]*'
const PAGE_FORM_LAST = new RegExp(
  `^(.*?[^\\s\\d])${GAP_OR_NONE}(?:第\\s*(\\d{1,3})\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|共\\s*\\d{1,4}\\s*页\\s*[,，/]?\\s*第\\s*(\\d{1,3})\\s*页|[-—–－]\\s*(\\d{1,3})\\s*(?:\\/\\s*\\d{1,4}\\s*)?[-—–－])$`,
)
const PAGE_FORM_FIRST = new RegExp(`^(?:第\\s*(\\d{1,3})\\s*页|[-—–－]\\s*(\\d{1,3})\\s*[-—–－])${GAP_OR_NONE}([^\\s\\d].*)$`)
const SLASH_LAST = new RegExp(`^(.*\\S)${GAP}(\\d{1,3})\\s*\\/\\s*\\d{1,4}$`)

/** The page's number and the name beside it, when a line prints both; null for any other line. */
function numberAndName(line: string): { number: number; name: string } | null {
  const bare = NUMBER_FIRST.exec(line)
  if (bare) return { number: Number(bare[1]), name: bare[2].trim() }
  const worded = PAGE_FORM_LAST.exec(line) ?? SLASH_LAST.exec(line)
  if (worded) return { number: Number(worded.slice(2).find((g) => g !== undefined)), name: worded[1].trim() }
  const last = NUMBER_LAST.exec(line)
  if (last) return { number: Number(last[2]), name: last[1].trim() }
  const first = PAGE_FORM_FIRST.exec(line)
  return first ? { number: Number(first[1] ?? first[2]), name: first[3].trim() } : null
}
/** A page holds far more text than this: copies closer are no pages' headers. */
const MIN_PAGE = 100

/** Indexes (into the trimmed lines, blanks included) of the headers that print the page's number beside them. */
export function numberedHeaderLines(lines: string[]): Set<number> {
  const head = new Set(lines.filter((l) => l !== '').slice(0, HEAD_LINES))
  const found: { index: number; number: number; name: string; textBefore: number }[] = []
  let textBefore = 0
  for (const [i, line] of lines.entries()) {
    if (line === '') continue
    const m = numberAndName(line)
    if (m && isHeaderShaped(m.name)) found.push({ index: i, number: m.number, name: m.name, textBefore })
    else textBefore += line.length
  }
  const headers = new Set<number>()
  // The last page may hold a line or two: a footer under the document's last text is a page apart whatever stands above it.
  const textEnd = textBefore
  for (const run of countingRuns(found, (last, c) => c.textBefore - last.textBefore >= MIN_PAGE || (c.textBefore === textEnd && c.textBefore > last.textBefore))) {
    const names = new Map<string, number>()
    for (const c of run) names.set(c.name, (names.get(c.name) ?? 0) + 1)
    if (run.length >= 2 && run.every((c) => head.has(c.name) || names.get(c.name)! >= 2)) for (const c of run) headers.add(c.index)
  }
  return headers
}
