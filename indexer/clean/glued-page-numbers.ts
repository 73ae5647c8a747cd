/**
 * Page numbers glued to a line of text. A document-sharing site's text, or a PDF's copied from a viewer, loses the
 * line break around a page's foot: its number ends the last line of the page (`…覆盖全体党员干部。3`, `…建设任务。第2页
 * 共5页`) or opens the first of the next (`第3页 共5页三、建设高素质教师队伍`, `4组织专题培训5场。` after `…集中学习12次，`).
 * Left there, it ends a clause on a number the plan never wrote, or reads as a clause's number and cuts a sentence in two.
 *
 * A page's counter with its total (`第2页 共5页`, `共5页 第2页`, `Page 2 of 5`) says what it is wherever it stands, and
 * so does `第2页` after a sentence's end. A bare number does not (`新增学位900`, a clause `3加强…`): one is taken only
 * where it stands apart from the words (after a sentence's end, or opening a line that carries on a sentence the line
 * above left unfinished, no unit after it) and counts on with the document's other page numbers, one by one, a page's
 * length apart, two at least, as bare page-number lines are read (bare-page-numbers.ts).
 * Pure: trimmed lines in, index → the line without its page number out ('' when nothing else was on it).
 */
import { countingRuns } from './counting-runs.js'
import { isPageNumberLine } from './furniture.js'
import { MIN_PAGE_LINES, type PageNumberCandidate } from './bare-page-numbers.js'

const SPACE = '[ \\t\\u3000\\u00a0]'
const NUM = '(?:\\d{1,4}|[一二三四五六七八九十百]{1,4})'
/** A page's counter with the page count: unmistakable anywhere on a line. */
const COUNTER = new RegExp(
  [
    `第${SPACE}*${NUM}${SPACE}*页${SPACE}*[,，/]?${SPACE}*共${SPACE}*${NUM}${SPACE}*页`,
    `共${SPACE}*${NUM}${SPACE}*页${SPACE}*[,，/]?${SPACE}*第${SPACE}*${NUM}${SPACE}*页`,
    `\\bpage${SPACE}*\\d{1,4}${SPACE}*(?:of|\\/)${SPACE}*\\d{1,4}\\b`,
  ].join('|'),
  'gi',
)
/** A sentence's end, through a closing quote or bracket: what a page's last line ends in before its number. */
const END = '[。；;！!？?][”’」』）)]?'
/** `…。第2页` at a line's end, `第2页 ` opening one: a page's number alone, its words its own. */
const PAGE_WORD_END = new RegExp(`(?<=${END})${SPACE}*第${SPACE}*\\d{1,4}${SPACE}*页$`)
const PAGE_WORD_START = new RegExp(`^第${SPACE}*\\d{1,4}${SPACE}*页${SPACE}+(?=\\S)`)
/** `…建设任务。2 / 5` at a line's end, `2/5 ` opening one: a viewer's page of pages, the page no more than their count. */
const PAGE_OF_END = new RegExp(`(?<=${END})${SPACE}*(\\d{1,3})${SPACE}*/${SPACE}*(\\d{1,3})$`)
const PAGE_OF_START = new RegExp(`^(\\d{1,3})${SPACE}*/${SPACE}*(\\d{1,3})${SPACE}+(?=\\S)`)
/** `…党员干部。3`, `…党员干部。 3`: a bare number after a sentence's end. */
const BARE_END = new RegExp(`^(.*${END})${SPACE}*(\\d{1,3})$`)
/** `4组织专题培训…`, `4 组织专题培训…`: a bare number before words, no unit (`3所`), no item's mark (`3.` `3、`). */
const BARE_START = /^(\d{1,3})[ \t\u3000\u00a0]*(?=[\u3400-\u9fff“《])(?![年月日号期届次个所项名万亿千百元人台套间米分时节校园座家件本册篇亩周天岁级类批条后余多倍轮场位支处种户张])/
/** A line a bare item number opens, as a plan numbering its items so prints it. */
const BARE_ITEM = /^\d{1,3}[ \t\u3000]?[\u3400-\u9fff“《]/
/** A line wrapped in running text fills its width: a shorter one (a heading) may be followed by an item's bare number. */
const MIN_WRAPPED = 20
/** Where a line above leaves its sentence unfinished: no sentence's end, no colon. */
const FINISHED = /[。；;！!？?：:”’」』]$/
const STANDALONE = /^\d{1,3}$/
interface Candidate extends PageNumberCandidate {
  /** The line without the number; undefined for a page-number line of its own (read elsewhere: a witness only). */
  stripped?: string
}

export function gluedPageNumberLines(lines: string[]): Map<number, string> {
  const out = new Map<number, string>()
  for (const [i, line] of lines.entries()) {
    const without = withoutCounters(line)
    if (without !== line && !isPageNumberLine(line)) out.set(i, without)
  }
  // A plan that numbers its items by a bare number (`3加强…`, `3 加强…`) may leave one at a line's end or open a
  // line with it: there a bare number is no page's.
  const bareItems = lines.filter((line, i) => BARE_ITEM.test(line) && FINISHED.test(previousText(lines, i))).length
  if (bareItems >= 2) return out
  const candidates: Candidate[] = []
  let textLines = 0
  let above = ''
  for (const [i, original] of lines.entries()) {
    const line = out.get(i) ?? original
    if (line === '') continue
    const witness = STANDALONE.test(line) ? Number(line) : isPageNumberLine(line) ? pageNumberOf(line) : null
    if (witness !== null) candidates.push({ index: i, number: witness, textBefore: textLines })
    else {
      const end = BARE_END.exec(line)
      const start = [...above].length >= MIN_WRAPPED && !FINISHED.test(above) ? BARE_START.exec(line) : null
      if (end) candidates.push({ index: i, number: Number(end[2]), textBefore: textLines, stripped: end[1] })
      else if (start) candidates.push({ index: i, number: Number(start[1]), textBefore: textLines, stripped: line.slice(start[0].length) })
      above = line
    }
    textLines++
  }
  const apart = (last: Candidate, c: Candidate) => c.textBefore - last.textBefore >= MIN_PAGE_LINES
  for (const run of countingRuns(candidates, apart)) {
    // Glued numbers alone, with no page-number line among them, must count on three times: two such could be items.
    const glued = run.filter((c) => c.stripped !== undefined)
    if (run.length < 2 || (glued.length === run.length && run.length < 3)) continue
    for (const c of glued) out.set(c.index, c.stripped!)
  }
  return out
}

function previousText(lines: string[], i: number): string {
  for (let k = i - 1; k >= 0; k--) if (lines[k] !== '') return lines[k]
  return '。'
}

/**
 * The line without its page counters: with the page count anywhere, `第N页` or `N / M` alone at its end after a
 * sentence or opening it.
 */
function withoutCounters(line: string): string {
  const pageOf = (m: string, page: string, count: string) => (Number(page) >= 1 && Number(page) <= Number(count) ? '' : m)
  if (line.includes('/')) line = line.replace(PAGE_OF_END, pageOf).replace(PAGE_OF_START, pageOf)
  if (!line.includes('页') && !/page/i.test(line)) return line
  return line.replace(COUNTER, ' ').replace(PAGE_WORD_END, '').replace(PAGE_WORD_START, '').replace(/[ \t\u3000\u00a0]{2,}/g, ' ').trim()
}

/** The page's number of a page-number line (`- 3 -`, `第3页 共5页`, `3/5`), or null when it writes it in words. */
function pageNumberOf(line: string): number | null {
  const m = /第\s*(\d{1,4})\s*页|(\d{1,4})/.exec(line)
  return m ? Number(m[1] ?? m[2]) : null
}
