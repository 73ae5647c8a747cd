/**
 * Highlighting and snippets from the original clause text (pure). Matches are found in
 * normalizeForMatch(text), which has the same length as the text, so every offset found there marks
 * the same characters of the original: full-width letters, traditional characters and CJK quotes included.
 * Everything outside <mark> is HTML-escaped; nothing else is ever emitted.
 */
import { normalizeForMatch } from '../../indexer/normalize.js'

export const snippetDefaults = {
  /** Characters of text in a snippet (80–120 reads as two lines of a result list). Default 100. */
  window: 100,
  /** Share of the window shown before the first match, for context. Default 0.25. */
  lead: 0.25,
  /** Occurrences considered when choosing the best window; later ones are ignored. Default 500. */
  maxOccurrences: 500,
} as const

interface Occurrence {
  start: number
  end: number
  term: number
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch])
}

/** The whole text, escaped, with every occurrence of every term in <mark>; overlapping marks merged. */
export function markAll(text: string, terms: string[]): string {
  return render(text, 0, text.length, occurrences(normalizeForMatch(text), terms))
}

/**
 * About `window` characters around the best match (the place covering the most distinct terms), with
 * `…` where the text is cut; the clause opening when no term occurs.
 */
export function buildSnippet(text: string, terms: string[], opts: { window?: number } = {}): string {
  const window = Math.max(10, opts.window ?? snippetDefaults.window)
  const found = occurrences(normalizeForMatch(text), terms)
  if (text.length <= window) return render(text, 0, text.length, found)

  let start = 0
  if (found.length > 0) {
    // Some context before the first match, unless that would push out a term the window was chosen for.
    const best = bestWindow(found, window)
    start = Math.max(0, best.start - Math.floor(window * snippetDefaults.lead), best.end - window)
  }
  let end = Math.min(text.length, start + window)
  start = Math.max(0, end - window)
  // Never cut a match or a surrogate pair in two.
  for (const o of found) {
    if (o.start < start && o.end > start) start = o.start
    if (o.start < end && o.end > end) end = o.end
  }
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++
  const inside = found.filter((o) => o.start >= start && o.end <= end)
  return (start > 0 ? '…' : '') + render(text, start, end, inside) + (end < text.length ? '…' : '')
}

/**
 * The span from an occurrence to the last one within `window` characters of it that holds the most distinct terms, the
 * tightest such span (then the earliest) on ties. The snippet shows that whole span: 欺凌 at the end of a span opened by
 * 学校 is why it was chosen, and the 学校 next to 欺凌 shows it better than one a sentence away.
 */
function bestWindow(found: Occurrence[], window: number): { start: number; end: number } {
  let best = { start: found[0].start, end: found[0].end }
  let bestCount = 0
  for (let i = 0; i < found.length; i++) {
    const distinct = new Set<number>()
    let end = found[i].end
    for (let j = i; j < found.length && found[j].end <= found[i].start + window; j++) {
      distinct.add(found[j].term)
      end = Math.max(end, found[j].end)
    }
    if (distinct.size > bestCount || (distinct.size === bestCount && end - found[i].start < best.end - best.start)) {
      bestCount = distinct.size
      best = { start: found[i].start, end }
    }
  }
  return best
}

/**
 * Every occurrence of every term in the normalised text, sorted by start. A one-character term beside longer ones
 * (进 of 人工智能进课堂, 带 of 学生带手机) is marked only where it joins another term's occurrence: on its own it is a
 * piece of some other word (引进, 推进, 一带一路), which the search ranks as such, and marking it there reads as noise
 * and drew the snippet's window to it. A query of single characters alone marks them everywhere.
 */
function occurrences(norm: string, terms: string[]): Occurrence[] {
  const out: Occurrence[] = []
  const needles = [...new Set(terms.map(normalizeForMatch).filter((t) => t.length > 0))]
  needles.forEach((needle, term) => {
    for (let at = norm.indexOf(needle); at !== -1 && out.length < snippetDefaults.maxOccurrences; at = norm.indexOf(needle, at + 1)) {
      out.push({ start: at, end: at + needle.length, term })
    }
  })
  out.sort((a, b) => a.start - b.start || b.end - a.end)
  if (!needles.some((n) => [...n].length > 1)) return out
  const lone = (o: Occurrence) => [...needles[o.term]].length === 1
  // The characters longer terms' occurrences cover: a lone one joins them when it, or a neighbour, is covered.
  const covered = new Uint8Array(norm.length + 1)
  for (const o of out) if (!lone(o)) covered.fill(1, o.start, o.end)
  return out.filter((o) => !lone(o) || covered[o.start] === 1 || covered[o.end] === 1 || (o.start > 0 && covered[o.start - 1] === 1))
}

/** text[start, end) escaped, with the (merged) occurrences marked. */
function render(text: string, start: number, end: number, found: Occurrence[]): string {
  let html = ''
  let at = start
  let i = 0
  while (i < found.length) {
    const markStart = Math.max(found[i].start, at)
    let markEnd = found[i].end
    i++
    while (i < found.length && found[i].start <= markEnd) markEnd = Math.max(markEnd, found[i++].end)
    if (markEnd <= at) continue
    html += escapeHtml(text.slice(at, markStart)) + '<mark>' + escapeHtml(text.slice(markStart, markEnd)) + '</mark>'
    at = markEnd
  }
  return html + escapeHtml(text.slice(at, end))
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
