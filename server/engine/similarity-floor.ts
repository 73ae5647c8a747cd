/**
 * The cosine below which a clause is not "close" to a query, per embedding model: semantic and hybrid
 * search return only the clauses at or above it, so a query the corpus does not answer (zzzz, 天气预报,
 * 股票行情) finds nothing instead of the 100 least distant clauses, and totals, facets and trends describe
 * clauses that are actually close.
 *
 * Calibrated on the tuning half of test/eval/judgments.ts (test/eval/tune-threshold.ts prints the sweep):
 * bge-small-zh-v1.5 gives every clause a cosine of about 0.25–0.45 with any query, nonsense included (the
 * best clause for zzzz is 0.41, for asdfgh 0.45), while half of the judged answers to everyday questions lie
 * above 0.51 and a tenth below 0.41. No floor separates the two completely. Swept over 0.40–0.50 (the
 * "Similarity floor" section of bench/RESULTS.md), the rule is the best hybrid nDCG@10 on the tuning half among
 * the floors that leave no off-topic query more than 3 results: 0.44 with 0.40 for a keyword hit (0.847; 0.849
 * with no floor at all). 0.42 with 0.40 is as good (0.846) but leaves an off-topic query 3 results and a held-out
 * greeting 9; 0.40 leaves 8. A keyword hit (a query word in the clause) is evidence of its own, so in hybrid mode
 * it needs a lower cosine (`withKeyword`), but not much lower: at 0.35, 足球比赛结果 (widened with 竞赛) keeps 7
 * clauses that mention a contest, at 0.40 one. Higher floors trade semantic mode's answers (nDCG@10 0.735 at
 * 0.44, 0.695 at 0.48) for nothing in hybrid: one floor serves both modes.
 *
 * A heading-only clause must clear the floor with its ranking cosine (HEADING_ONLY_COSINE_PENALTY off): a
 * short title sits close to any short query, so greetings (你好, 好的) otherwise reached 9 and 10 outline titles.
 *
 * A model without an entry is uncalibrated: its nearest clauses are returned as before, up to SEMANTIC_LIMIT.
 */
export interface SimilarityFloor {
  /** Least cosine of a clause found by meaning alone. */
  semantic: number
  /**
   * Least cosine of a hybrid keyword hit for free text, or for the plans' words searched for part of a short phrase
   * (PhraseTerm.widened); a phrase as typed, or the plans' word for the whole of it, is kept whatever its cosine.
   */
  withKeyword: number
}

const UNCALIBRATED: SimilarityFloor = { semantic: -Infinity, withKeyword: -Infinity }

/**
 * Keyed by the model id the index stores (server/semantic/embedder.ts EMBEDDING_MODEL_ID). A Map rather
 * than a constant so that test/eval/tune-threshold.ts can sweep the floor on the engine it measures.
 */
export const SIMILARITY_FLOORS = new Map<string, SimilarityFloor>([
  ['bge-small-zh-v1.5-q8', { semantic: 0.44, withKeyword: 0.4 }],
])

export function similarityFloor(model: string): SimilarityFloor {
  return SIMILARITY_FLOORS.get(model) ?? UNCALIBRATED
}

/**
 * How far a heading-only clause (outline-only: a table-of-contents title, no text) is moved down in cosine:
 * a short title sits close to any query on its topic, but it says nothing a reader can quote, so a clause
 * with text as close to the query ranks first. On the tuning half hybrid nDCG@10 is flat from 0.03 to 0.10
 * (0.630, 0.629, 0.623; 0.614 without it); 0.06 is the middle. A title much closer than any clause with
 * text (减轻学生作业负担 for 怎么减轻学生作业负担, cosine 0.74 against 0.65) still ranks first: it is the
 * better match, and the page marks it as heading-only.
 */
export const HEADING_ONLY_COSINE_PENALTY = 0.06
