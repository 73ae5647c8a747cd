/**
 * A question typed as a sentence (职业学校毕业好找工作吗) is one free-text term, and a clause matches it by holding any of its
 * words of two or more characters. Its common words (学校, 工作) are each in most clauses, so the set, and with it the
 * total, the facets, the trends and the export, was most of the corpus (221 of 343 clauses) though the first hits were
 * right. Here such words become rank-only (WordsTerm.rankOnly): they still rank the clauses the question's telling words
 * match, and match nothing alone. Decided from how many clauses hold each word, which every engine counts alike
 * (routes/telling-words.ts asks them as phrase counts), so both engines match the same clauses.
 */
import type { ParsedQuery, WordsTerm } from '../engine/types.js'
import { matchingWords } from '../engine/gram-match-plan.js'

/**
 * A word in more than this share of the clauses is common: the share the SQLite ranking already counts as a
 * character's worth (rank-weights.ts genericShare, chosen on the evaluation's tuning half).
 */
export const COMMON_SHARE = 0.3
/**
 * The telling words must match at least a first page (the portal's default page size) for the common words to stop
 * matching. Fewer (学校怎么防流感传染病: 流感 传染病, 3 clauses) means the plans say the topic otherwise, and the common
 * words' clauses stay in, ranked below: without this, 4 judged questions of test/eval/ lost answers from their top 20.
 */
export const FEWEST_TELLING_MATCHES = 20

/** The query's one free-text term when the query is nothing else (no phrase, no second term, no OR): a sentence. */
export function sentenceTerm(query: ParsedQuery): WordsTerm | null {
  if (query.groups.length !== 1 || query.groups[0].length !== 1) return null
  const term = query.groups[0][0]
  return term.kind === 'words' && term.words.length > 1 ? term : null
}

/** The words a clause must hold one of, as the engines match them: those the counts are asked for. */
export function wordsToCount(term: WordsTerm): string[] {
  return matchingWords(term.words)
}

/**
 * Which of the term's matching words are common and which telling, from how many of `clauses` hold each. Null when the
 * split changes nothing: no common word, or no telling word held by any clause.
 */
export function splitByShare(term: WordsTerm, counts: ReadonlyMap<string, number>, clauses: number): { common: string[]; telling: string[] } | null {
  const words = wordsToCount(term)
  const common = words.filter((w) => (counts.get(w) ?? 0) > COMMON_SHARE * clauses)
  const telling = words.filter((w) => !common.includes(w) && (counts.get(w) ?? 0) > 0)
  return common.length > 0 && telling.length > 0 ? { common, telling } : null
}

/**
 * Whether the telling words match at least FEWEST_TELLING_MATCHES clauses, when their own counts settle it: the clauses
 * holding any of them are at least as many as the largest count and at most the sum. Null when only the count of the
 * union can tell (the largest under the floor, the sum at or above it), which routes/telling-words.ts then asks.
 */
export function tellingFillsAPage(telling: readonly string[], counts: ReadonlyMap<string, number>): boolean | null {
  const each = telling.map((w) => counts.get(w) ?? 0)
  if (Math.max(0, ...each) >= FEWEST_TELLING_MATCHES) return true
  if (each.reduce((a, b) => a + b, 0) < FEWEST_TELLING_MATCHES) return false
  return null
}

/** The query with the term's common words rank-only. */
export function withRankOnly(query: ParsedQuery, common: readonly string[]): ParsedQuery {
  const term = sentenceTerm(query)
  if (!term) return query
  return { ...query, groups: [[{ ...term, rankOnly: [...common] }]] }
}
