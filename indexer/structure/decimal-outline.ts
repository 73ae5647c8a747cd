/**
 * Decimal outline numbering, as some bureaus print their plans and as Word outlines convert: chapters `1 ` or
 * `1.`, then `1.1`, then `1.1.1`. Each number names its whole path, so a candidate is believed only where its
 * path continues the marker above it (`2.3` under chapter 2, `2.3.1` under `2.3`): a quantity (`2.5倍`) or a
 * version (`2.0版`) standing after a sentence end has no such parent.
 */
import { foldDigits } from './numeral-glyphs.js'
import type { MarkerContext, TextMarker } from './numbering.js'

/** `1.1` and `1.1.1`, full stop or full-width stop, ASCII or full-width digits; never part of a longer number. */
const DECIMAL = /([\d０-９]{1,2})[.．]([\d０-９]{1,2})(?:[.．]([\d０-９]{1,2}))?(?![\d０-９.．])/g
/** A decimal number followed by a unit or a percentage is a quantity: `1.5亿元`, `2.0版`, `3.5%`. */
const QUANTITY_AFTER = /^[ \t\u3000\u00a0]*(?:[亿万千百元倍个%％米吨版级分秒小亩]|平方|公顷|公里|公斤|比1|比一|学时|课时|周岁)/
const NOT_BEFORE = /[\d０-９.．:：/\-A-Za-z]/
/** `1 全面加强党的领导`: a top-level number and a space over a short title alone on its line. */
const SPACED_CHAPTER_LINE = /^([\d０-９]{1,2})[ \t\u3000\u00a0]+(?=[^\s。；;：:！？!?]{2,30}$)/
/**
 * `… 1 全面加强党的领导 1.1 深化…`: the same chapter where a PDF's text extraction ran the outline into one line, its
 * title set apart by spaces before the outline's first `1.1` under it.
 */
const SPACED_CHAPTER_RUN_IN = /([\d０-９]{1,2})[ \t\u3000\u00a0]+[^\s。；;：:！？!?\d０-９]{2,30}[ \t\u3000\u00a0]+(?=[\d０-９]{1,2}[.．]1(?![\d０-９]))/g

interface DecimalCandidate {
  depth: 2 | 3
  /** The last part of the number: `2.3` is 3. */
  number: number
  /** The parts before it: `2.3` has [2], `2.3.1` [2, 3]. */
  prefix: number[]
  at: number
  end: number
  label: string
}

interface SpacedChapterCandidate {
  number: number
  at: number
  end: number
  label: string
}

/**
 * The outline's candidate markers in a text, as numbering.ts reads markers: `1.1` (`decimal`), `1.1.1`
 * (`decimal-deep`) and the `1 ` chapters over them (`arabic`). `contextOf` tells where a marker stands; `counts`
 * leaves out those in places that number nothing (a list of attachments, a 专栏 box).
 */
export function decimalMarkers(text: string, contextOf: (at: number) => MarkerContext, counts: (at: number) => boolean): TextMarker[] {
  const decimals = gluedFirsts(findDecimalCandidates(text, contextOf)).filter((d) => counts(d.at))
  if (decimals.length === 0) return []
  const markers: TextMarker[] = decimals.map((d) => ({
    kind: d.depth === 2 ? 'decimal' : 'decimal-deep', number: d.number, prefix: d.prefix, context: contextOf(d.at), at: d.at, end: d.end, label: d.label,
  }))
  for (const s of findSpacedChapters(text, decimals)) markers.push({ kind: 'arabic', number: s.number, context: 'line-start', at: s.at, end: s.end, label: s.label })
  const lineChapters = new Set(markers.filter((m) => m.kind === 'arabic').map((m) => m.at))
  for (const s of findRunInChapters(text, decimals, contextOf)) {
    if (!lineChapters.has(s.at)) markers.push({ kind: 'arabic', number: s.number, context: contextOf(s.at), at: s.at, end: s.end, label: s.label })
  }
  return markers
}

/**
 * Every `a.b` and `a.b.c` in a text that stands before words, not a unit, with whether it is glued to the words
 * before it (`第一章指导思想1.1坚持…`, as a sharing site's preview runs an outline into one line).
 */
function findDecimalCandidates(text: string, contextOf: (at: number) => MarkerContext): (DecimalCandidate & { glued: boolean })[] {
  const found: (DecimalCandidate & { glued: boolean })[] = []
  for (const m of text.matchAll(DECIMAL)) {
    const at = m.index
    if (at > 0 && NOT_BEFORE.test(text[at - 1])) continue
    const glued = contextOf(at) === 'in-text'
    let end = at + m[0].length
    const after = text.slice(end, end + 4)
    if (QUANTITY_AFTER.test(after) || !/^[ \t\u3000\u00a0]*[\u3400-\u9fff“《"‘【]/.test(after)) continue
    while (end < text.length && /[ \t\u3000\u00a0]/.test(text[end])) end++
    const parts = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map((p) => Number(foldDigits(p)))
    if (parts.some((p) => p < 1)) continue
    found.push({ depth: parts.length as 2 | 3, number: parts.at(-1)!, prefix: parts.slice(0, -1), at, end, label: parts.join('.'), glued })
  }
  return found
}

/**
 * The candidates standing apart, and of those glued to words only an outline's first item under its parent (`1.1`,
 * `2.3.1`) whose next (`1.2`) follows standing apart: the sequence proves it numbers, where `达到2.1以上` has no `2.2`.
 */
function gluedFirsts(found: (DecimalCandidate & { glued: boolean })[]): DecimalCandidate[] {
  const path = (d: DecimalCandidate) => d.prefix.join('.')
  // Each path's last second item standing apart: one pass, where asking each glued 1 to look ahead was quadratic.
  const lastSecond = new Map<string, number>()
  found.forEach((d, i) => {
    if (!d.glued && d.number === 2) lastSecond.set(path(d), i)
  })
  return found.filter((d, i) => !d.glued || (d.number === 1 && (lastSecond.get(path(d)) ?? -1) > i))
}

/**
 * `1 全面加强党的领导` lines, each kept only when the outline's `1.1` follows it as the next decimal: a number and a
 * space before a short line is otherwise too common (a table row, a list of names) to be read as a chapter.
 */
function findSpacedChapters(text: string, decimals: DecimalCandidate[]): SpacedChapterCandidate[] {
  const found: SpacedChapterCandidate[] = []
  for (let at = 0; at < text.length; ) {
    const lineEnd = text.indexOf('\n', at)
    const line = text.slice(at, lineEnd === -1 ? undefined : lineEnd)
    const lead = line.length - line.trimStart().length
    const m = SPACED_CHAPTER_LINE.exec(line.trimStart())
    if (m) {
      const number = Number(foldDigits(m[1]))
      const next = decimals.find((d) => d.at > at)
      if (number >= 1 && next?.depth === 2 && next.number === 1 && next.prefix[0] === number) {
        found.push({ number, at: at + lead, end: at + lead + m[0].length, label: String(number) })
      }
    }
    if (lineEnd === -1) break
    at = lineEnd + 1
  }
  return found
}

/**
 * `1 全面加强党的领导 1.1` run into a line: kept only after a break and only right before its own `N.1`, the
 * outline's proof that the number heads the title between them.
 */
function findRunInChapters(text: string, decimals: DecimalCandidate[], contextOf: (at: number) => MarkerContext): SpacedChapterCandidate[] {
  const firsts = new Map(decimals.filter((d) => d.depth === 2 && d.number === 1).map((d) => [d.at, d.prefix[0]]))
  if (firsts.size === 0) return []
  const found: SpacedChapterCandidate[] = []
  for (const m of text.matchAll(SPACED_CHAPTER_RUN_IN)) {
    const at = m.index
    if (at > 0 && NOT_BEFORE.test(text[at - 1])) continue
    if (contextOf(at) === 'in-text') continue
    const number = Number(foldDigits(m[1]))
    if (number < 1 || firsts.get(at + m[0].length) !== number) continue
    let end = at + m[1].length
    while (/[ \t\u3000\u00a0]/.test(text[end])) end++
    found.push({ number, at, end, label: String(number) })
  }
  return found
}

/**
 * Whether a line opens with an outline number (`1.1 深化…`, `2.3.1 推进…`) rather than a quantity (`2.5万名`):
 * such a line starts an item, so a PDF's line joining never runs it into the title line above.
 */
export function opensDecimalItem(line: string): boolean {
  const m = /^([\d０-９]{1,2})[.．]([\d０-９]{1,2})(?:[.．]([\d０-９]{1,2}))?(?![\d０-９.．])/.exec(line)
  if (!m) return false
  const after = line.slice(m[0].length, m[0].length + 4)
  const zero = m.slice(1).some((p) => p !== undefined && Number(foldDigits(p)) < 1)
  return !zero && !QUANTITY_AFTER.test(after) && /^[ \t\u3000\u00a0]*[\u3400-\u9fff“《"‘【]/.test(after)
}

/**
 * Whether a decimal's path continues `above`, the last marker accepted at a higher level: `2.3` needs a chapter
 * numbered 2 above it, `2.3.1` needs `2.3`. Nothing above at all leaves the sequence alone to decide.
 */
export function continuesPath(prefix: number[], above: { number: number; prefix?: number[] } | undefined): boolean {
  if (!above) return true
  const path = [...(above.prefix ?? []), above.number]
  return path.length === prefix.length && path.every((p, i) => p === prefix[i])
}
