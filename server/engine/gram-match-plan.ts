/**
 * From a ParsedQuery to the FTS5 expressions the SQLite engine runs (pure). Every user string reaches
 * FTS5 only as quoted grams built by phraseGramQuery, so FTS5 syntax in a query is just text.
 */
import { normalizeForMatch } from '../../indexer/normalize.js'
import { phraseGramQuery, type GramQuery } from './char-grams.js'
import type { ParsedQuery, QueryTerm } from './types.js'
import { tableWordWeight } from './word-rarity.js'

export interface TermGrams extends GramQuery {
  /** The normalised string the term stands for. */
  match: string
  /**
   * For a typed word that words of the plans stand for (WordsTerm.standsFor: 教师 for 老师), their FTS5 expressions:
   * BM25 counts the typed word in no fewer clauses than the rarest of them holds. An everyday word is rare in the plans
   * because they say it otherwise (老师 in 2 of the 343 bundled clauses, 教师 in most), and by its own count it was the
   * question's most telling word: in hybrid mode 老师有没有编制 ranked a 师德 clause that says 好老师 once second, above
   * the clauses on 在编 teachers. Not the clauses holding any of them (the union): that also made 农村 (乡村) and 老师
   * of 老师工资有保障吗 common, and cost hybrid P@10 on the tuning half (0.534 → 0.528).
   */
  standing?: string[]
}

/** A word of free text, as ranking counts it. */
export interface WordGrams extends TermGrams {
  /**
   * How many words it counts for: for a word the user typed, by how rare it is in the language (word-rarity.ts:
   * 学生 1, 溺水 2.2, 孤独症 3); 1 for a word the everyday vocabulary searched beside the typed ones.
   */
  weight: number
}

export interface MatchPlan {
  /** FTS5 expression for the candidates of the AND of all groups; null when the query has no group. */
  candidates: string | null
  /** True when some group can match nothing (a term without any letter or digit). */
  impossible: boolean
  /** For each group whose gram query is not exact: the strings of which one must occur in the clause. */
  verify: string[][]
  /** Clauses containing any of these are dropped. */
  exclude: TermGrams[]
  /** OR of every positive term, to find hits in headings. */
  anyTerm: string | null
  /** Every positive phrase and word once, for BM25. */
  terms: TermGrams[]
  /** The words of each free-text term, to rank by how much of them a clause has. */
  wordSets: WordGrams[][]
  /** NEAR expressions over the words of each free-text term, to rank close words first. */
  near: string[]
  /**
   * True when the query is one free-text term and nothing else, every word of which matches (matchingWords):
   * its matches are then the union of the word matches that ranking counts anyway, and the OR query can be skipped.
   */
  wordsOnly: boolean
}

/** Words closer than this many characters count as near each other. */
export const NEAR_DISTANCE = 12

function grams(match: string): TermGrams | null {
  const q = phraseGramQuery(match)
  return q ? { ...q, match } : null
}

function termStrings(term: QueryTerm): string[] {
  return term.kind === 'phrase' ? [term.match] : term.words
}

/**
 * The words of free text of which a clause must contain one to match: every word of two or more characters.
 * A single character left over by segmentation (进 in 人工智能进课堂, 收 in 学校能不能收补课费) occurs in most
 * clauses, so alone it would make most of the corpus a result (进: 206 of 343 clauses); it still counts in
 * the ranking of the clauses the longer words match. The domain dictionary holds no single-character term,
 * so no dictionary word is lost. Free text of single characters only keeps them all. A clause containing
 * the whole text contains its longer words, so a query that is one contiguous phrase still finds it.
 */
export function matchingWords(words: readonly string[], rankOnly: readonly string[] = []): string[] {
  const long = words.filter((w) => [...w].length >= 2)
  // A question's common words (WordsTerm.rankOnly) rank what its telling words match and match nothing alone.
  const telling = long.filter((w) => !rankOnly.includes(w))
  return telling.length > 0 ? telling : long.length > 0 ? long : [...words]
}

/** The strings of a term of which a clause must contain one. */
function matchingStrings(term: QueryTerm): string[] {
  return term.kind === 'phrase' ? [term.match] : matchingWords(term.words, term.rankOnly)
}

/**
 * The words of a free-text term as ranking counts them. A typed word counts by how rare it is in the language
 * (word-rarity.ts); one the IDF table says nothing of (霸凌, 摇号: absent, no word of it inside) by the rarest of the
 * plans' words that stand for it (霸凌 as 欺凌), and so do those words, searched for it: a clause saying 欺凌 holds
 * the word asked. Any other word searched beside the typed ones counts one: how rare the plans' word for a typed word
 * the table knows is says nothing of the question (教师 for 老师; its own rarity lost on the tuning half: bench/RESULTS.md).
 */
function weighedWords(termGrams: readonly TermGrams[], standsFor: Readonly<Record<string, string>>, typed: string): WordGrams[] {
  const unknownTyped = (word: string): number | undefined => {
    if (!typed.includes(word) || tableWordWeight(word) !== undefined) return undefined
    const standing = Object.keys(standsFor).filter((o) => standsFor[o] === word)
    return standing.length > 0 ? Math.max(...standing.map((o) => tableWordWeight(o) ?? 1)) : undefined
  }
  return termGrams.map((g) => {
    const typedWord = typed.includes(g.match)
    const weight = typedWord ? (unknownTyped(g.match) ?? tableWordWeight(g.match) ?? 1) : Object.hasOwn(standsFor, g.match) ? (unknownTyped(standsFor[g.match]) ?? 1) : 1
    return { ...g, weight }
  })
}

export function planMatch(query: ParsedQuery): MatchPlan {
  const groupExprs: string[] = []
  const verify: string[][] = []
  const all: string[] = []
  const terms = new Map<string, TermGrams>()
  const wordSets: WordGrams[][] = []
  const typed = normalizeForMatch(query.raw)
  const near: string[] = []
  let impossible = false
  let narrowed = false

  for (const group of query.groups) {
    const parts: TermGrams[] = []
    let exact = true
    const ranked: TermGrams[] = []
    for (const term of group) {
      const termGrams = termStrings(term).map(grams).filter((g): g is TermGrams => g !== null)
      const matching = new Set(matchingStrings(term))
      const matchGrams = termGrams.filter((g) => matching.has(g.match))
      if (matchGrams.length < termGrams.length) narrowed = true
      parts.push(...matchGrams)
      ranked.push(...termGrams)
      if (matchGrams.some((g) => !g.exact)) exact = false
      if (term.kind === 'words' && termGrams.length > 1) {
        wordSets.push(weighedWords(termGrams, term.standsFor ?? {}, typed))
        for (const g of termGrams) {
          const standing = termGrams.filter((o) => term.standsFor?.[o.match] === g.match && !typed.includes(o.match))
          if (typed.includes(g.match) && standing.length > 0) g.standing = standing.map((o) => o.expr)
        }
        const phrases = termGrams.filter((g) => g.exact && !g.expr.endsWith('*')).slice(0, 4)
        if (phrases.length > 1) near.push(`NEAR(${phrases.map((g) => g.expr).join(' ')}, ${NEAR_DISTANCE})`)
      }
    }
    if (parts.length === 0) {
      impossible = true
      continue
    }
    groupExprs.push(parts.length === 1 ? parts[0].expr : `(${parts.map((p) => p.expr).join(' OR ')})`)
    all.push(...ranked.map((p) => p.expr))
    for (const part of ranked) terms.set(part.match, part)
    if (!exact) verify.push(parts.map((p) => p.match))
  }

  const exclude = query.exclude.map((t) => grams(t.match)).filter((g): g is TermGrams => g !== null)
  return {
    candidates: groupExprs.length > 0 ? groupExprs.join(' AND ') : null,
    impossible,
    verify,
    exclude,
    anyTerm: all.length > 0 ? [...new Set(all)].join(' OR ') : null,
    terms: [...terms.values()],
    wordSets,
    near,
    wordsOnly: !narrowed && query.groups.length === 1 && query.groups[0].length === 1 && query.groups[0][0].kind === 'words' && wordSets.length === 1 && verify.length === 0,
  }
}
