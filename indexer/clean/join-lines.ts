/**
 * Decides whether two adjacent lines are one sentence broken by PDF extraction (or a hard-wrapped
 * text file), e.g. `提升基层党建工作质量。坚持抓基层强基础,推进基层党` + `建特色项目培育、深化品牌内涵建设，…`.
 *
 * Joining is conservative: a wrong join glues a heading into a body and hides a clause from the
 * structure splitter, while a missed join only leaves a paragraph in two lines. So a line never joins
 * its predecessor when it opens with a numbering marker, and a line never takes a successor when it
 * ends a sentence, is a chapter or section heading, is a bare number, or looks like a title.
 */
import { opensDecimalItem } from '../structure/decimal-outline.js'
import { ATTACHMENT_LIST_LINE } from '../structure/appendix.js'
import { DUTY_LABEL } from '../structure/duty-labels.js'
import { isCopyListLine, isImprintLine } from '../structure/imprint.js'
import { insideBracket, readLineMarker, type LineMarker } from '../structure/line-markers.js'
import { opensListItem } from '../structure/list-bullets.js'
import { isFileLinkLine } from '../structure/page-file-link.js'
import { periodLabel, readPeriodRow } from '../structure/period-rows.js'
import { isSignatureLine } from '../structure/signature-lines.js'

/** Punctuation that ends a sentence or introduces a list: the next line starts something new. */
export const SENTENCE_FINAL = /[。！？；：…!?;:.．]$/
/** Closing quotes are looked through: `…”。` ends a sentence, `…“双减”` does not. */
const CLOSING_QUOTES = /[”’」』》"']+$/
/** A paragraph that ends in a parenthesis closes a remark such as （责任单位：…）: it is complete. */
const CLOSING_BRACKET = /[)）】\]]$/
/** A line that ends in these is certainly unfinished. */
export const OPEN_END = /[，,、（(“‘《〈—\-–]$/
/** Sentence punctuation inside a line; a line without any is a title. 、 is allowed in titles. */
const INNER_PUNCTUATION = /[，,。；;：:！!？?]/
/** A sentence ended inside a numbered line: `（二）加强基层党组织建设。推进…`. */
const INNER_SENTENCE_END = /[。！？；!?;](?!$)/
/** A line this long that stops mid-sentence was wrapped by the PDF. */
const MIN_WRAPPED_LINE = 20
/** Titles are short; CJK characters count 1, Latin characters 1/2. */
const MAX_TITLE_WIDTH = 40

/**
 * `cut`: the previous line stops at the width the text was wrapped at (wrapped-headings.ts cutAtWidth), so a short
 * piece after it is the rest of its sentence, not a title.
 */
export function shouldJoin(previous: string, next: string, cut = false): boolean {
  if (previous.length === 0 || next.length === 0) return false
  const nextMarker = readLineMarker(next)
  if (nextMarker !== null && !continuesPrevious(previous, nextMarker)) return false
  if (opensDecimalItem(next)) return false
  // A web page's list item (`* 开展主题班会`, `• …`, `- …`) opens a line of its own, even under a heading with a comma.
  if (opensListItem(next)) return false
  // A row of a schedule table written as text (`第二周 9.8-9.12 教师节庆祝活动`, `1月 召开教育工作会议 办公室`,
  // period-rows.ts) is a line of its own, though the row above ends in no full stop and neither looks a title.
  if (readPeriodRow(next) !== null) return false
  // A schedule's entry, its period and a colon before its text (`第二周：教师节庆祝活动`, `3月：启动招生工作。`), is one too.
  if (periodLabel(next) !== null) return false
  // A 抄送 list cut at the line's end goes on on the next line, which joins it and leaves the text with it.
  if (isCopyListLine(previous.trim()) && !/[。.]$/.test(previous.trim()) && nextMarker === null && !isImprintLine(next)) return true
  // The 版记's lines (联系人：… 电话：…, 抄送：…) are each one line of the document's foot, never a sentence's halves.
  if (isImprintLine(previous) || isImprintLine(next)) return false
  // `牵头单位：…` and `完成时限：…` under a clause are lines of their own (duty-labels.ts).
  if (DUTY_LABEL.test(next.trim())) return false
  // A 附件 label over one file's name (page-file-link.ts) ends at the name: the link is a line of its own.
  if (isFileLinkLine(previous)) return false
  const marker = readLineMarker(previous)
  // A heading takes no line after it; a （二） item that runs on into sentences is text, and a page break may cut it.
  if (marker && (marker.kind === 'chapter' || marker.kind === 'section') && !INNER_SENTENCE_END.test(marker.rest)) return false
  const body = marker ? marker.rest : previous
  if (body.trim().length === 0) return false
  if (CLOSING_BRACKET.test(previous)) return false
  // `…(责任单位:高地建` or `…（责任单位：` over `设专班)`: the next line closes the bracket this one left open, so the
  // words go on, though the piece left over is as short as a title and the line may stop at the label's colon.
  if (insideBracket(previous) && closesBracket(next)) return true
  if (SENTENCE_FINAL.test(previous.replace(CLOSING_QUOTES, ''))) return false
  const unfinished = OPEN_END.test(previous) || (/[a-z]$/.test(previous) && /^[a-z]/.test(next))
  if (unfinished) return true
  // `附件：1.…` under a last clause that lacks its full stop opens the list of attachments.
  if (ATTACHMENT_LIST_LINE.test(next)) return false
  if (isTitle(body)) return false
  // A clause typed without its full stop leaves a piece as short as a title on the line after the wrap (`…占比达到5` /
  // `5%以上`); a signer, a date, a 附件 line or a dated title after a full line stays apart.
  if (cut && !standsAlone(next)) return true
  return !isTitle(next)
}

/** A name that signs (`某市教育局`, `某市实验中学`), a date, a 附件 line or a title with its year: a line of its own. */
function standsAlone(line: string): boolean {
  return isSignatureLine(line) || SIGNER_END.test(line) || /^附\s*件/.test(line) || /(?:19|20)\d{2}\s*年/.test(line)
}
const SIGNER_END = /(?:中学|小学|学校|幼儿园|学院|大学|研究院|研究所|教研室|中心|[局厅委办处室组])$/

/** Whether a line that opens with a marker still continues the line before it. */
function continuesPrevious(previous: string, next: LineMarker): boolean {
  if (next.kind !== 'clause') return false
  // `20堂，开展…` after an unfinished body line is a wrapped quantity, not a clause glued to its number (27构建…).
  if (next.style === 'bare') return previous.length >= MIN_WRAPPED_LINE
  // `…品牌创建，` + `①培育示范校10所，②…`: a list run into its sentence, wrapped before ①. After an item ① the
  // next ② is the next item, even when the list separates its items with commas.
  if (next.style === 'circled') return OPEN_END.test(previous) && !isCircledItem(previous)
  // `…（见附件` + `1）要求…`: the bracket the line opened closes on the next one.
  if (next.style === 'half-paren') return insideBracket(previous)
  return false
}

/** The line's first bracket closes one (`设专班)`, `工作科）负责`), opened on the line before. */
function closesBracket(line: string): boolean {
  const first = /[（()）]/.exec(line)
  return first !== null && (first[0] === '）' || first[0] === ')')
}

function isCircledItem(line: string): boolean {
  const marker = readLineMarker(line)
  return marker?.kind === 'clause' && marker.style === 'circled'
}

/** The joined line: Latin words keep a space between them, Chinese text is glued. */
export function joinPair(previous: string, next: string): string {
  return previous + joinSeparator(previous, next) + next
}

export function joinSeparator(previous: string, next: string): string {
  const last = previous.slice(-1)
  const first = next[0] ?? ''
  const words = /[A-Za-z0-9]/.test(last) && /[A-Za-z0-9]/.test(first) && /[A-Za-z]/.test(last + first)
  const afterAsciiPunctuation = /[,;:]/.test(last) && /[A-Za-z]/.test(first)
  return words || afterAsciiPunctuation ? ' ' : ''
}

function isTitle(line: string): boolean {
  if (INNER_PUNCTUATION.test(line.replace(/[。！？；：…!?;:.．]+$/, ''))) return false
  if (/[。！？；…!?;.．]$/.test(line)) return false
  let width = 0
  for (const ch of line) width += /[\x00-\x7f]/.test(ch) ? 0.5 : 1
  return width <= MAX_TITLE_WIDTH
}
