/**
 * A plan's title a PDF or a centred layout broke over two lines (`2025年全市教育工作` over `要点`), neither of which
 * reads as a title alone. The metadata reader joins such halves for the title (find-title.ts), but the plan splitter
 * looked for one title line: finding none, it started the body at the first line, and both halves were the plan's
 * first passages. Only two short lines with no sentence in them, above the first numbered line, whose join reads as
 * a title and whose second half does not open with a marker.
 * Pure: lines in, the index of the title's last line and the joined title out, or null.
 */
import { readLineMarker } from './line-markers.js'
import { isTitleLike } from './title-line.js'

const SENTENCE = /[。；;！!？?，,：:]/

export function brokenTitle(lines: string[], limit: number): { line: number; title: string } | null {
  for (let i = 0; i + 1 < limit; i++) {
    const [first, second] = [lines[i].trim(), lines[i + 1].trim()]
    if (!first || !second || SENTENCE.test(first) || SENTENCE.test(second)) continue
    if (readLineMarker(first) !== null || readLineMarker(second) !== null) continue
    if (isTitleLike(first) || isTitleLike(second) || !isTitleLike(first + second)) continue
    return { line: i + 1, title: first + second }
  }
  return null
}
