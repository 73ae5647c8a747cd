/**
 * The query language, as a pure function from what the user typed to a ParsedQuery.
 *
 * - `双减`, `课后服务` (up to 4 characters), a dictionary term, or text without Chinese (`K15`, `1530`)
 *   is an exact phrase; `"…"`, `“…”`, `「…」` force a phrase.
 * - Longer free text becomes a WordsTerm: segmented by the tokenizer, stopwords dropped.
 * - `-term` and `NOT term` exclude; `A OR B` and `A | B` widen; terms separated by spaces (or `，`, `；`, `、`) are AND.
 * - Matching strings are normalised with normalizeForMatch, so traditional input matches simplified text.
 *
 * Nothing throws: syntax characters are data, an unbalanced quote closes at the end, and a query with
 * nothing searchable gives `groups: []` with an `emptyReason`.
 */
import { isPunctuationOrSpace, normalizeForMatch } from '../../indexer/normalize.js'
import type { ParsedQuery, PhraseTerm, QueryTerm, Tokenizer, WordsTerm } from '../engine/types.js'
import { CJK, withoutAskForms } from './ask-forms.js'
import { joinLatinWords } from './english-words.js'
import { withoutMentionFrame } from './mention-frames.js'
import { namingWords } from './naming-words.js'
import { withOtherSides } from './negated-terms.js'
import { withoutProhibitions } from './prohibition-words.js'
import { withoutMarkup } from './pasted-markup.js'
import { quantityWords } from './quantity-words.js'
import { exclusionsInWords } from './said-exclusions.js'
import { withoutSelfIntroduction } from './self-introduction.js'
import { withoutWhichPlace } from './which-place.js'

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

// Control and format characters (incl. zero-width joiners) carry no meaning in a query.
const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu
const SEARCHABLE = /[\p{L}\p{N}]/u
// Chinese list punctuation separates terms like a space does (`双减，课后服务`).
const TERM_SEPARATOR = /[,;。!?\s]/u

export interface RawToken {
  /** Original text of the token (for display), same length as `norm`. */
  text: string
  norm: string
  quoted: boolean
  negated: boolean
  /**
   * Set when only sentence punctuation (，。！？；) stands between this token and the one before: the two are
   * clauses of one question (我家孩子上初二，作业太多了), not items of a list (双减、课后服务) or terms typed apart.
   */
  joined?: boolean
  /**
   * Set when only 、 stands between this token and the one before: an item of a list. In a question of several
   * clauses the list is part of the question (应付各种检查、填各种表格、拍照留痕), not terms each required apart.
   */
  listed?: boolean
}

type Lexeme = RawToken | 'OR'

export function parseQuery(raw: string, tokenizer: Tokenizer): ParsedQuery {
  // Markup pasted with the query (<b>双减</b>) is not searched: pasted-markup.ts.
  const cleaned = stripControl(withoutMarkup(raw.slice(0, queryLimits.maxInputChars)))
  const normalised = normalizeForMatch(cleaned)
  // Words typed in English are one question (english-words.ts).
  // Who asks (我是记者，想了解…) is not what is asked: self-introduction.ts.
  const typed = withoutSelfIntroduction(joinLatinWords(lex(cleaned, normalised)))
  const lexemes = typed.flatMap((lexeme, i): Lexeme[] => (lexeme === 'OR' ? [lexeme] : exclusionsInWords(lexeme, tokenizer, typed.length === 1, typed[i + 1])))

  const groups: QueryTerm[][] = []
  const exclude: PhraseTerm[] = []
  let termCount = 0
  let droppedAsStopwords = false
  let pendingOr = false
  // The group last added, while it can still take the next clause of the same sentence (see RawToken.joined).
  let open: number | null = null
  // A question of several clauses (a sentence break between two tokens) reads its 、-lists as its words too.
  const sentences = lexemes.some((l) => l !== 'OR' && l.joined === true)

  const read = lexemes.slice(0, 4 * queryLimits.maxTerms).map((lexeme) => (lexeme === 'OR' ? lexeme : { lexeme, term: toTerm(lexeme, tokenizer) }))
  // A term of stopwords alone (和 in 荆门 和 泉州 双减, 的, 政策 typed apart) is searched only when it is all there is:
  // beside other terms it is dropped as free text drops it, not required of every clause.
  const filler = (term: QueryTerm | 'stopwords' | null, lexeme: RawToken) =>
    term !== null && term !== 'stopwords' && term.kind === 'phrase' && !lexeme.quoted && !lexeme.negated && tokenizer.words(term.match).length === 0
  const named = read.some((r) => r !== 'OR' && r.term !== null && r.term !== 'stopwords' && !r.lexeme.negated && !filler(r.term, r.lexeme))

  for (const item of read) {
    if (item === 'OR') {
      pendingOr = groups.length > 0
      open = null
      continue
    }
    if (termCount >= queryLimits.maxTerms) break
    const { lexeme, term } = item
    if (term === 'stopwords' || (named && filler(term, lexeme))) {
      droppedAsStopwords = true
      continue
    }
    if (term === null) continue
    termCount++
    if (lexeme.negated) {
      // toTerm reads a negated token as a phrase: `-课后托管服务` excludes that text, not each of its words.
      if (term.kind === 'phrase') exclude.push(term)
      pendingOr = false
      open = null
      continue
    }
    if (pendingOr) {
      groups[groups.length - 1].push(term)
      open = null
    } else if (open !== null && !lexeme.quoted && ((lexeme.listed && sentences) || (lexeme.joined && (term.kind === 'words' || groups[open][0].kind === 'words')))) {
      // A question's clauses are one question: 我家孩子上初二，作业太多了 is searched as the words of both, not as
      // 初二 required beside the words of the second. A list of short terms (双减，课后服务; 双减、课后服务) stays AND.
      // A 、-list inside a question of several clauses is part of the question, short terms or not: each item required
      // apart found 0 clauses for …还要应付各种检查、填各种表格、拍照留痕，… and for 课后服务、托管、延时服务，各地怎么做的.
      groups[open] = [joinWords(groups[open][0], term, lexeme.joined ? '，' : '、', tokenizer)]
    } else {
      groups.push([term])
      open = lexeme.quoted ? null : groups.length - 1
    }
    pendingOr = false
  }

  const result: ParsedQuery = { raw, groups, exclude, highlight: highlightTerms(groups) }
  if (groups.length === 0 && exclude.length === 0 && cleaned.trim() !== '') {
    result.emptyReason = droppedAsStopwords
      ? '查询只包含常用虚词（如“的”“和”），没有可搜索的词，请输入更具体的词语。'
      : '查询只包含标点或符号，没有可搜索的文字，请输入词语，例如 双减。'
  } else if (groups.length === 0 && exclude.length === 0 && stripControl(raw).trim() !== '') {
    // <A>, <b></b>: markup alone, which withoutMarkup took away whole.
    result.emptyReason = '查询只包含网页标记（如 <b>、<p>），没有可搜索的文字，请输入词语，例如 双减。'
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
  // What separated the next token from the last: sentence punctuation only (joined), or a space or 、 too.
  let sentence = false
  let apart = true
  // 、 alone (no space, no sentence punctuation) between two tokens: items of one list.
  let listComma = false
  let spaced = false
  // NOT read before the next token: that token is excluded.
  let notBefore = false
  const aligned = text.length === norm.length
  const push = (lexeme: Lexeme) => {
    const listed = lexeme !== 'OR' && listComma && !spaced && !sentence && out.length > 0
    out.push(lexeme === 'OR' ? lexeme : !sentence || apart ? (listed ? { ...lexeme, listed: true } : lexeme) : { ...lexeme, joined: true })
    sentence = false
    apart = false
    listComma = false
    spaced = false
  }
  while (i < norm.length) {
    const ch = norm[i]
    if (TERM_SEPARATOR.test(ch)) {
      if (/\s/u.test(ch) || !aligned || text[i] === '、') apart = true
      else sentence = true
      if (aligned && text[i] === '、') listComma = true
      else if (/\s/u.test(ch) || !aligned) spaced = true
      i++
      continue
    }
    if (ch === '|') {
      push('OR')
      apart = true
      i++
      continue
    }
    let negated = notBefore
    notBefore = false
    if (ch === '-' && i + 1 < norm.length && !TERM_SEPARATOR.test(norm[i + 1]) && norm[i + 1] !== '-') {
      negated = true
      i++
    }
    if (norm[i] === '"') {
      const close = norm.indexOf('"', i + 1)
      const end = close === -1 ? norm.length : close
      push({ text: text.slice(i + 1, end), norm: norm.slice(i + 1, end), quoted: true, negated })
      i = end + 1
      continue
    }
    let end = i
    while (end < norm.length && !TERM_SEPARATOR.test(norm[end]) && norm[end] !== '"' && norm[end] !== '|') end++
    const word = text.slice(i, end)
    if (!negated && word === 'OR') {
      push('OR')
      apart = true
    } else if (!negated && word === 'NOT' && /[^\s,;。!?|]/u.test(norm.slice(end))) {
      // 双减 NOT 校外培训, as a search engine's Boolean syntax has it: the next term is excluded, as -校外培训 is. As the
      // word it searched NOT, found nothing, and offered back the term the user had asked to leave out.
      notBefore = true
      apart = true
    } else if (end > i) push({ text: word, norm: norm.slice(i, end), quoted: false, negated })
    i = end
  }
  return out
}

function toTerm(typed: RawToken, tokenizer: Tokenizer): QueryTerm | 'stopwords' | null {
  // Short or free text is told by the length as typed: 有没有午托 is a question about 午托, not the phrase 有午托.
  const typedChinese = [...typed.norm].filter((ch) => CJK.test(ch)).length
  const asked = typed.quoted || typed.negated ? typed : withoutProhibitions(withOtherSides(withoutAskForms(withoutMentionFrame(withoutWhichPlace(typed), tokenizer), tokenizer)))
  // A question that is nothing but its A-not-A (是不是) is searched as typed.
  const token = SEARCHABLE.test(asked.norm) ? asked : typed
  const { start, end } = trimPunctuation(token.norm)
  if (start >= end) return null
  // Emoji and symbols alone are not searchable text: every engine indexes letters and digits.
  if (!SEARCHABLE.test(token.norm.slice(start, end))) return null
  const text = token.text.slice(start, end)
  const match = stableNormal(collapseSpaces(token.norm.slice(start, end)))
  if (token.quoted || token.negated) return phrase(text, match)

  // Digits and Latin letters do not count: `2025年` and `K15学校` are short terms.
  const chineseLength = Math.max(typedChinese, [...match].filter((ch) => CJK.test(ch)).length)
  // A space the A-not-A question left inside a short term (钱够不够 → 钱 够) makes it words, not a phrase with a gap.
  const isShortChinese = chineseLength <= queryLimits.maxShortPhraseChars && !match.includes(' ')
  // Shown as typed (学校能不能收补课费, 有没讲到劳动教育), whatever the reading searches.
  const typedSpan = trimPunctuation(typed.norm)
  const shown = token === typed ? text : typed.text.slice(typedSpan.start, typedSpan.end)
  if (tokenizer.isDictionaryTerm(match) || !CJK.test(match)) return phrase(isShortChinese ? text : shown, match)
  // 睡眠10小时: a topic and the figure asked of it, searched as words (quantity-words.ts).
  const figured = isShortChinese && token === typed ? quantityWords(match, tokenizer) : null
  if (figured) {
    const named = unique(figured.map((w) => stableNormal(w)))
    if (named.length > 1) return { kind: 'words', text, words: named }
  }
  if (isShortChinese) return shortPhrase(text, match, tokenizer)

  const all = unique(tokenizer.words(text).map((w) => stableNormal(collapseSpaces(stripControl(w).trim())))).filter((w) => w !== '')
  const words = namingWords(all, queryLimits.maxWordsPerTerm, tokenizer)
  if (words.length === 0) return 'stopwords'
  if (words.length === 1) return phrase(shown, words[0])
  const term: WordsTerm = { kind: 'words', text: shown, words }
  return term
}

/**
 * A short term is an exact phrase, without the fillers typed at its edges: a question particle or a word
 * that names no topic (双减吗, 有校车吗, 双减的, 近视措施) is not part of the term the plans write (双减, 校车,
 * 近视). What is left must be two characters or more and one piece of the term as typed (stopwords inside it,
 * as in 教育和体育, keep it whole), so the phrase only ever widens to a part of itself.
 */
function shortPhrase(text: string, match: string, tokenizer: Tokenizer): PhraseTerm {
  const core = tokenizer.words(match).map((w) => stableNormal(w)).join('')
  const at = match.indexOf(core)
  if (core === match || [...core].length < 2 || at === -1) return phrase(text, match)
  // text and match line up character for character unless normalisation changed a length.
  const shown = text.length === match.length ? text.slice(at, at + core.length) : core
  return phrase(shown, core)
}

/** The words of two clauses of one question, or two items of its list, as one free-text term (RawToken.joined, listed). */
function joinWords(first: QueryTerm, second: QueryTerm, separator: string, tokenizer: Tokenizer): WordsTerm {
  const words = (t: QueryTerm) => (t.kind === 'words' ? t.words : [t.match])
  return { kind: 'words', text: `${first.text}${separator}${second.text}`, words: namingWords(unique([...words(first), ...words(second)]), queryLimits.maxWordsPerTerm, tokenizer) }
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
