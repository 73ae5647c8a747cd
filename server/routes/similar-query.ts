/**
 * The question "similar clauses" asks for a heading-only clause. Its stored vector embeds a bare title with
 * its chapter, which sits near other bare titles and clauses of neighbouring topics (加强教育督导 found five
 * 依法治教 clauses); asked as a retrieval query with its chapter as context, and with its own words counting
 * in hybrid mode, it finds the 督导 clauses of other plans. The plan title was tried as context too and left
 * out: 县2024年教育体育工作要点 pulled in plan overviews (加强和改进劳动教育 lost 强化劳动和生态文明教育).
 */
import type { ClauseRecord } from '../../indexer/types.js'

/** `6.`, `（一）`, `一、` at the start: numbering, which says nothing about the content. */
const LEADING_MARKER = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+\s*[.．、])\s*/

export function headingOnlyContext(clause: ClauseRecord): string {
  const heading = clause.heading.replace(LEADING_MARKER, '').trim()
  const chapter = clause.chapter?.title.replace(LEADING_MARKER, '').trim()
  const context = [chapter].filter((s): s is string => Boolean(s))
  return context.length > 0 ? `${heading}（${context.join('，')}）` : heading
}
