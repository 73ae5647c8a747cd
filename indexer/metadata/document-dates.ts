/**
 * The dates of a document: when it was signed or adopted (落款日期 under the signature, a 成文日期 field,
 * `（2022年3月1日市教育局党组会议审议通过）` under the title) and when it was published (a 发布日期 field of
 * the page that published it).
 *
 * Pages that mirror a document (sharing and template sites) stamp it with their own upload time, often
 * years later; a header date is the document's own only when it fits the document: not before it was
 * signed, in the year the document speaks of, and not on a page that says it is an upload.
 */
import type { Evidence } from '../types.js'
import { ISSUER_NAME } from './find-title.js'
import { garbledSignatureDate, isGarbledDate } from './garbled-date.js'
import { isSchoolName } from './school-issuer.js'
import { asciiDigits, CHINESE_DATE, closeUp, parseDate, parseMonthLine } from './head-text.js'

/** A signature line: a Chinese-form date alone, after an issuer, or in brackets with 通过/印发/发布/签发. */
const SIGNATURE_DATE = new RegExp(
  `^[（(]?(?:[\\u4e00-\\u9fff]{2,30}(?:局|厅|委员会|教委|政府|办公室|办公厅)\\s*)?${CHINESE_DATE.source}` +
    `(?:[\\u4e00-\\u9fff]{0,24}(?:通过|印发|发布|签发|修订))?[)）]?$`,
)
/** A date under the signature in figures alone (`2024.3.12`, `2024/03/15`, `2024-03-15`), one separator throughout. */
const FIGURES_DATE = /^(?:19|20)\d{2}([./-])\d{1,2}\1\d{1,2}$/
/** 版记 lines (`XX市教育局办公室 2022年3月2日印发`) date the printing, not the document. */
const PRINTED = /印发$|印发[)）]$/

/** A flattened page ends its last line with the signature: `…请认真贯彻落实。郴州市教育局 2022年2月28日`. */
const SIGNATURE_AT_END = new RegExp(`[。；;]\\s*[\\u4e00-\\u9fff]{2,30}(?:局|厅|委员会|教委|政府|办公室|办公厅)\\s*${CHINESE_DATE.source}[)）]?$`)

export function isSignatureDateLine(line: string): boolean {
  // Asked of every body line: a line without 日 holds no Chinese-form date, and most lines have none.
  if (!line.includes('日')) return line.length <= 40 && FIGURES_DATE.test(closeUp(asciiDigits(line)))
  const text = closeUp(asciiDigits(line)).replace(/○/g, '〇')
  return (text.length <= 60 && SIGNATURE_DATE.test(text)) || SIGNATURE_AT_END.test(text)
}

/** The date of a signature line (the last date of a flattened line ending in its signature). */
export function signatureDate(line: string): string | null {
  const text = closeUp(line).replace(/○/g, '〇')
  const end = SIGNATURE_AT_END.exec(text)
  return parseDate(end && text.length > 60 ? end[0] : text)
}

/**
 * The signing date: a 成文日期 field, else the first signature date of the head (a notice's signature, a
 * date under the title), else the last signature date of the body's end.
 */
export function findSignDate(fields: Record<string, string>, headLines: string[], tailLines: string[]): Evidence<string> | null {
  const field = fields['成文日期'] && parseDate(fields['成文日期'])
  if (field) return { value: field, source: 'header', quote: `成文日期:${fields['成文日期']}` }
  const fromHead = headLines.find((l) => isSignatureDateLine(l) && !isPrintLine(l))
  const fromTail = [...tailLines].reverse().find((l) => isSignatureDateLine(l) && !isPrintLine(l))
  const line = fromHead ?? fromTail
  const value = line ? signatureDate(line) : null
  if (value) return { value, source: 'header', quote: line }
  const garbled = garbledSignature(headLines, fields) ?? garbledSignature(tailLines, fields, findPrintDate(tailLines)?.value)
  if (garbled) return garbled
  // Adopted on a date given after the title on the same line: `…管理办法（2021年6月18日市教育局局务会议通过）`,
  // or issued on a date a gazette prints under the title with the issuer: `（2024年3月5日 大连市教育局）`.
  for (const l of headLines) {
    const simple = closeUp(asciiDigits(l)).replace(/○/g, '〇')
    const dated = DATED_LINE.exec(simple)
    const m = ADOPTED_INSIDE.exec(simple) ?? (dated && ISSUER_NAME.test(dated[dated.length - 1]) ? dated : null)
    const adopted = m ? parseDate(m[1]) : null
    if (adopted) return { value: adopted, source: 'header', quote: m![0] }
  }
  return null
}

/**
 * A signature date whose 年月日 the extraction lost (`滨州市教育局` / `2024327`, garbled-date.ts), under a signer; of two
 * readings, the one the print date or the page's publish date follows.
 */
function garbledSignature(lines: string[], fields: Record<string, string>, printed?: string): Evidence<string> | null {
  const near = printed ?? (fields['发布日期'] ? parseDate(fields['发布日期']) : null)
  for (let i = 1; i < lines.length; i++) {
    const signer = closeUp(lines[i - 1])
    if (!isGarbledDate(lines[i]) || !(ISSUER_NAME.test(signer) || isSchoolName(signer))) continue
    const value = garbledSignatureDate(lines[i], near)
    if (value) return { value, source: 'header', quote: `${lines[i - 1]} ${lines[i]}` }
  }
  return null
}

/** `（2024年3月5日大连市教育局）`: a date, then a name that counts when it names an organisation (ISSUER_NAME). */
const DATED_LINE = new RegExp(`^[（(](${CHINESE_DATE.source})([\\u4e00-\\u9fff]{2,30})[)）]$`)
const ADOPTED_INSIDE = new RegExp(`[（(](${CHINESE_DATE.source})[\\u4e00-\\u9fff]{0,24}(?:通过|修订|发布|施行)[)）]`)

/** The date before 印发 on a 版记's print line: `XX市教育局办公室　　2025年2月20日印发`. */
const PRINT_DATE = new RegExp(`(${CHINESE_DATE.source}|(?:19|20)\\d{2}[./-]\\d{1,2}[./-]\\d{1,2})印发[)）]?$`)

/**
 * When the document was printed, from its 版记: no signing date, but the document's own date all the same, for a
 * plan that prints no other (no date under its signature, no page field). The last print line of the tail counts.
 */
export function findPrintDate(tailLines: string[]): Evidence<string> | null {
  for (const line of [...tailLines].reverse()) {
    if (!isPrintLine(line)) continue
    const m = PRINT_DATE.exec(closeUp(asciiDigits(line)).replace(/○/g, '〇'))
    const value = m ? parseDate(m[1]) : null
    if (value) return { value, source: 'body', quote: `版记 ${line}` }
  }
  return null
}

function isPrintLine(line: string): boolean {
  return PRINTED.test(closeUp(line)) && !/^[（(]/.test(line.trim())
}

/** Labels of a sharing site's page: its 发布时间 is the upload's. */
const UPLOAD_FIELDS = ['上传时间', '上传者']
/** Kinds of document published the year after the year they speak of. */
const LOOKS_BACK = /(总结|报告|年报|公报|统计)/

export interface PublishDateContext {
  fields: Record<string, string>
  signDate: string | null
  /** The year the title names, or the year of the document's own 文号. */
  documentYear: number | null
  title: string
  /** True when the page names a government issuer (发布机构, 来源) or a 索引号. */
  governmentPage: boolean
}

/**
 * The publish date from the page's header fields when it is the document's own; `rejected` says why a
 * header date was not taken (for --explain).
 */
export function findPublishDate(ctx: PublishDateContext): { date: Evidence<string> | null; rejected: string | null } {
  for (const key of ['发布日期', '发文日期']) {
    const raw = ctx.fields[key]
    const value = raw ? parseDate(raw) : null
    if (!value) continue
    const quote = `${key}:${raw}`
    const why = notOwn(value, ctx)
    if (why) return { date: null, rejected: `${quote} (${why})` }
    return { date: { value, source: 'header', quote }, rejected: null }
  }
  return { date: null, rejected: null }
}

function notOwn(date: string, ctx: PublishDateContext): string | null {
  if (UPLOAD_FIELDS.some((k) => k in ctx.fields) && date !== ctx.signDate) return 'the page is an upload to a sharing site'
  if (!ctx.governmentPage && date !== ctx.signDate) return 'the page names no government issuer'
  if (ctx.signDate && date < ctx.signDate) return `before the signing date ${ctx.signDate}`
  if (ctx.signDate && daysBetween(ctx.signDate, date) > 120) return `long after the signing date ${ctx.signDate}`
  const year = Number(date.slice(0, 4))
  if (ctx.documentYear !== null) {
    const latest = LOOKS_BACK.test(ctx.title) ? ctx.documentYear + 1 : ctx.documentYear
    if (year < ctx.documentYear - 1 || year > latest) return `not in the document's year ${ctx.documentYear}`
    return null
  }
  return null
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000
}

/**
 * The year of a plan dated by the month alone: under its title (`2025年3月`, `二〇二五年三月`, the first such line of the
 * head) or under its signer at its end (the line above names a body, no figure in it). A month alone elsewhere in the
 * tail is as often a task table's 完成时限 cell.
 */
export function findMonthYear(headLines: string[], tailLines: string[]): Evidence<number> | null {
  for (const line of headLines) {
    const month = parseMonthLine(line)
    if (month) return { value: month.year, source: 'header', quote: line }
  }
  for (let i = tailLines.length - 1; i > 0; i--) {
    const month = parseMonthLine(tailLines[i])
    const signer = closeUp(tailLines[i - 1])
    if (month && (ISSUER_NAME.test(signer) || isSchoolName(signer)) && !/\d/.test(signer)) return { value: month.year, source: 'header', quote: `落款 ${tailLines[i]}` }
  }
  return null
}
