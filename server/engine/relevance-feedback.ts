/**
 * Pseudo-relevance feedback for semantic and hybrid ranking (Rocchio's formula without negative examples):
 * the query vector moved towards the mean of its nearest passages, q′ = q + weight × mean(p₁ … p_k), then
 * normalised. An everyday question (孩子作业太多怎么办) sits between the official wordings; its nearest
 * clauses say it in the plans' own words, and their mean pulls the query to that wording, so clauses worded
 * like the best answers rise.
 *
 * Only the order changes. Which clauses are results is still judged on the original query's cosine
 * (similarity-floor.ts): q′ lies closer to every passage on the topic, so a floor judged on it would let in
 * clauses the question never asked about, and a query with nothing close (zzzz) must stay empty.
 *
 * Chosen on the tuning half of test/eval/ with test/eval/tune-feedback.ts (its table is in the "Relevance
 * feedback" section of bench/RESULTS.md): hybrid nDCG@10 0.697 without feedback, 0.717–0.733 anywhere from
 * 3 to 5 clauses at weights 0.3–1; 1–2 clauses are noisier, 8 drift off the topic. 5 clauses at 0.7 is the
 * middle of the best part of that plateau (0.727; semantic mode 0.590 → 0.623), not its single best point.
 */
export interface RelevanceFeedback {
  /** How many of the nearest clauses feed back; 0 turns feedback off. Range 1–10. */
  passages: number
  /** Weight of their mean against the query vector (weight 1). Range 0–1; 0 turns feedback off. */
  weight: number
}

const NONE: RelevanceFeedback = { passages: 0, weight: 0 }

/**
 * Per embedding model, keyed like SIMILARITY_FLOORS by the model id the index stores: a setting chosen for one
 * model says nothing about another, so a model without an entry ranks by the query's own cosine. A Map so
 * that test/eval/tune-feedback.ts can sweep the setting on the engine it measures.
 */
export const RELEVANCE_FEEDBACK = new Map<string, RelevanceFeedback>([['bge-small-zh-v1.5-q8', { passages: 5, weight: 0.7 }]])

export function relevanceFeedback(model: string): RelevanceFeedback {
  return RELEVANCE_FEEDBACK.get(model) ?? NONE
}

/** q + weight × mean(passages), L2-normalised so that its dot product with a passage is a cosine again. */
export function fedBackVector(query: Float32Array, passages: readonly Float32Array[], weight: number): Float32Array {
  const out = Float32Array.from(query)
  if (passages.length === 0 || weight === 0) return out
  const share = weight / passages.length
  for (const p of passages) for (let i = 0; i < out.length; i++) out[i] += share * p[i]
  let norm = 0
  for (let i = 0; i < out.length; i++) norm += out[i] * out[i]
  norm = Math.sqrt(norm)
  if (norm > 0) for (let i = 0; i < out.length; i++) out[i] /= norm
  return out
}
