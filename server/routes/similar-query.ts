/**
 * The question "similar clauses" asks for a heading-only clause. Its stored vector embeds a bare title with
 * its chapter, which sits near other bare titles and clauses of neighbouring topics (加强教育督导 found five
 * 依法治教 clauses); asked as a retrieval query with its chapter as context, and with its own words counting
 * in hybrid mode, it finds the 督导 clauses of other plans. The plan title was tried as context too and left
 * out: 县2024年教育体育工作要点 pulled in plan overviews (加强和改进劳动教育 lost 强化劳动和生态文明教育).
 */
import { stripLeadingMarker } from '../../indexer/structure/line-markers.js'
import type { ClauseRecord } from '../../indexer/types.js'

export function headingOnlyContext(clause: ClauseRecord): string {
  const heading = stripLeadingMarker(clause.heading)
  const chapter = clause.chapter ? stripLeadingMarker(clause.chapter.title) : undefined
  // A chapter's own heading-only record is headed by the chapter's title: asked in its chapter it would read 推进改革（推进改革）.
  const context = [chapter].filter((s): s is string => Boolean(s) && s !== heading)
  return context.length > 0 ? `${heading}（${context.join('，')}）` : heading
}
