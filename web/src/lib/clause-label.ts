/** How clause positions and plan metadata are written in the UI. */
import type { ChapterRef } from '../../../indexer/types.js'
import { chapterHeadingInPart, chapterLead } from '../../../indexer/structure/chapter-number.js'

/** `六、深化改革`; `第二部分 一、加强党的全面领导` in a plan in parts whose chapters start again. */
export function chapterLabel(chapter: ChapterRef | null): string {
  return chapter ? chapterHeadingInPart(chapter) : ''
}

/** What stands before a clause's number: `六、`, `第一章`, `附件1` (a chapter word takes no 、), a title, or nothing. */
export function chapterPrefix(chapter: ChapterRef | null): string {
  return chapter ? chapterLead(chapter) : ''
}

/** What a clause's place in its chapter is read from: the fields every clause shape (hit, clause, compared row) has. */
export interface ClausePlace {
  number: number | null
  paragraph?: number
  headingOnly?: boolean
}

/**
 * `第6条`; `第2段` for a paragraph of a chapter without numbered clauses (its place there: the document prints no
 * number for it, server/citation.ts cites it so too); `仅有标题` for a heading printed with nothing under it, which is
 * no paragraph; `段落` for any other passage (preamble, chapter introduction).
 */
export function numberLabel({ number, paragraph, headingOnly }: ClausePlace): string {
  if (headingOnly) return '仅有标题'
  if (number !== null) return `第${number}条`
  return paragraph !== undefined ? `第${paragraph}段` : '段落'
}

export function placeLabel(city: string | null, province: string | null): string {
  if (city && province && !city.startsWith(province)) return `${province} ${city}`
  return city ?? province ?? '地区未注明'
}

export function yearLabel(year: number | null): string {
  return year === null ? '年份未知' : `${year}年`
}

/** A link to the clause page that keeps the query so its terms stay marked. */
export function clauseLink(id: string, q?: string): { path: string; query?: { q: string } } {
  const path = `/c/${encodeURIComponent(id)}`
  return q ? { path, query: { q } } : { path }
}

export function absoluteClauseUrl(id: string, q?: string): string {
  const url = new URL(`/c/${encodeURIComponent(id)}`, window.location.origin)
  if (q) url.searchParams.set('q', q)
  return url.toString()
}
