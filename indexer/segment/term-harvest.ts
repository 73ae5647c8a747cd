/**
 * Harvests the coined terms of a corpus: policy documents put their slogans and programme names in
 * quotation marks (“双减”, “县管校聘”, “一校两特”) and the documents they cite in 《…》. Adding these to the
 * segmenter's dictionary keeps them whole, so a search for 标杆院系 finds the clause that coined it.
 */

/** Shortest and longest harvested term, in UTF-16 units: longer spans are sentences, not names. */
export const HARVEST_MIN_LENGTH = 2
export const HARVEST_MAX_LENGTH = 12

/**
 * Opening mark → closing mark. ASCII quotes open and close with the same mark, so they pair in
 * order of appearance; the CJK pairs cannot be confused with each other.
 */
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['\u201c', '\u201d'], // “ ”
  ['"', '"'],
  ['\u300c', '\u300d'], // 「 」
  ['\u300e', '\u300f'], // 『 』
  ['\u300a', '\u300b'], // 《 》
]

/**
 * Characters that never occur inside a name: sentence and clause punctuation, brackets, other quote
 * marks (a title holding a quoted slogan is a sentence-like span; the slogan itself is harvested on
 * its own) and any whitespace (a line break inside quotes means a broken or unbalanced pair).
 */
const NOT_IN_TERM = /[，。；：！？、,.;:!?()（）[\]【】{}<>〈〉《》“”‘’"'「」『』\s]/u

/** A term must name something: digits and symbols alone (“1530”, “12991”) are codes, not words. */
const HAS_NAME_CHAR = /[\p{Script=Han}\p{L}]/u

function isTerm(candidate: string): boolean {
  return (
    candidate.length >= HARVEST_MIN_LENGTH &&
    candidate.length <= HARVEST_MAX_LENGTH &&
    !NOT_IN_TERM.test(candidate) &&
    HAS_NAME_CHAR.test(candidate)
  )
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const PAIR_PATTERNS = QUOTE_PAIRS.map(([open, close]) => {
  const inner = open === close ? escapeRegExp(open) : escapeRegExp(open) + escapeRegExp(close)
  return new RegExp(`${escapeRegExp(open)}([^${inner}]*)${escapeRegExp(close)}`, 'gu')
})

/** Quoted terms and cited titles of the texts, deduplicated and sorted (code-unit order). */
export function harvestTerms(texts: readonly string[]): string[] {
  const found = new Set<string>()
  for (const text of texts) {
    for (const pattern of PAIR_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const candidate = match[1].trim()
        if (isTerm(candidate)) found.add(candidate)
      }
    }
  }
  return [...found].sort()
}
