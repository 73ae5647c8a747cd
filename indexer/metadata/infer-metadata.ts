/**
 * Infers a plan's metadata from its head (letterhead, 文号, notice, title), its page's header fields, its
 * signature and its body, recording for each value where it came from (`--explain` prints it) and
 * warning when a value came from a fallback or was not found.
 *
 * Sources, in order of trust:
 * - title: the document's own title line (joined when broken), else the title inside an 印发…的通知
 *   wrapper, else a 标题 field, else a first line that could be one (warned);
 * - 文号: a 文号 field, else a number standing alone in the head — never one the text cites;
 * - year: the title, else the own 文号, else the signing date, else the own publish date (never a
 *   mirror's timestamp, an upload date or a year the body mentions), a file's creation date (OFD DocInfo) last;
 *   never a 版记's print date, which dates a plan printed in December in the year before its own;
 * - city, province, level: the issuer's name, the title, the body's place names (see infer-place.ts).
 * Patterns are written in simplified characters; a traditional document is read through a simplified copy
 * and keeps its own title for display.
 */
import { toSimplified } from '../normalize.js'
import type { Evidence, PlanMetadata, PlanRecord, PlanWarning } from '../types.js'
import { docNumberFromField, findOwnDocNumber, isDocNumberLine } from './doc-number.js'
import { findIssuer, ISSUER_FIELDS, ORGANISATION, TITLE_ISSUER } from './find-issuer.js'
import { findMonthYear, findPrintDate, findPublishDate, findSignDate, isSignatureDateLine } from './document-dates.js'
import { findTitle, flattenedTitle, titleLinesAbove, type TitleFinding } from './find-title.js'
import { placeInName } from './gazetteer.js'
import { closeUp, planYearIn } from './head-text.js'
import { inferPlace } from './infer-place.js'
import { isSchoolName } from './school-issuer.js'
import { jointSignatureNames } from '../structure/joint-signature.js'

export interface MetadataInput {
  /**
   * The title the structure splitter read: for a plan of a compilation, its table-of-contents title, used as
   * is. A single document's title is read from its head lines (which hold the splitter's title line too).
   */
  title: string | null
  /** True for a plan of a compilation (汇编): its title is the splitter's, its head the notice printed before it (if any). */
  inCompilation?: boolean
  /** Label/value fields of the page or header (发布机构, 发文日期, 文号, 来源 …), as written. */
  fields: Record<string, string>
  /** Lines before the plan's first numbered line: letterhead, 文号, notice, title, addressees, dates. As written. */
  headLines: string[]
  /** Lines of the body that may sign it (issuer, date), the last ones last. As written. */
  tailLines: string[]
  /** Plan text (body and outline) for place names. */
  bodyText: string
}

export type MetadataEvidence = PlanRecord['metadataEvidence']

export interface InferredMetadata {
  /** `title` is '' when nothing in the document reads as a title (the caller names the plan otherwise). */
  metadata: PlanMetadata
  evidence: MetadataEvidence
  warnings: PlanWarning[]
  /** Values seen and not taken, with the reason: for `--explain`. */
  notes: string[]
}

export function inferMetadata(input: MetadataInput): InferredMetadata {
  const evidence: MetadataEvidence = {}
  const warnings: PlanWarning[] = []
  const notes: string[] = []
  const set = <K extends keyof PlanMetadata>(key: K, ev: Evidence<PlanMetadata[K]> | null): PlanMetadata[K] | null => {
    if (!ev || ev.value === null) return null
    ;(evidence as Record<string, unknown>)[key] = ev
    return ev.value
  }
  const fields = Object.fromEntries(Object.entries(input.fields).map(([k, v]) => [toSimplified(k), toSimplified(v).trim()]))
  // A joint signature's bodies are read one by one (joint-signature.ts), before closing up runs them together.
  const head = input.headLines.flatMap(signers).map((l) => closeUp(toSimplified(l)))
  const tail = input.tailLines.flatMap(signers).map((l) => closeUp(toSimplified(l)))

  const titleFinding = input.inCompilation ? compilationTitle(input.title) : findTitle(input.headLines, input.fields) ?? flattenedTitle(input.headLines)
  const title = titleFinding?.title ?? ''
  const simpleTitle = toSimplified(title)
  set('title', titleFinding ? { value: title, source: titleSource(titleFinding), quote: titleFinding.quote } : null)
  if (titleFinding?.source === 'first-line') {
    warnings.push({ code: 'title_fallback', message: `没有找到标题行，标题取自文首的“${title}”，请核对` })
  }

  const issuerEvidence = findIssuer(fields, head, tail, simpleTitle)
  const issuer = set('issuer', issuerEvidence)
  const docNumber = set('docNumber', findDocNumber(fields, head, tail))
  const validity = set('validity', fields['效力状态'] ? { value: fields['效力状态'], source: 'header' } : null)
  const signEvidence = findSignDate(fields, head, tail)
  const signDate = set('signDate', signEvidence) ?? null

  // A title naming no year is dated by a title line above it that does (a page's window title over its heading).
  const titleYear = titleYearOf(simpleTitle, titleFinding ? titleLinesAbove(input.headLines, titleFinding) : [])
  const docYear = docNumber ? Number(/〔(\d{4})〕/.exec(docNumber)?.[1] ?? NaN) || null : null
  const published = findPublishDate({
    fields,
    signDate,
    documentYear: titleYear?.year ?? docYear,
    title: simpleTitle,
    governmentPage: isGovernmentPage(fields, issuerEvidence, head, simpleTitle),
  })
  if (published.rejected) notes.push(`publish date not taken: ${published.rejected}`)
  // A 版记's print date dates a plan that is dated nowhere else, before what the file says of itself.
  const signed = signEvidence ? { ...signEvidence, quote: `落款 ${signEvidence.quote}` } : null
  const printed = published.date || signed ? null : findPrintDate(tail)
  const publishDate = set('publishDate', published.date ?? signed ?? printed ?? createdDate(fields, titleYear?.year ?? docYear, simpleTitle))

  // The print date is when the office printed the plan, not the year it is for: 2024年12月28日印发 prints a 2025 plan.
  // A plan dated by the month alone (under its title or its signer) is of that month's year, when nothing else dates it.
  // A plan signed in December with no year in its title is for the year after (findYear).
  const year = set('year', findYear(titleYear, docNumber, evidence.signDate ?? (printed ? undefined : evidence.publishDate), simpleTitle) ?? findMonthYear(head, tail))
  if (year === null) warnings.push({ code: 'year_missing', message: '没有找到年份：标题、文号和落款日期都没有写明' })

  const place = inferPlace(issuer, simpleTitle, toSimplified(input.bodyText))
  const city = set('city', place.city)
  const province = set('province', place.province)
  // A school's own plan is the school's (校级), whatever its place's level: 市 lists the plans of city governments.
  const level = set('level', issuerEvidence && isSchoolName(issuerEvidence.value) ? { value: '校', source: issuerEvidence.source, quote: issuerEvidence.value } : place.level)

  return {
    metadata: { title, issuer, city, province, level, year, publishDate, docNumber, validity, signDate },
    evidence,
    warnings,
    notes,
  }
}

/**
 * The date a file says it was made (an OFD's DocInfo CreationDate, read-ofd.ts): the last fallback for a document
 * that neither dates its signature nor is dated by its page, believed only in the document's year as a page's is.
 */
function createdDate(fields: Record<string, string>, documentYear: number | null, title: string): Evidence<string> | null {
  const raw = fields['创建日期']
  if (!raw) return null
  const { date } = findPublishDate({ fields: { 发布日期: raw }, signDate: null, documentYear, title, governmentPage: true })
  return date && { ...date, quote: `创建日期:${raw}` }
}

function signers(line: string): string[] {
  return jointSignatureNames(line) ?? [line]
}

function compilationTitle(title: string | null): TitleFinding | null {
  return title ? { title, source: 'title-line', quote: title } : null
}

function titleSource(finding: TitleFinding): Evidence<string>['source'] {
  if (finding.source === 'field') return 'header'
  return finding.source === 'first-line' ? 'inferred' : 'title'
}


/**
 * A newspaper or a broadcaster (`嘉兴日报`, `XX融媒体中心`) as a page's 来源: the page is a news report of the plan,
 * on the bureau's site or the paper's own, and dates the report the days the plan came out; never a mirror's `网络`.
 */
const PRESS = /(日报|晚报|商报|报社|新闻网|电视台|广播电视台|融媒体中心|新闻中心)$/

/** A government body's name: a bureau, department, commission, government or its office (not a school or a centre). */
const GOVERNMENT_BODY = /(局|厅|委员会|教委|人民政府|政府|办公室|办公厅)$/

/**
 * Whether the page is a government body's own, so that its 发布日期 may be the document's: it has a 索引号, its
 * 来源/发布机构 field names an organisation, or (with no such field naming anything else, as a mirror's `来源：网络`
 * does) its title or head names the issuer, a government body with its place (`新乡市教育局2024年工作要点`
 * in the page's banner). The title counts though the signature under the plan named the issuer.
 */
function isGovernmentPage(fields: Record<string, string>, issuer: Evidence<string> | null, head: string[], title: string): boolean {
  if (fields['索引号']) return true
  const named = ISSUER_FIELDS.filter((k) => fields[k])
  if (named.length > 0) return named.some((k) => ORGANISATION.test(fields[k]) || PRESS.test(fields[k]))
  const titled = TITLE_ISSUER.exec(title)?.[1]
  if (titled && GOVERNMENT_BODY.test(titled) && placeInName(titled)) return true
  if (!issuer || !GOVERNMENT_BODY.test(issuer.value) || !placeInName(issuer.value)) return false
  return issuer.source === 'title' || (issuer.quote !== undefined && head.includes(issuer.quote))
}

function findDocNumber(fields: Record<string, string>, head: string[], tail: string[]): Evidence<string> | null {
  const field = fields['文号'] ? docNumberFromField(fields['文号']) : null
  if (field) return { value: field, source: 'header', quote: `文号:${fields['文号']}` }
  const own = findOwnDocNumber(head) ?? signedDocNumber(tail)
  if (own) return { value: own.value, source: 'header', quote: own.quote }
  // A Word file's page header (read-docx.ts) is printed furniture, not the body: its 文号 counts only where the body has none.
  const printed = fields['页眉文号'] ? docNumberFromField(fields['页眉文号']) : null
  return printed ? { value: printed, source: 'header', quote: `页眉:${fields['页眉文号']}` } : null
}

/**
 * A plan a site posts as its text, its 文号 printed under the signature at the end (`莒县教育和体育局` / `2024年2月26日` /
 * `莒教体发〔2024〕3号`): a number alone on its line below the signature's date is the plan's own; above it, such a
 * line may be a clause's.
 */
function signedDocNumber(tail: string[]): { value: string; quote: string } | null {
  const signed = tail.findLastIndex(isSignatureDateLine)
  if (signed === -1) return null
  const line = tail.slice(signed + 1).find(isDocNumberLine)
  const value = line ? docNumberFromField(line) : null
  return line && value ? { value, quote: line } : null
}

function titleYearOf(title: string, above: string[]): { year: number; quote: string } | null {
  for (const line of [title, ...above.map(toSimplified)]) {
    const found = planYearIn(line)
    if (found) return { year: found.year, quote: line }
  }
  return null
}

/** A title of a plan for the time after it is signed (`…工作要点`, `…工作计划（试行）`), not of a term's. */
const PLANS_AHEAD = /(要点|计划|安排)(?:[（(][^（）()]*[)）])?$/

function findYear(
  titleYear: { year: number; quote: string } | null,
  docNumber: string | null,
  date: Evidence<string | null> | undefined,
  title: string,
): Evidence<number> | null {
  if (titleYear) return { value: titleYear.year, source: 'title', quote: titleYear.quote }
  const signed = date?.value ?? null
  // Signed in December, a plan whose title names no year plans the year to come (`2023年12月28日` for 2024); its 文号
  // is numbered in the year it was signed.
  const ahead = signed !== null && signed.slice(5, 7) === '12' && PLANS_AHEAD.test(title) && !/学期|学年/.test(title)
  const signedYear = signed ? Number(signed.slice(0, 4)) : null
  const fromNumber = docNumber ? /〔(\d{4})〕/.exec(docNumber) : null
  if (fromNumber) {
    const numbered = Number(fromNumber[1])
    if (ahead && signedYear === numbered) return { value: numbered + 1, source: 'inferred', quote: `文号 ${docNumber}, ${date!.quote ?? signed}` }
    return { value: numbered, source: 'header', quote: `文号 ${docNumber}` }
  }
  if (signedYear !== null) return { value: signedYear + (ahead ? 1 : 0), source: 'inferred', quote: date!.quote ?? signed! }
  return null
}
