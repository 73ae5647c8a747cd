/**
 * One citation standard, used by every output (copy button, clause page, CSV/JSON export, API):
 *
 *   作者《标题》（文号，发布日期，收录于《汇编》第k篇）章、（节）第n条
 *
 * - 作者: the issuer, else the city, else the anonymised body the title opens with (indexer/plan-identity.ts);
 *   left out when none is known.
 * - The parenthesis holds what is known of 文号, publish date (`2023年3月15日`) and, for a plan of a
 *   compilation, the compilation and position; it is left out when nothing is known.
 * - The chapter is always named (`六、第25条`). The section marker is added when numbering restarts in
 *   every section of a chapter (`一、（二）第3条`). A passage (preamble, chapter introduction) is cited
 *   by its chapter (`二、坚持…`, after its part where chapters start again in each part), or by the plan alone
 *   before the first chapter; a heading printed with nothing under it as the heading it is (`二、推进改革`,
 *   `一、（二）深化改革`). A paragraph of a chapter without numbered clauses is cited by its place there
 *   (`第一章第2段`, `三、第1段`, `第二章第一节第2段`): the document prints no number for it, so none is invented
 *   (indexer/structure/paragraphs.ts).
 *
 * `江门市教育局《江门市教育局2023年工作要点》（江教办〔2023〕5号，2023年3月15日）六、第25条`
 */
import type { ClauseRecord, PlanRecord } from '../indexer/types.js'
import { bareTitle, compilationNote, planAuthor } from '../indexer/plan-identity.js'
import { chapterHeadingInPart, chapterLead } from '../indexer/structure/chapter-number.js'

/** What a citation takes from the plan. */
export interface CitedPlan {
  /** The plan's display name (unique in the index), for lists that name a clause's plan. */
  displayName: string
  author: string | null
  title: string
  docNumber: string | null
  /** ISO `YYYY-MM-DD`. */
  publishDate: string | null
  /** `《教育和体育局2024年工作要点汇编(7篇)》第5篇`, null for a plan that is its own file. */
  compilation: string | null
  /** The compilation's bare title, for the GB/T form. */
  compilationTitle: string | null
}

export interface NumberingScheme {
  /** Clause numbers repeat across chapters. The chapter is named anyway; kept for readers of the scheme. */
  chapter: boolean
  /** Clause numbers repeat across sections of one chapter: the section marker is named too. */
  section: boolean
}

export interface CitationScheme extends NumberingScheme {
  plan: CitedPlan
}

const SECTION_MARKER = /^\s*([（(][一二三四五六七八九十百零〇]+[）)]|第[一二三四五六七八九十百零〇两]+[节節])/

/** The marker of a section title: `（一）实施…` gives `（一）`, `第一节总体要求` `第一节`; null when the title has none. */
export function sectionMarker(section: string | null): string | null {
  if (!section) return null
  const m = SECTION_MARKER.exec(section)
  return m ? m[1].replace('(', '（').replace(')', '）') : null
}

/** Decides, from every record of one plan, where numbering restarts. */
export function citationScheme(planClauses: readonly ClauseRecord[]): NumberingScheme {
  const chapterOf = new Map<number, string>()
  const sectionOf = new Map<string, string>()
  let chapter = false
  let section = false
  for (const c of planClauses) {
    if (c.number === null) continue
    // A chapter headed by its title alone has no number: its title tells it apart.
    const chapterKey = c.chapter ? `${c.chapter.number}\u0000${c.chapter.title}` : ''
    const seenChapter = chapterOf.get(c.number)
    if (seenChapter === undefined) chapterOf.set(c.number, chapterKey)
    else if (seenChapter !== chapterKey) chapter = true

    const inChapter = `${chapterKey}\u0000${c.number}`
    const sectionKey = c.section ?? ''
    const seenSection = sectionOf.get(inChapter)
    if (seenSection === undefined) sectionOf.set(inChapter, sectionKey)
    else if (seenSection !== sectionKey) section = true
  }
  return { chapter, section }
}

export function citedPlan(plan: PlanRecord): CitedPlan {
  return {
    displayName: plan.displayName,
    author: planAuthor(plan),
    title: bareTitle(plan.title),
    docNumber: plan.docNumber,
    publishDate: plan.publishDate,
    compilation: compilationNote(plan.source.partOf),
    compilationTitle: plan.source.partOf ? bareTitle(plan.source.partOf.title) : null,
  }
}

/** When the plan record cannot be read, the clause's own copy of the plan's facets. */
export function citedPlanOfClause(clause: ClauseRecord): CitedPlan {
  return { displayName: clause.planTitle, author: clause.city, title: bareTitle(clause.planTitle), docNumber: null, publishDate: null, compilation: null, compilationTitle: null }
}

/** `2023-03-15` → `2023年3月15日`. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/**
 * Where in the plan: `六、第25条`, `一、（二）第3条`, `第3条`, `第1.2.1条` (a decimal outline), `第一章第2段` (a
 * paragraph), `二、坚持…` (a passage), `一、（二）深化改革` (a section's heading alone), or '' (the preamble).
 */
export function clauseLocation(clause: ClauseRecord, scheme: NumberingScheme): string {
  const chapter = clause.chapter
  if (clause.number === null && clause.paragraph !== undefined && chapter) {
    // Paragraphs are counted again in each section, so the section is always named.
    return `${chapterLead(chapter)}${sectionMarker(clause.section) ?? ''}第${clause.paragraph}段`
  }
  if (clause.number === null && clause.headingOnly && clause.section) return sectionHeading(chapter, clause.section)
  if (clause.number === null) return chapter ? chapterHeadingInPart(chapter) : ''
  const decimal = decimalNumber(clause)
  if (decimal) return `第${decimal}条`
  let where = chapter ? chapterLead(chapter) : ''
  const marker = scheme.section ? sectionMarker(clause.section) : null
  if (marker) where += marker
  return `${where}第${clause.number}条`
}

/**
 * A section's heading printed with nothing under it (its heading-only record) is cited as the section it is, its
 * chapter's lead then the section as printed: `一、（二）深化改革`, `第一部分（二）…`, `第一章第二节深化改革`. Cited by its
 * chapter alone it would read as that chapter's introduction. A section without a marker follows its chapter's whole
 * heading, which `一、` and a bare title would not tell apart from a chapter's.
 */
function sectionHeading(chapter: ClauseRecord['chapter'], section: string): string {
  if (!chapter) return section
  return sectionMarker(section) ? `${chapterLead(chapter)}${section}` : `${chapterHeadingInPart(chapter)} ${section}`
}

/**
 * A decimal outline number opening a clause's text: `1.2.1`, `3.2`, its stops all alike. Not a figure with its unit
 * written on (`1.5万名`, `2.5小时`), nor a clause's own number before one (`5．2.5小时`: clause 5 on 2.5 hours, not 5.2.5).
 * A single character after the number is no unit: 1.2 人工智能, 2.3名师名校长培养, 3.1项目化学习 are headings.
 */
const DECIMAL_LEAD = /^\s*(\d+(?:([.．])\d+)(?:\2\d+)*)(?![.．]?\d|[万亿%％倍]|小时|分钟|公里|平方|学时|课时)/u

/**
 * The number a clause of a decimal outline prints (`1.2.1`), when its text opens with one that ends in the
 * clause's number and starts with its chapter's: it names chapter and section too, which `1、第1条` cannot
 * (1.1.1 and 1.2.1 are both the first clause of chapter 1).
 */
export function decimalNumber(clause: Pick<ClauseRecord, 'number' | 'text' | 'chapter'>): string | null {
  const m = DECIMAL_LEAD.exec(clause.text)
  if (!m || clause.number === null) return null
  const parts = m[1].split(/[.．]/)
  if (Number(parts[parts.length - 1]) !== clause.number) return null
  if (clause.chapter && clause.chapter.number !== parts[0]) return null
  return parts.join('.')
}

export function formatCitation(clause: ClauseRecord, scheme: CitationScheme): string {
  const p = scheme.plan
  const facts = [p.docNumber, p.publishDate && chineseDate(p.publishDate), p.compilation && `收录于${p.compilation}`].filter(Boolean)
  const note = facts.length ? `（${facts.join('，')}）` : ''
  return `${p.author ?? ''}《${p.title}》${note}${clauseLocation(clause, scheme)}`
}
