/**
 * The notice a compilation prints before a plan's title: `乙县教育局关于印发《…》的通知`, its 文号, the
 * addressees (`各镇（街道）中心学校：`), `现将…印发给你们…`, the issuing body and the date. It is the plan's cover
 * letter, and its 文号, issuer and date are the plan's, so it belongs to the plan after it; cut at the plan's title,
 * it would end the plan before (its text run into that plan's last clause, its date taken for that plan's).
 *
 * The notice is known by its form: a notice's title line, with no numbered line between it and the plan's title
 * (the notice is prose, addressees and a signature; a numbered line is the previous plan's body), and above its
 * title what a red-headed document prints there: the letterhead (`乙县教育局文件`) and the 文号.
 * Pure: lines in, a line index out.
 */
import { isDocNumberLine } from '../metadata/doc-number.js'
import { ISSUER_NAME } from '../metadata/find-title.js'
import { readLineMarker } from './line-markers.js'
import { isNoticeTitle, isTitleLike } from './title-line.js'

/** How far above the plan's title its notice's title may stand: title, 文号, addressees, a paragraph or two, 附件, issuer, date. */
const MAX_NOTICE_LINES = 12

/**
 * Where the notice before the plan title at `title` starts, looking no higher than `from` (the line after the
 * previous plan's title); `title` itself when no notice stands there.
 */
export function noticeStart(lines: string[], from: number, title: number): number {
  for (let i = title - 1; i >= Math.max(from, title - MAX_NOTICE_LINES); i--) {
    // A numbered line of the notice's list of attachments (`2.上饶市2024年教育系统党建工作要点` under `附件：1.…`)
    // names a document; any other numbered line is the text of the plan above.
    const marker = readLineMarker(lines[i])
    if (marker !== null && !(marker.kind === 'clause' && isTitleLike(marker.rest.trim()))) return title
    if (isNoticeTitle(lines[i]) && isTitleLike(lines[i])) return headOfNotice(lines, from, i)
  }
  return title
}

/**
 * Where the document whose title is at `title` starts: its notice (noticeStart), else the letterhead and 文号 printed
 * right above its title (`钟祥市教育局文件` / `钟教发〔2024〕5号` / the title), which are its head, not the text of the
 * plan before. Looks no higher than `from`.
 */
export function documentStart(lines: string[], from: number, title: number): number {
  const notice = noticeStart(lines, from, title)
  if (notice < title) return notice
  let start = title
  while (start > from && (isDocNumberLine(lines[start - 1]) || isLetterhead(lines[start - 1]))) start--
  return start
}

/** The first line of a notice whose title is at `i`: the title's first half, letterhead and 文号 above it are the notice's. */
function headOfNotice(lines: string[], from: number, i: number): number {
  let start = i
  // A title a PDF wrapped: `…关于印发《…2024年` over `教育工作要点》的通知`, whose first half is no title on its own.
  if (start > from && unclosedQuote(lines[start - 1]) && readLineMarker(lines[start - 1]) === null) start--
  while (start > from && (isDocNumberLine(lines[start - 1]) || isLetterhead(lines[start - 1]))) start--
  return start
}

/** A line that opens a 《 it does not close. */
function unclosedQuote(line: string): boolean {
  return line.lastIndexOf('《') > line.lastIndexOf('》')
}

/** A red-headed document's letterhead: an issuing body's name and 文件 (`乙县教育局文件`). */
function isLetterhead(line: string): boolean {
  const m = /^(.+?)\s*文件$/.exec(line.trim())
  return m !== null && ISSUER_NAME.test(m[1])
}
