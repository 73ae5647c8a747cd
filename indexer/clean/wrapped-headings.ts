/**
 * A chapter or section heading a hard-wrapped text broke at its width (`一、坚持党建引领，全面加强党对教育工` /
 * `作的全面领导`): a heading takes no line after it (join-lines.ts), so its tail stood as a passage of its own and
 * the chapter was titled by half its words. Where a text is wrapped, most of its broken lines stop at one width;
 * a heading that reaches that width and runs on into a short line with no number and no sentence in it goes on there.
 * A body line cut at that width (`cutAtWidth`) goes on too, though the piece after it is as short as a title (join-lines.ts).
 */
import { readLineMarker } from '../structure/line-markers.js'

const SENTENCE_END = /[。！？；：…!?;:]$/
const PUNCTUATION = /[，,。；;：:！!？?]/
/** Fewer broken lines than this at one width prove no wrapping. */
const MIN_WRAPPED = 3
const MIN_SHARE = 0.25
/** How far short of the width a line may stop: a wrap avoids splitting a pair of digits or a closing mark. */
const SLACK = 1.5

/** A line's printed width: a CJK character 1, an ASCII one 1/2. */
export function width(line: string): number {
  let w = 0
  for (const ch of line) w += ch.charCodeAt(0) < 0x80 ? 0.5 : 1
  return w
}

/** The width a text was wrapped at, or null when its lines are paragraphs (few lines stop mid-sentence at one width). */
export function wrapWidth(lines: string[]): number | null {
  const counts = new Map<number, number>()
  let broken = 0
  for (const line of lines) {
    if (line.length < 12 || SENTENCE_END.test(line)) continue
    broken++
    const w = width(line)
    counts.set(w, (counts.get(w) ?? 0) + 1)
  }
  let best: number | null = null
  let bestCount = 0
  for (const [w, n] of counts) if (n > bestCount || (n === bestCount && best !== null && w > best)) [best, bestCount] = [w, n]
  return best !== null && bestCount >= MIN_WRAPPED && bestCount >= broken * MIN_SHARE ? best : null
}

/** Whether `next` is the rest of the heading `previous` that the wrap at `wrap` broke. */
export function headingWrapsOnto(previous: string, next: string, wrap: number): boolean {
  const marker = readLineMarker(previous)
  if (!marker || (marker.kind !== 'chapter' && marker.kind !== 'section')) return false
  if (SENTENCE_END.test(previous) || /[。！？；!?;]/.test(marker.rest)) return false
  if (width(previous) < wrap - SLACK || readLineMarker(next) !== null) return false
  return !PUNCTUATION.test(next) && width(next) < wrap - SLACK
}

/** Whether a line reaches the width `wrap` the text was wrapped at and stops mid-sentence: the wrap cut it there. */
export function cutAtWidth(line: string, wrap: number): boolean {
  return width(line) >= wrap - SLACK && !SENTENCE_END.test(line)
}
