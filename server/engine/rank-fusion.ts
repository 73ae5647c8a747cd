/**
 * Fusion of a keyword list and a semantic list. Hybrid search uses convexFusion (below), weighted per query
 * type; reciprocal rank fusion stays as the reference it was measured against (test/eval/tune-fusion.ts).
 */
import type { ParsedQuery } from './types.js'

/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): an item's fused score is the sum over
 * the lists that contain it of 1 / (k + rank), rank counted from 1. It needs no score calibration between
 * lists, which is why it fuses BM25 and cosine lists well.
 *
 * k = 60 is the constant of the paper: large enough that the top few ranks of one list do not drown the
 * other list, small enough that rank 1 still counts about twice as much as rank 60.
 */
export const RRF_K = 60

export interface FusedItem<T> {
  id: T
  score: number
  /** 1-based rank of the item in each input list, or null when the list lacks it. */
  ranks: (number | null)[]
}

/** Fuses ranked lists of ids (best first). Ties keep the order of first appearance across the lists. */
export function reciprocalRankFusion<T>(lists: readonly (readonly T[])[], k: number = RRF_K): FusedItem<T>[] {
  const byId = new Map<T, FusedItem<T> & { first: number }>()
  let seen = 0
  lists.forEach((list, listIndex) => {
    list.forEach((id, index) => {
      let item = byId.get(id)
      if (!item) {
        item = { id, score: 0, ranks: lists.map(() => null), first: seen++ }
        byId.set(id, item)
      }
      if (item.ranks[listIndex] !== null) return
      item.ranks[listIndex] = index + 1
      item.score += 1 / (k + index + 1)
    })
  })
  return [...byId.values()]
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .map(({ id, score, ranks }) => ({ id, score, ranks }))
}

/**
 * The weight of the semantic score in hybrid search; the keyword (BM25) score gets the rest.
 *
 * Chosen with test/eval/tune-fusion.ts on the 25 judged everyday questions: every weight from 0.6 to 0.9
 * ranks at least as well as semantic search alone on P@10 and nDCG@10 (0.468–0.476 and 0.627–0.636 against
 * 0.456 and 0.612), and 0.75 is the middle of that flat range, not its best point. Below 0.6 the BM25 of
 * everyday words (孩子, 学校, 上) pulls clauses that merely share them to the top; at 1 the exact words of the
 * question count for nothing. It plays the part of Meilisearch's `semanticRatio`.
 */
export const HYBRID_SEMANTIC_WEIGHT = 0.75

/**
 * What kind of query hybrid search fuses for: a `phrase` query (short terms, dictionary terms, quoted
 * text; no free text), or free text, `short` (up to SHORT_QUESTION_CHARS Chinese characters: 学校缺老师怎么办)
 * or `long` (孩子在学校吃饭安不安全). A short question names its topic in one or two words, which BM25
 * finds; a long one spreads it over everyday words that the model reads better than the words do.
 */
export type QueryType = 'phrase' | 'short' | 'long'

/** Chinese characters of a short question at most (the tuning half has 13 questions up to 8, 17 above). */
export const SHORT_QUESTION_CHARS = 8

const HAN = /\p{Script=Han}/u

export function queryType(query: ParsedQuery): QueryType {
  if (!query.groups.some((g) => g.some((t) => t.kind === 'words'))) return 'phrase'
  return [...query.raw].filter((ch) => HAN.test(ch)).length <= SHORT_QUESTION_CHARS ? 'short' : 'long'
}

/**
 * The semantic weight of hybrid fusion per query type, chosen on the tuning half with
 * `npx tsx test/eval/tune-fusion.ts --by-type` ("Hybrid fusion by query type" in bench/RESULTS.md). Since the
 * everyday vocabulary widens the question's words and relevance feedback sharpens the cosine, both kinds of
 * question rank best with less semantic weight than HYBRID_SEMANTIC_WEIGHT: short ones on a plateau from 0.4
 * to 0.6 (nDCG@10 0.849–0.854, 0.825 at 0.75), long ones flat from 0.2 to 0.6 (0.658–0.675, 0.652 at 0.75)
 * and falling above 0.8. The two types do not call for different weights; 0.5 sits inside both plateaus.
 * A phrase query (the tuning half now holds four: 高考, 班主任, 军训, 快慢班) ranks every clause containing the
 * phrase above every semantic-only neighbour anyway (ranking.ts hybridOrder), so its weight only orders clauses
 * within those bands: P@10 is 0.425 at every weight, nDCG@10 0.940–0.944 from 0.2 to 0.5 and 0.905–0.908 from 0.6
 * to 1 (HYBRID_SEMANTIC_WEIGHT, which it kept while no phrase query was judged, 0.905). Swept again on 2026-12-06
 * with the keyword tier weighing rare words (word-rarity.ts): short 0.4–0.5 best (P@10 0.657–0.664, nDCG@10 0.917),
 * long flat from 0.2 to 0.5 (0.481–0.487, 0.843–0.848); 0.5 for every type. A Map so that the sweep can set it on
 * the engine it measures.
 */
export const HYBRID_WEIGHTS = new Map<QueryType, number>([
  ['phrase', 0.5],
  ['short', 0.5],
  ['long', 0.5],
])

export function hybridSemanticWeight(query: ParsedQuery): number {
  return HYBRID_WEIGHTS.get(queryType(query)) ?? HYBRID_SEMANTIC_WEIGHT
}

export interface FusionInput<T> {
  id: T
  /** Cosine similarity with the query; null when the item is not in the semantic list. */
  cosine: number | null
  /** Keyword relevance (BM25 of the query's terms), 0 when the item contains none of them. */
  lexical: number
}

/**
 * Convex combination of normalised scores (Bruch, Gai & Ingber, "An analysis of fusion functions for
 * hybrid retrieval", ACM TOIS 2023): w · cosine′ + (1 − w) · lexical′, each part in [0, 1].
 * cosine′ is min-max normalised over the semantic list, so its last item scores 0 and an item outside
 * the list scores 0 too. lexical′ is BM25 over the largest BM25 of the items: BM25's own minimum is 0, so
 * an item without any query word gets no keyword credit.
 *
 * Why not reciprocal rank fusion: RRF gives the first keyword hit as much weight as the first semantic
 * hit, however weakly it matches. For everyday questions the keyword list is ordered by how many of the
 * question's words a clause shares, and its top is often a clause sharing only common words; on the
 * evaluation set RRF (k = 60) ranked below semantic search alone (P@10 0.420 against 0.456, nDCG@10 0.508
 * against 0.612). Weighting the lists or cutting the keyword list passed semantic search only at scattered
 * points of a grid over k and weights, never over a range. Scores carry how strongly each side matches,
 * which ranks do not.
 *
 * Returns the items best first; ties keep input order.
 */
export function convexFusion<T>(items: readonly FusionInput<T>[], semanticWeight: number = HYBRID_SEMANTIC_WEIGHT): { id: T; score: number }[] {
  let low = Infinity
  let high = -Infinity
  let topLexical = 0
  for (const item of items) {
    if (item.cosine !== null) {
      low = Math.min(low, item.cosine)
      high = Math.max(high, item.cosine)
    }
    topLexical = Math.max(topLexical, item.lexical)
  }
  const span = high - low
  const scored = items.map((item) => {
    // A one-item semantic list (or equal cosines) has no spread: its items count fully.
    const cosine = item.cosine === null ? 0 : span > 0 ? (item.cosine - low) / span : 1
    const lexical = topLexical > 0 ? item.lexical / topLexical : 0
    return { id: item.id, score: semanticWeight * cosine + (1 - semanticWeight) * lexical }
  })
  return scored.sort((a, b) => b.score - a.score)
}
