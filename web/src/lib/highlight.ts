/**
 * Marks every occurrence of the query terms in a clause's full text ("展开全文", clause and plan pages).
 * Terms come from the server (the strings it marked in snippets), so the server's query parsing
 * decides what matches; this only finds those strings again in the longer text.
 *
 * Matching folds width, Latin case and quotation marks, length-preserving like the indexer's
 * normalizeForMatch. It leaves out traditional→simplified conversion on purpose: that needs the
 * OpenCC dictionaries (over a megabyte), and the marked strings are taken from the same texts.
 */
import type { SnippetPart } from './sanitize-snippet.js'

const QUOTES: Record<string, string> = {
  '\u201c': '"', '\u201d': '"', '\u2018': "'", '\u2019': "'",
  '\u300c': '"', '\u300d': '"', '\u300e': '"', '\u300f': '"', '\u3000': ' ', '\u00a0': ' ',
}

/** One UTF-16 unit in, one out: offsets in the folded text are offsets in the original. */
export function foldForMatch(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0
    if (code >= 65 && code <= 90) code += 32
    const ch = String.fromCharCode(code)
    out += QUOTES[ch] ?? ch
  }
  return out
}

/** Splits `text` into marked and unmarked parts; overlapping matches merge, longer terms win ties. */
export function markTerms(text: string, terms: readonly string[]): SnippetPart[] {
  const folded = foldForMatch(text)
  const needles = [...new Set(terms.map((t) => foldForMatch(t.trim())).filter(Boolean))]
  const marked = new Uint8Array(text.length)
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      marked.fill(1, at, at + needle.length)
    }
  }
  const parts: SnippetPart[] = []
  let start = 0
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      if (i > start) parts.push({ text: text.slice(start, i), mark: marked[start] === 1 })
      start = i
    }
  }
  return parts
}

export function countMarks(parts: readonly SnippetPart[]): number {
  return parts.filter((p) => p.mark).length
}
