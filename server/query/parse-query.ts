/**
 * The query language, as a pure function from what the user typed to a ParsedQuery.
 *
 * - `双减`, `课后服务` (up to 4 characters), a dictionary term, or text without Chinese (`K15`, `1530`)
 *   is an exact phrase; `"…"`, `“…”`, `「…」` force a phrase.
 * - Longer free text becomes a WordsTerm: segmented by the tokenizer, stopwords dropped.
 * - `-term` excludes; `A OR B` and `A | B` widen; terms separated by spaces (or `，`, `；`, `、`) are AND.
 * - Matching strings are normalised with normalizeForMatch, so traditional input matches simplified text.
 *
 * Nothing throws: syntax characters are data, an unbalanced quote closes at the end, and a query with
 * nothing searchable gives `groups: []` with an `emptyReason`.
 */
import { isPunctuationOrSpace, normalizeForMatch } from '../../indexer/normalize.js'
import type { ParsedQuery, PhraseTerm, QueryTerm, Tokenizer, WordsTerm } from '../engine/types.js'

/** Query tuning, each a documented limit. */
export const queryLimits = {
  /** Characters of input read; the rest is ignored (a pasted page is not a query). Default 1000. */
  maxInputChars: 1000,
  /** Terms (phrases, word groups and exclusions together) kept; later ones are ignored. Default 24. */
  maxTerms: 24,
  /** Words kept from one free-text term. Default 16. */
  maxWordsPerTerm: 16,
  /** A term with up to this many Chinese characters is searched as an exact phrase. Default 4. */
  maxShortPhraseChars: 4,
} as const

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u
// Control and format characters (incl. zero-width joiners) carry no meaning in a query.
const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu
const SEARCHABLE = /[\p{L}\p{N}]/u
// Chinese list punctuation separates terms like a space does (`双减，课后服务`).
const TERM_SEPARATOR = /[,;。!?\s]/u

interface RawToken {
  /** Original text of the token (for display), same length as `norm`. */
  text: string
  norm: string
  quoted: boolean
  negated: boolean
}

type Lexeme = RawToken | 'OR'

export function parseQuery(raw: string, tokenizer: Tokenizer): ParsedQuery {
  const cleaned = stripControl(raw.slice(0, queryLimits.maxInputChars))
  const normalised = normalizeForMatch(cleaned)
  const lexemes = lex(cleaned, normalised)

  const groups: QueryTerm[][] = []
  const exclude: PhraseTerm[] = []
  let termCount = 0
  let droppedAsStopwords = false
  let pendingOr = false

  for (const lexeme of lexemes) {
    if (lexeme === 'OR') {
      pendingOr = groups.length > 0
      continue
    }
    if (termCount >= queryLimits.maxTerms) break
    const term = toTerm(lexeme, tokenizer)
    if (term === 'stopwords') {
      droppedAsStopwords = true
      continue
    }
    if (term === null) continue
    termCount++
    if (lexeme.negated) {
      // toTerm reads a negated token as a phrase: `-课后托管服务` excludes that text, not each of its words.
      if (term.kind === 'phrase') exclude.push(term)
      pendingOr = false
      continue
    }
    if (pendingOr) groups[groups.length - 1].push(term)
    else groups.push([term])
    pendingOr = false
  }

  const result: ParsedQuery = { raw, groups, exclude, highlight: highlightTerms(groups) }
  if (groups.length === 0 && exclude.length === 0 && cleaned.trim() !== '') {
    result.emptyReason = droppedAsStopwords
      ? '查询只包含常用虚词（如“的”“和”），没有可搜索的词，请输入更具体的词语。'
      : '查询只包含标点或符号，没有可搜索的文字，请输入词语，例如 双减。'
  }
  return result
}

/**
 * Whether the user put the phrase in quotes (`"霸凌"`, `“霸凌”`): then it is to be found exactly as typed, even
 * where a short unquoted term may be read more loosely (hybrid mode's vocabulary).
 */
export function isQuoted(query: ParsedQuery, term: PhraseTerm): boolean {
  return normalizeForMatch(query.raw).includes(`"${term.match}"`)
}

function stripControl(text: string): string {
  // Tabs and newlines separate words; other controls vanish.
  return text.replace(/[\t\n\r\v\f]/g, ' ').replace(CONTROL, '')
}

/** Splits into quoted phrases, bare tokens and OR operators, reading `norm` and slicing `text` alike. */
function lex(text: string, norm: string): Lexeme[] {
  const out: Lexeme[] = []
  let i = 0
  while (i < norm.length) {
    const ch = norm[i]
    if (TERM_SEPARATOR.test(ch)) {
      i++
      continue
    }
    if (ch === '|') {
      out.push('OR')
      i++
      continue
    }
    let negated = false
    if (ch === '-' && i + 1 < norm.length && !TERM_SEPARATOR.test(norm[i + 1]) && norm[i + 1] !== '-') {
      negated = true
      i++
    }
    if (norm[i] === '"') {
      const close = norm.indexOf('"', i + 1)
      const end = close === -1 ? norm.length : close
      out.push({ text: text.slice(i + 1, end), norm: norm.slice(i + 1, end), quoted: true, negated })
      i = end + 1
      continue
    }
    let end = i
    while (end < norm.length && !TERM_SEPARATOR.test(norm[end]) && norm[end] !== '"' && norm[end] !== '|') end++
    const word = text.slice(i, end)
    if (!negated && word === 'OR') out.push('OR')
    else if (end > i) out.push({ text: word, norm: norm.slice(i, end), quoted: false, negated })
    i = end
  }
  return out
}

function toTerm(token: RawToken, tokenizer: Tokenizer): QueryTerm | 'stopwords' | null {
  const { start, end } = trimPunctuation(token.norm)
  if (start >= end) return null
  // Emoji and symbols alone are not searchable text: every engine indexes letters and digits.
  if (!SEARCHABLE.test(token.norm.slice(start, end))) return null
  const text = token.text.slice(start, end)
  const match = stableNormal(collapseSpaces(token.norm.slice(start, end)))
  if (token.quoted || token.negated) return phrase(text, match)

  // Digits and Latin letters do not count: `2025年` and `K15学校` are short terms.
  const chineseLength = [...match].filter((ch) => CJK.test(ch)).length
  const isShortChinese = chineseLength <= queryLimits.maxShortPhraseChars
  if (isShortChinese || !CJK.test(match) || tokenizer.isDictionaryTerm(match)) return phrase(text, match)

  const words = unique(tokenizer.words(text).map((w) => stableNormal(collapseSpaces(stripControl(w).trim()))))
    .filter((w) => w !== '')
    .slice(0, queryLimits.maxWordsPerTerm)
  if (words.length === 0) return 'stopwords'
  if (words.length === 1) return phrase(text, words[0])
  const term: WordsTerm = { kind: 'words', text, words }
  return term
}

function phrase(text: string, match: string): PhraseTerm {
  return { kind: 'phrase', text, match }
}

function trimPunctuation(norm: string): { start: number; end: number } {
  const points = [...norm]
  let first = 0
  let last = points.length
  while (first < last && isPunctuationOrSpace(points[first])) first++
  while (last > first && isPunctuationOrSpace(points[last - 1])) last--
  const start = points.slice(0, first).join('').length
  return { start, end: start + points.slice(first, last).join('').length }
}

/**
 * normalizeForMatch converts traditional characters phrase by phrase, so a fragment cut from a normalised
 * query can normalise once more (豈 alone → 岂). Repeat until stable so a match string is its own normal form.
 */
function stableNormal(text: string): string {
  let current = text
  for (let i = 0; i < 3; i++) {
    const next = normalizeForMatch(current)
    if (next === current) break
    current = next
  }
  return current
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ')
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

function highlightTerms(groups: QueryTerm[][]): string[] {
  const all = groups.flat().flatMap((t) => (t.kind === 'phrase' ? [t.match] : t.words))
  return unique(all).sort((a, b) => b.length - a.length || a.localeCompare(b))
}
