/**
 * A heading printed without a number before a plan's first numbered chapter: `总体要求` over the paragraph that
 * sets the year's aims, then `一、全面加强党的建设`. Read as text it is a record of two words, and the paragraph
 * under it a passage of the plan's preamble, cut off from the heading that names it. It heads a chapter of its
 * own, with no number (the plan prints none) and counted before 一 (ordinal 0), so its paragraphs are cited by it
 * (`总体要求 第1段`) and no numbered clause is touched.
 *
 * Such a line is short, no sentence, no marker, not a document's title (`…工作要点`, which a plan without a
 * recognised head may still carry) and not set in brackets (`（2024年2月20日）` under a title); the text above it
 * has ended, and prose stands under it: a paragraph that ends a sentence. Only lines before the first numbered
 * line count, and only in a plan that numbers its chapters: in one that does not, a title over prose is read
 * elsewhere (unnumbered-headings.ts, styled-headings.ts) or not at all.
 * Pure: the body's numbering in, the indices of the lead headings (in its lines) out.
 */
import type { LineNumbering } from './plan-levels.js'
import { isTitleLike } from './title-line.js'
import { isTitleLine } from './unnumbered-headings.js'

/** How a finished sentence ends: the prose under a heading. */
const SENTENCE_END = /[。；;！!？?…”」』]$/

export function leadHeadings(numbering: Pick<LineNumbering, 'lines' | 'markers' | 'roles'>): Set<number> {
  const found = new Set<number>()
  const firstMarked = Math.min(...numbering.markers.keys())
  const first = numbering.markers.get(firstMarked)
  if (!first || numbering.roles.get(first.kind) !== 'chapter') return found
  for (let i = 0; i + 1 < firstMarked; i++) {
    const line = numbering.lines[i].trim()
    const below = numbering.lines[i + 1].trim()
    if (!isTitleLine(numbering.lines, i) || isTitleLike(line) || !/^\p{Script=Han}/u.test(line)) continue
    if (isTitleLine(numbering.lines, i + 1) || !SENTENCE_END.test(below)) continue
    found.add(i)
  }
  return found
}
