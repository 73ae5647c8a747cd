/**
 * Looser forms of a keyword query that found few clauses, for the page to offer with their counts
 * (也可检索：欺凌 (4)). A query of several terms must match all of them, and a free-text term ranks by how
 * many of its words a clause has, so `如何防止校园欺凌` (防止 + 校园欺凌) finds one clause while `欺凌` alone
 * finds four. Pure: the route counts each candidate with the engine and keeps those that find more.
 */
import type { ParsedQuery, QueryTerm, Tokenizer } from '../engine/types.js'
import { isQuoted, parseQuery } from './parse-query.js'

/** Fewer keyword results than this and the page offers the looser queries. */
export const FEW_RESULTS = 5
/** Characters of a number written out (二〇二五年, 十五分钟): such a phrase is offered in digits (numerals.ts) instead. */
const NUMERAL = /[〇零一二三四五六七八九十百千万两0-9]/u
/** A four-digit year in a phrase: 2023年的双减. */
const YEAR_IN = /(?<!\d)(?:19|20)\d{2}(?!\d)/u
const NUMBER_ALONE = /^[0-9〇零一二两三四五六七八九十百千万亿.%％]+$/u
/** Looser queries offered at most. */
export const MAX_RELAXED = 3
/**
 * A looser query found in more than this share of the clauses names nothing to look at: 家长学校 (1 clause) was offered
 * 学校 (153 of 343), AI教育 教育 (251). The share the keyword ranking reads as a generic word (学校, 教育, 工作).
 */
export const GENERIC_SHARE = 0.3

/** A run of Latin letters and digits with a letter in it (5G, 3D, K12, IPv6): a name, not a number. */
const CODE = /[0-9a-z]*[a-z][0-9a-z]*/giu

/**
 * The words of a term, a name of digits and letters kept whole: the segmenter cuts 5G and 3D into 5 + g and 3 + d, so
 * 5G+教育 had no looser form (a single character is none) and 5G, which two clauses write, was never offered.
 */
function wordsOf(text: string, tokenizer: Tokenizer): string[] {
  const out: string[] = []
  for (const word of tokenizer.words(text)) {
    const last = out.length - 1
    const joined = last >= 0 ? out[last] + word : ''
    if (last >= 0 && /^[0-9a-z]+$/iu.test(out[last]) && /^[0-9a-z]+$/iu.test(word) && text.toLowerCase().includes(joined.toLowerCase())) out[last] = joined
    else out.push(word)
  }
  return out
}

/** Whether a term writes a number (十五分钟, 2025年): a digit of a name (5G, K12) is none. */
function writesNumber(text: string): boolean {
  return NUMERAL.test(text.replace(CODE, ' '))
}

function termStrings(term: QueryTerm): string[] {
  return term.kind === 'phrase' ? [term.match] : term.words
}

/**
 * A dictionary compound of four or more characters (校园欺凌, 作业负担) halved into its two-character-or-longer
 * head and tail: policy text often says the tail alone (学生欺凌, 防欺凌).
 */
function halves(word: string): string[] {
  const chars = [...word]
  // A word in Latin letters (steam, python) has no halves that name anything: steam 科创 教育 was offered st (1 clause).
  if (chars.length < 4 || !/^\p{Script=Han}+$/u.test(word)) return []
  const mid = Math.floor(chars.length / 2)
  return [chars.slice(0, mid).join(''), chars.slice(mid).join('')]
}

/**
 * An unquoted short phrase of two words (学生近视, 教师减负) typed as one: the plans rarely say them side by side
 * (学生近视 1 clause, 学生 and 近视 in one clause 4). The query with its words apart, each required; null when
 * the phrase is one word, quoted, or its words are single characters.
 */
function wordsApart(query: ParsedQuery, term: QueryTerm, tokenizer: Tokenizer): string | null {
  if (term.kind !== 'phrase' || isQuoted(query, term)) return null
  const words = wordsOf(term.match, tokenizer)
  if (words.length < 2 || words.some((w) => [...w].length < 2)) return null
  const raw = query.raw.trim()
  return raw.includes(term.text) ? raw.replace(term.text, words.join(' ')) : null
}

/**
 * A query that is one unquoted short phrase of two words or more (学生阅读, 教师轮岗), with its words apart (学生 阅读), or
 * null for any other query: what semantic and hybrid mode offer when the phrase finds few (routes/words-apart.ts).
 */
export function phraseApart(query: ParsedQuery, tokenizer: Tokenizer): string | null {
  const terms = query.groups.flat()
  return terms.length === 1 && query.exclude.length === 0 ? wordsApart(query, terms[0], tokenizer) : null
}

/**
 * The halves of one compound of four or more characters typed alone (校园欺凌: 1 clause), of which the route offers the
 * one that finds fewer clauses, the thing the compound names: 欺凌 (4, among them 学生欺凌 and 防欺凌), not 校园 (58),
 * which only qualifies it; 近视 (5) of 近视防控, not 防控 (11, said of epidemics and risks too), which only acts on it.
 * Latin letters (python, STEAM), quoted phrases and numbers have no such halves.
 */
export function halvesTypedAlone(query: ParsedQuery, tokenizer: Tokenizer): string[] {
  const terms = query.groups.flat()
  if (terms.length !== 1 || terms[0].kind !== 'phrase' || isQuoted(query, terms[0]) || NUMERAL.test(terms[0].match)) return []
  const words = tokenizer.words(terms[0].match)
  return words.length === 1 && /\p{Script=Han}/u.test(words[0]) ? halves(words[0]) : []
}

/**
 * Candidate looser queries, most specific first: an unquoted phrase of two words with its words apart, each term
 * of a query of several terms, each word of a free-text term (or of a phrase set apart), then the halves of long
 * words. Single characters (进, 收) and numbers alone (15, 十五) are left out: alone they match almost everything, or
 * nothing asked. The query itself is never a candidate.
 */
export function relaxedQueries(query: ParsedQuery, tokenizer: Tokenizer): string[] {
  // The vocabulary's words (五项管理 for 游戏) are the plans' own: halved, they name less than the question did (管理: 61
  // clauses for 孩子玩游戏上瘾怎么办). Only what was typed is halved.
  // A quoted phrase is asked for as written: its halves are no looser form of it ("课后服务"收费 was offered 服务, 39 clauses).
  const asTyped = parseQuery(query.raw, tokenizer)
  const typed = new Set(asTyped.groups.flat().flatMap((t) => (t.kind === 'phrase' && isQuoted(asTyped, t) ? [] : termStrings(t))))
  const terms = query.groups.flat()
  if (terms.length === 0) return []
  const apart = terms.map((t) => wordsApart(query, t, tokenizer))
  const single = terms.length === 1 && terms[0].kind === 'phrase'
  if (single) {
    const words = wordsOf(termStrings(terms[0])[0], tokenizer)
    // A number alone (2025 of 2025的双减) names nothing, as in a query of several terms.
    if (apart[0]) return [apart[0], ...words.filter((w) => !NUMBER_ALONE.test(w))]
    // 校服费 and 餐费贵 are a word and a character: no clause writes 校服费, four write 校服, which is offered. A quoted
    // phrase is what the user asked for as written, and a number (二〇二五年 is 二 〇 二 五年) is offered in digits.
    const quoted = terms[0].kind === 'phrase' && isQuoted(query, terms[0])
    if (quoted) return []
    // 2023年的双减: the year is a plan's (offered as a filter where the index holds it, search-alternatives.ts), its other
    // words a looser query; under a year filter that rules 2023 out, they were all there was to offer (双减: 3 in 2025).
    if (YEAR_IN.test(termStrings(terms[0])[0])) return words.filter((w) => [...w].length >= 2 && !NUMERAL.test(w))
    if (writesNumber(termStrings(terms[0])[0])) return []
    if (words.length > 1) return words.filter((w) => [...w].length >= 2)
    return halvesTypedAlone(query, tokenizer)
  }
  const out: string[] = apart.filter((q): q is string => q !== null)
  if (query.groups.length > 1) for (const group of query.groups) out.push(group.map((t) => t.text).join(' | '))
  const words = terms.flatMap(termStrings)
  for (const word of words) out.push(word)
  for (const word of words) if (typed.has(word)) out.push(...halves(word))
  const raw = query.raw.trim()
  // A number alone (15, 十五: halves of 15分钟 and 十五分钟) names nothing, as a single character does not.
  return [...new Set(out)].filter((q) => [...q].length >= 2 && q !== raw && !NUMBER_ALONE.test(q))
}
