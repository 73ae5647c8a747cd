/**
 * The cosine below which a clause is not "close" to a query, per embedding model: semantic and hybrid
 * search return only the clauses at or above it, so a query the corpus does not answer (zzzz, 天气预报,
 * 股票行情) finds nothing instead of the 100 least distant clauses, and totals, facets and trends describe
 * clauses that are actually close.
 *
 * Calibrated on the tuning half of test/eval/judgments.ts (test/eval/tune-threshold.ts prints the sweep):
 * bge-small-zh-v1.5 gives every clause a cosine of about 0.25–0.45 with any query, nonsense included (the
 * best clause for zzzz is 0.41, for asdfgh 0.45), while half of the judged answers to everyday questions lie
 * above 0.51 and a tenth below 0.41. No floor separates the two completely; the one chosen keeps nonsense
 * at ≤ 3 results and costs the least P@10 on the tuning half. A keyword hit (a query word in the clause)
 * is evidence of its own, so in hybrid mode it needs a lower cosine (`withKeyword`).
 *
 * A model without an entry is uncalibrated: its nearest clauses are returned as before, up to SEMANTIC_LIMIT.
 */
export interface SimilarityFloor {
  /** Least cosine of a clause found by meaning alone. */
  semantic: number
  /** Least cosine of a hybrid keyword hit for free text (exact phrases are kept whatever their cosine). */
  withKeyword: number
}

const UNCALIBRATED: SimilarityFloor = { semantic: -Infinity, withKeyword: -Infinity }

/** Keyed by the model id the index stores (server/semantic/embedder.ts EMBEDDING_MODEL_ID). */
export const SIMILARITY_FLOORS: ReadonlyMap<string, SimilarityFloor> = new Map([
  ['bge-small-zh-v1.5-q8', { semantic: 0.45, withKeyword: 0.4 }],
])

export function similarityFloor(model: string): SimilarityFloor {
  return SIMILARITY_FLOORS.get(model) ?? UNCALIBRATED
}

/**
 * How far a heading-only clause (outline-only: a table-of-contents title, no text) is moved down in cosine:
 * a short title sits close to any query on its topic, but it says nothing a reader can quote, so a clause
 * with text as close to the query ranks first.
 */
export const HEADING_ONLY_COSINE_PENALTY = 0.03
