/**
 * Normalisation for matching. The display text is never changed; matching runs on a copy where
 * full-width ASCII becomes half-width, Latin is lower-cased, traditional characters become simplified
 * and Chinese quotation marks become ASCII ones.
 *
 * The mapping is one UTF-16 unit in, one unit out, so an offset in the normalised text is the same
 * offset in the original: highlighting can find a match in the normalised copy and mark the original.
 */
import * as OpenCC from 'opencc-js'

const toSimplifiedPhrase = OpenCC.Converter({ from: 't', to: 'cn' })
const singleCharCache = new Map<string, string>()

function toSimplifiedChar(ch: string): string {
  let out = singleCharCache.get(ch)
  if (out === undefined) {
    const converted = toSimplifiedPhrase(ch)
    out = converted.length === ch.length ? converted : ch
    singleCharCache.set(ch, out)
  }
  return out
}

/** Traditional → simplified, preserving length (falls back to char-by-char when a phrase rule changes length). */
export function toSimplified(text: string): string {
  const converted = toSimplifiedPhrase(text)
  if (converted.length === text.length) return converted
  let out = ''
  for (const unit of text) out += unit.length === 1 ? toSimplifiedChar(unit) : unit
  return out
}

const QUOTE_MAP: Record<string, string> = {
  '\u201c': '"', '\u201d': '"', '\u2018': "'", '\u2019': "'",
  '\u300c': '"', '\u300d': '"', '\u300e': '"', '\u300f': '"',
  '\u3000': ' ', '\u00a0': ' ', '\u3001': ',', '\uff64': ',',
}

/** Full-width → half-width for the ASCII range, CJK quotes → ASCII, ideographic space → space. */
export function foldWidth(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    const code = ch.charCodeAt(0)
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0)
    else out += QUOTE_MAP[ch] ?? ch
  }
  return out
}

/** The matching form of a text: same length as the input, see the module comment. */
export function normalizeForMatch(text: string): string {
  return lowerCaseLatin(toSimplified(foldWidth(text)))
}

/** Lower-cases A–Z only: full Unicode lower-casing can change length (İ → i̇). */
function lowerCaseLatin(text: string): string {
  return text.replace(/[A-Z]+/g, (m) => m.toLowerCase())
}

const PUNCT_OR_SPACE = /[\p{P}\p{S}\p{Z}\s]/u

/** True for characters a phrase query ignores at its edges (quotes, brackets, spaces). */
export function isPunctuationOrSpace(ch: string): boolean {
  return PUNCT_OR_SPACE.test(ch)
}
