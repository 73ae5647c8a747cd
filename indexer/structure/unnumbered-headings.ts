/**
 * Chapters a plan heads with their title alone: `加强党的建设` on a line of its own over clauses 1–2, then
 * `推进教育均衡发展` over 3–4 (a web page's bold or <h3> headings, a Word heading style without a list
 * number). Read as text, each title would run into the clause above it. A line is such a title when it is
 * short, no sentence, the text above it has ended and a numbered clause follows it, and when the plan prints
 * its chapters no other way; one such line alone is not a pattern, so at least two are needed.
 * Pure: the body's lines and numbering in, the indices of the title lines out.
 */
import { readLineMarker } from './line-markers.js'
import type { LineNumbering } from './plan-levels.js'

/** Longest title read: chapter titles of 工作要点 run to about 25 characters. */
const MAX_TITLE_CHARS = 30
/** Sentence punctuation a title does not carry (a title may hold a ， or 、 between its two halves). */
const SENTENCE = /[。；;：:！!？?]|[，,、]$/

/** How a finished sentence or clause ends. */
const ENDED = /[。；;！!？?…"”」』）)]$/

export function unnumberedHeadings(numbering: Pick<LineNumbering, 'lines' | 'markers' | 'roles'>): Set<number> {
  const roleAt = (i: number) => {
    const marker = numbering.markers.get(i)
    return marker ? numbering.roles.get(marker.kind) : undefined
  }
  const found = new Set<number>()
  const roles = new Set(numbering.roles.values())
  if (roles.has('chapter') || roles.has('part') || !roles.has('clause')) return found
  numbering.lines.forEach((line, i) => {
    const text = line.trim()
    if (numbering.markers.has(i) || readLineMarker(text) !== null) return
    if ([...text].length > MAX_TITLE_CHARS || !/\p{Script=Han}/u.test(text) || SENTENCE.test(text)) return
    // The text above must have ended: a line a PDF wrapped off a sentence (…深入学习贯彻 / 党的二十大精神) is its tail.
    const above = i > 0 ? numbering.lines[i - 1].trim() : ''
    if (above !== '' && !ENDED.test(above)) return
    const next = roleAt(i + 1)
    if (next === 'clause' || next === 'section') found.add(i)
  })
  return found.size >= 2 ? found : new Set()
}
