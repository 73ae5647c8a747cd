/**
 * Text set wide: a blank line after every printed line, as some PDF-to-text exports and web pages give a plan
 * (`…坚持以习近平新时代中国特色社会` / `` / `主义思想为指导，…加快建设` / `` / `教育强市。`). Elsewhere a blank line is a
 * paragraph break the author made, and a line after one never joins the line above; here the blank lines say
 * nothing, and each paragraph stayed one passage a printed line, cut mid-word.
 *
 * Such a blank line is crossed where the line above it was wrapped: a long line (no title, no signature), standing
 * after a blank line itself (the spacing runs through), that stops mid-sentence, either where no sentence can stop
 * (after ， 、 “ 《) or at the width another such line stops at (two printed lines cut at one width). A paragraph the
 * author left without its full stop, in a text with a blank line between paragraphs, is one such line at a width of
 * its own, and stays apart. Whether the two lines then join is still the joiner's to say (join-lines.ts: no heading,
 * no numbered line, no title).
 * Pure: the kept lines in, the indexes of the lines whose blank line above breaks no paragraph out.
 */
import { OPEN_END, SENTENCE_FINAL } from './join-lines.js'
import { width } from './wrapped-headings.js'

/** A printed line this long that stops mid-sentence was wrapped (join-lines.ts MIN_WRAPPED_LINE). */
const MIN_WRAPPED_LINE = 20
const CLOSING_QUOTES = /[”’」』》"']+$/
/** A line ending in a bracket closes a remark (（责任单位：…）), complete as join-lines.ts reads it. */
const CLOSING_BRACKET = /[)）】\]]$/
/** Two printed lines of one width may differ by a character a wrap would not split (a pair of digits, a closing mark). */
const SLACK = 1

export function spacedLineBreaks(kept: { line: string; afterBreak: boolean; laidOut?: boolean }[]): Set<number> {
  const candidates: { k: number; width: number; open: boolean }[] = []
  for (let k = 1; k < kept.length; k++) {
    const [above, line] = [kept[k - 1], kept[k]]
    if (!line.afterBreak || line.laidOut || above.laidOut || (k > 1 && !above.afterBreak)) continue
    const text = above.line.trim()
    if ([...text].length < MIN_WRAPPED_LINE || CLOSING_BRACKET.test(text) || SENTENCE_FINAL.test(text.replace(CLOSING_QUOTES, ''))) continue
    candidates.push({ k, width: width(text), open: OPEN_END.test(text) })
  }
  const atSharedWidth = (c: (typeof candidates)[number]) => candidates.some((o) => o !== c && Math.abs(o.width - c.width) <= SLACK)
  return new Set(candidates.filter((c) => c.open || atSharedWidth(c)).map((c) => c.k))
}
