/**
 * The lines that sign a plan (issuer, date), give its 文号 or its 版记: metadata, never body. A 文号 or 版记 line is
 * such wherever it stands; a line that only reads like a signature is one only outside the plan's numbered text,
 * above its first numbered line or below its last (before the attachments). Inside it, such a line is the body's
 * own: a deadline in figures under `完成时限：` (`2024.12.31`), the bodies a clause lists one a line (`中共某县教育局
 * 党组`, `各乡镇人民政府  县直各学校办公室`). Dropped wherever it stood, it was cut out of its clause.
 */
import { isDocNumberLine } from '../metadata/doc-number.js'
import { isGarbledDate } from '../metadata/garbled-date.js'
import { SCHOOL_OFFICES } from '../metadata/school-issuer.js'
import { attachmentLine } from './appendix.js'
import { isImprintLine } from './imprint.js'
import { jointSignatureNames, SIGNER } from './joint-signature.js'
import { readLineMarker } from './line-markers.js'
import { noteBlockLines } from './note-blocks.js'
import { columnNames, opensTable } from './table-head.js'

/** A year as a plan dates itself: 19xx or 20xx, so a figure such as 3000.12.5 dates nothing. */
const YEAR = '(?:19|20)\\d{2}'
/**
 * A line that only signs the document (issuer name or date, or the date a 版记 line prints); the date as printed
 * under a seal too (二〇二五年三月十日, its 〇 often typed as 0 or O: 二0二五年); the bureau under the names counties
 * merge it into (教育科技局, 教育和体育局).
 */
const SIGNATURE = new RegExp(
  `^[（(]?((${YEAR}年\\d{1,2}月\\d{1,2}日|[〇○零ＯO0０一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|${YEAR}\\s*([./-])\\s*\\d{1,2}\\s*\\3\\s*\\d{1,2})(\\s*印发)?|${SIGNER})[)）]?$`,
)

/**
 * `（汉台区教育局　2025年3月3日）` under a title, as a gazette signs a plan: the issuer and the date in one bracket.
 * The cleaner keeps a line wholly in brackets whole (clean/split-runs.ts), and SIGNATURE reads an issuer or a date
 * alone, so without this the line stayed in the body as a passage above the first clause.
 */
const BRACKETED_SIGNATURE = new RegExp(`^[（(]${SIGNER}[ \\t\\u3000\\u00a0]*${YEAR}年\\d{1,2}月\\d{1,2}日[)）]$`)

/**
 * A signature line; the date in figures too (`2024.3.12`, `2024/03/15`), the issuer and the date in one bracket, and
 * several bodies signing one plan (joint-signature.ts).
 */
export function isSignatureLine(line: string): boolean {
  return SIGNATURE.test(line) || BRACKETED_SIGNATURE.test(line) || jointSignatureNames(line) !== null
}

/**
 * A school, its office or an institute that signs its own plan (`南京市第二十九中学`, `兖州一中`, `临沂第一中学教务处`,
 * `某市教育科学研究院`): a name no body of government bears, so it signs only straight above the date. Alone, such a
 * name is as often a school a list names. `各…`, `全…` (各乡镇中心学校, 全县中小学) name the schools of a place, as a notice
 * addresses them or a task table's unit cell lists them: no one school signs.
 */
const INSTITUTION = new RegExp(
  `^(?![各全])[\\u4e00-\\u9fff（）()]{2,30}(?:(?:中学|小学|学校|幼儿园|中心校|学院|大学|[一二三四五六七八九十]{1,3}[中小]|附中|附小)${SCHOOL_OFFICES}?|研究院|研究所|教研室|发展中心)$`,
)

/**
 * A team or office inside a school named alone, as it signs its own plan (`八年级组`, `初三年级组`, `数学教研组`,
 * `高一语文备课组`, `教务处`): a signer above the date like the school, but no issuer a reader could place (the
 * school is not named), so it only leaves the last clause (it was the plan's last passage).
 */
const SCHOOL_UNIT = new RegExp(`^(?:[\\u4e00-\\u9fff]{0,10}(?:年级组|年级部|教研组|备课组|学科组)|${SCHOOL_OFFICES})$`)
/** A signer's name above a date: a school's, an institute's, or a team's of a school. */
const signerName = (t: string) => INSTITUTION.test(t) || SCHOOL_UNIT.test(t)

/** Whether lines[i] is a name of this kind straight above a signature date (`2024年8月30日`). */
function nameSignsAt(lines: string[], i: number, isName: (t: string) => boolean): boolean {
  if (!isName(lines[i].trim())) return false
  const below = lines.slice(i + 1).find((l) => l.trim() !== '')
  return below !== undefined && isDateLine(below.trim())
}

/** Whether lines[i] is a school's or an institute's name straight above a signature date: an issuer a reader can place. */
export function institutionSignsAt(lines: string[], i: number): boolean {
  return nameSignsAt(lines, i, (t) => INSTITUTION.test(t))
}

/** A date line of a signature: SIGNATURE's dates, a month alone, or a date whose 年月日 the extraction lost (`2024327`). */
const isDateLine = (t: string) => (SIGNATURE.test(t) && /\d|[〇○零ＯO０一二三四五六七八九]{4}年/.test(t)) || MONTH_UNDER_SIGNER.test(t) || isGarbledDate(t)

/** `2024327` straight under a signer (garbled-date.ts): its date, no figure of the clause above the signature. */
function garbledUnderSigner(lines: string[], i: number): boolean {
  if (!isGarbledDate(lines[i])) return false
  const above = lines.slice(0, i).findLast((l) => l.trim() !== '')?.trim()
  return above !== undefined && (isSignatureLine(above) || signerName(above))
}

/**
 * Many county plans are signed with the month alone (`2026年1月`, `二〇二五年二月`) under the issuer. Alone, a month is
 * as often a cell of a task table flattened one a line (完成时限 `2024年12月`), so only under a signer is it a date.
 */
const MONTH_UNDER_SIGNER = new RegExp(`^[（(]?(${YEAR}年\\d{1,2}月|[〇○零ＯO0０一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月)[)）]?$`)

function signsWithMonth(lines: string[], i: number): boolean {
  if (!MONTH_UNDER_SIGNER.test(lines[i].trim())) return false
  const above = lines.slice(0, i).findLast((l) => l.trim() !== '')
  return above !== undefined && (isSignatureLine(above.trim()) || signerName(above.trim())) && !/\d/.test(above)
}

/**
 * What may follow a plan's signature before its notes, attachments or task table: other signers and dates, its 文号,
 * its 版记. A month under a signer with text after it (a timetable closing the plan: `2024年2月` / `召开全市教育工作会议`)
 * signs nothing; dropped, it was cut out of the timetable.
 */
function closesText(lines: string[], i: number): boolean {
  const notes = noteBlockLines(lines)
  for (let k = i + 1; k < lines.length; k++) {
    const t = lines[k].trim()
    if (notes.has(k) || attachmentLine(lines[k]) || columnNames(lines[k]) !== null) return true
    if (!(t === '' || isSignatureLine(t) || MONTH_UNDER_SIGNER.test(t) || isDocNumberLine(t) || isImprintLine(t))) return false
  }
  return true
}

/** A date of SIGNATURE's (`2024年3月1日`, `2024-12-31`, `二〇二四年三月一日`), not a signer's name. */
const isSignatureDate = (t: string) => SIGNATURE.test(t) && /\d|[〇○零ＯO０一二三四五六七八九]{4}年/.test(t)

/**
 * Whether the date at lines[i], below the last numbered line, is the plan's text rather than its signature date: the
 * value under its label (`完成时限：` / `2024-12-31`), or a cell of a task table printed one cell a line below the
 * body (`基础教育科` / `2024-12-31`). Under a table a date still signs where it closes the document under a signer.
 */
function bodysOwnDate(lines: string[], i: number, last: number): boolean {
  const above = lines.slice(0, i).findLast((l) => l.trim() !== '')?.trim()
  if (above !== undefined && /[：:]$/.test(above)) return true
  if (dateOverSigner(lines, i, above)) return true
  let head = -1
  for (let k = Math.max(0, last + 1); k < i && head === -1; k++) if (opensTable(lines, k)) head = k
  if (head === -1) return false
  const signed = above !== undefined && ((isSignatureLine(above) && !isSignatureDate(above)) || signerName(above))
  return !(signed && closesText(lines, i))
}

/**
 * A date straight under the body's text with its signer under it (`2.…于年底前完成。` / `2024年12月31日` / `某县教育局`),
 * more lines under the signer: a plan signs with the issuer first and the date under it, so a date above the issuer is
 * the body's (its last task's deadline, a date line of its own), even where the issuer has no date under it. Read as
 * the signature's, it was cut out of the body and dated the plan by its deadline. Where the date and the signer are
 * the document's last two lines, it is the signature a PDF extraction swapped (`2024年3月1日` / `某县教育局`), and
 * reading it as text lost the plan's date. `above`: the line over the date at lines[i].
 */
function dateOverSigner(lines: string[], i: number, above: string | undefined): boolean {
  const at = lines.findIndex((l, k) => k > i && l.trim() !== '')
  const below = at === -1 ? undefined : lines[at].trim()
  if (above === undefined || below === undefined || isSignatureLine(above) || signerName(above)) return false
  if (isSignatureDate(lines[i].trim()) && !lines.slice(at + 1).some((l) => l.trim() !== '')) return false
  return !isSignatureDate(below) && (isSignatureLine(below) || signerName(below))
}

/** The lines without their metadata: 文号 and 版记 lines anywhere, signature lines outside the numbered text. */
export function withoutMetadataLines(lines: string[]): string[] {
  const metadata = metadataLines(lines)
  return lines.filter((_, i) => !metadata[i])
}

/** For each line, whether it is metadata (withoutMetadataLines drops it) rather than the plan's text. */
export function metadataLines(lines: string[]): boolean[] {
  const numbered = lines.map((line) => readLineMarker(line) !== null)
  const first = numbered.indexOf(true)
  // The numbered text ends at its last numbered line before an attachment or a task table, which have their own.
  const bodyEnd = first === -1 ? -1 : lines.findIndex((line, i) => i > first && (attachmentLine(line) || opensTable(lines, i)))
  const last = numbered.lastIndexOf(true, bodyEnd === -1 ? lines.length - 1 : bodyEnd - 1)
  const bodyDate = (i: number) => first !== -1 && i > last && bodysOwnDate(lines, i, last)
  const signsMonth = (i: number) => signsWithMonth(lines, i) && (i < first || closesText(lines, i)) && !bodyDate(i)
  // A school's name on the body's first line, under the title (`2024—2025学年第一学期工作计划` / `长沙市第一中学`), is
  // the plan's byline, dated or not; not the schools of a place a notice addresses (`各中小学`).
  const byline = (i: number) => i === 0 && INSTITUTION.test(lines[0].trim())
  // A month alone under the title, or under its byline (`2025年3月`, `二〇二五年三月`), dates the plan as a month under
  // its signer does: the head's, not a passage above its text.
  const datesHead = (i: number) => (i === 0 || (i === 1 && (byline(0) || isSignatureLine(lines[0].trim())))) && (first === -1 || i < first) && MONTH_UNDER_SIGNER.test(lines[i].trim())
  // A body's name inside a timetable, a month above it and one below that the text goes on under (`2024年3月` /
  // `召开全市教育工作会议` / `市教育局办公室` / `2024年4月` / `开展春季开学检查`), is the unit of the row above, no signer;
  // dropped, it was cut out of the timetable. Straight under the last clause such a name still signs.
  const monthAbove = (i: number) => lines.slice(Math.max(0, last + 1), i).some((l) => MONTH_UNDER_SIGNER.test(l.trim()))
  const timetableUnit = (i: number) =>
    i + 1 < lines.length && MONTH_UNDER_SIGNER.test(lines[i + 1].trim()) && monthAbove(i) && !closesText(lines, i + 1)
  return lines.map((line, i) => {
    if (isDocNumberLine(line) || isImprintLine(line)) return true
    return ((isSignatureLine(line) && !timetableUnit(i) && !(isSignatureDate(line.trim()) && bodyDate(i))) || signsMonth(i) || garbledUnderSigner(lines, i) || nameSignsAt(lines, i, signerName) || byline(i) || datesHead(i)) && !(first !== -1 && first < i && i < last)
  })
}
