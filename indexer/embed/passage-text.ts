/**
 * The text a clause is embedded as. A clause alone often says "加强管理" without saying of what; the chapter
 * and section titles carry that, so they go first as short context. The body is cut to fit the model's window
 * (512 tokens, about one token per Chinese character), at a sentence end where one is near.
 */
import type { ClauseRecord } from '../types.js'

export const defaultPassageOptions = {
  /** Characters in the whole passage; below the 512-token window, leaving room for [CLS]/[SEP] and Latin word pieces. */
  maxChars: 480,
  /** Characters kept of each context title (chapter, section), so long titles cannot crowd out the clause. */
  maxContextChars: 60,
  /** A cut moves back to the last 。；！？ when that keeps at least this share of the budget. */
  sentenceCutShare: 0.6,
}
export type PassageOptions = typeof defaultPassageOptions

/** `6.`, `（一）`, `一、`, `(3)` at the start of a clause: numbering, which says nothing about the content. */
const LEADING_MARKER = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+\s*[.．、])\s*/

function stripMarker(text: string): string {
  return text.replace(LEADING_MARKER, '').trim()
}

/** Cuts `text` to `max` characters, preferring to end on a sentence end. */
export function cutToLength(text: string, max: number, sentenceCutShare = defaultPassageOptions.sentenceCutShare): string {
  if (text.length <= max) return text
  const head = text.slice(0, max)
  const lastEnd = Math.max(...['。', '；', ';', '！', '？'].map((p) => head.lastIndexOf(p)))
  return lastEnd + 1 >= max * sentenceCutShare ? head.slice(0, lastEnd + 1) : head
}

export function passageText(clause: ClauseRecord, options: PassageOptions = defaultPassageOptions): string {
  const context = [clause.chapter?.title, clause.section]
    .map((t) => (t ? cutToLength(stripMarker(t), options.maxContextChars) : ''))
    .filter((t) => t.length > 0)
  const body = stripMarker(clause.text)
  const heading = stripMarker(clause.heading)
  // The heading is usually the clause's first sentence; repeating it would only spend the window twice.
  const main = !body ? heading : heading && !body.includes(heading) ? `${heading}。${body}` : body
  const prefix = context.length > 0 ? `${context.join('；')}\n` : ''
  return prefix + cutToLength(main, Math.max(0, options.maxChars - prefix.length), options.sentenceCutShare)
}
