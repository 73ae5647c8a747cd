/**
 * A heading printed without a number before a plan's first numbered chapter: `总体要求` over the paragraph that
 * sets the year's aims, then `一、全面加强党的建设`. Read as text it is a record of two words, and the paragraph
 * under it a passage of the plan's preamble, cut off from the heading that names it. It heads a chapter of its
 * own, with no number (the plan prints none) and counted before 一 (ordinal 0), so its paragraphs are cited by it
 * (`总体要求 第1段`) and no numbered clause is touched.
 *
 * Such a line is short, no sentence, no marker, not a document's title (`…工作要点`, which a plan without a
 * recognised head may still carry) and not set in brackets (`（2024年2月20日）` under a title); the text above it
 * has ended, and prose stands under it: a paragraph that ends a sentence. Only unnumbered lines before the first
 * chapter line count (a year's review may number its items above it: `2023年工作回顾` over its paragraph and
 * 1.–3.), and only in a plan that numbers its chapters: in one that does not, a title over prose is read
 * elsewhere (unnumbered-headings.ts, styled-headings.ts) or not at all.
 * Pure: the body's numbering in, the indices of the lead headings (in its lines) out.
 */
import type { LineNumbering } from './plan-levels.js'
import { isTitleLike } from './title-line.js'
import { isTitleLine } from './unnumbered-headings.js'

/** How a finished sentence ends: the prose under a heading. */
const SENTENCE_END = /[。；;！!？?…”」』]$/

export function leadHeadings(numbering: Pick<LineNumbering, 'lines' | 'markers' | 'roles'>, titles: ReadonlySet<number> = new Set()): Set<number> {
  const found = new Set<number>()
  const firstChapter = firstChapterLine(numbering, titles)
  if (firstChapter < 0) return found
  for (let i = 0; i + 1 < firstChapter; i++) {
    if (numbering.markers.has(i)) continue
    const line = numbering.lines[i].trim()
    const below = numbering.lines[i + 1].trim()
    // `2023年工作回顾` opens with its year.
    if (!isTitleLine(numbering.lines, i) || isTitleLike(line) || !/^(\p{Script=Han}|\d{4}年|【[^【】]+】$)/u.test(line)) continue
    if (isTitleLine(numbering.lines, i + 1) || !SENTENCE_END.test(below)) continue
    found.add(i)
  }
  return found
}

/**
 * The line right above chapter 一 that titles what follows it when the text before it is a part of its own: a
 * year's review over its numbered items (`2023年工作回顾` … `3.教师队伍建设取得新进展。…`), then `2024年工作要点`
 * over 一、. Read as text it would run into the review's last item; it is a part's title, text of its own under
 * no chapter, as a printed `第二部分 2024年工作要点` is. Only after numbered text, and short, no sentence, no marker.
 */
export function partTitleBeforeChapters(numbering: Pick<LineNumbering, 'lines' | 'markers' | 'roles'>): number | null {
  const firstChapter = firstChapterLine(numbering)
  const i = firstChapter - 1
  if (i < 1 || numbering.markers.has(i) || ![...numbering.markers.keys()].some((k) => k < i)) return null
  if (!isTitleLine(numbering.lines, i) || !/^(\p{Script=Han}|\d{4}年)/u.test(numbering.lines[i].trim())) return null
  return i
}

/** The first line a chapter marker opens, or a chapter title alone (unnumbered-headings.ts), or -1. */
function firstChapterLine(numbering: Pick<LineNumbering, 'markers' | 'roles'>, titles: ReadonlySet<number> = new Set()): number {
  const chapters = [...numbering.markers.entries()].filter(([, m]) => numbering.roles.get(m.kind) === 'chapter').map(([i]) => i)
  const starts = [...chapters, ...titles]
  return starts.length ? Math.min(...starts) : -1
}
