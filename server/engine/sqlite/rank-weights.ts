/**
 * The tunables of keyword relevance on the SQLite engine, read by keyword matching (tiers, BM25) and by
 * the ranking of result sets (rerank pool, hybrid candidates). Tier weights are spaced so that a lower
 * signal can never outweigh a higher one.
 */
export const rankWeights = {
  /**
   * Per word of a free-text term found in the clause: dominates everything else. A typed word rare in the
   * language counts for up to three (gram-match-plan.ts WordGrams.weight, word-rarity.ts): 学生溺水怎么预防 ranks
   * the clauses saying 溺水 above those saying 学生 and 预防.
   */
  word: 1000,
  /**
   * Per single character of free text left over by segmentation (收 in 学校能不能收补课费, 多 in 让孩子多锻炼身体):
   * it ranks but matches nothing alone (gram-match-plan.ts), and says less of the question than a word. Below a
   * third of a word, so three of them (学校 + 收 + 费 of 学校收不收校服费) stay below the one telling word (校服);
   * a multiple of `near`, since word counts are kept in units of it. At 500: keyword tuning P@10 0.460, nDCG@10 0.746;
   * at 330: 0.466, 0.754; the other modes and the test half unchanged.
   */
  character: 330,
  /**
   * A word of free text in more than this share of the clauses (学校, 教育, 工作 in plans of education work)
   * says as little of a question as a leftover character and counts as one: 学校收费不合理 should not rank
   * 学校 + 合理 above 收费. Chosen on the evaluation's tuning half: 0.1–0.3 all gain, 0.3 most; 0.5 changes nothing.
   */
  genericShare: 0.3,
  /**
   * A clause with text of its own, not heading-only (outline-only: a table-of-contents title): above a
   * heading hit, nearness and BM25 together, below one word, so a heading-only clause never outranks a
   * clause with text that matches as many words.
   */
  withText: 200,
  /** Any query term in the clause heading. */
  heading: 100,
  /** The words of a free-text term within NEAR_DISTANCE characters. */
  near: 10,
  /** BM25 (or the length proxy) is squashed into [0, within) so it only orders clauses of one tier. */
  within: 9.99,
  /** BM25 term-frequency saturation. Range 1.2–2.0; default 1.2. */
  k1: 1.2,
  /** BM25 length normalisation, 0 (none) to 1 (full); default 0.75. */
  b: 0.75,
  /** Clauses per query ranked by full BM25; the rest of a tier follow by length. Default 200 (10 pages of 20). */
  rerankPool: 200,
} as const

/**
 * Bump when keyword ranking changes in code rather than in `rankWeights`: indexes store the first pages of
 * frequent pairs (frequent-grams-writer.ts), and a page ranked by other rules must not be served.
 * 2: an occurrence across two words counts less (word-bounds.ts).
 */
const RANKING_REVISION = 2

/** What stored first pages were ranked with; they are read only while it is unchanged. */
export function rankingFingerprint(): string {
  return `${RANKING_REVISION}:${JSON.stringify(rankWeights)}`
}
