/** Builds the suggestion index from whatever the engine holds (works for SQLite and Meilisearch alike). */
import type { SearchEngine } from '../engine/types.js'
import type { Segmenter } from '../../indexer/segment/segmenter.js'
import { SuggestIndex } from '../suggest-index.js'

export async function buildSuggestIndex(engine: SearchEngine, segmenter: Segmenter): Promise<SuggestIndex> {
  const health = await engine.health()
  if (!health.ok) return SuggestIndex.build({ plans: [], clauses: [], dictionaryTerms: [], words: () => [] })
  const plans = await engine.listPlans()
  const clauses = (await Promise.all(plans.map((p) => engine.planClauses(p.id)))).flat()
  return SuggestIndex.build({ plans, clauses, dictionaryTerms: segmenter.dictionaryTerms(), words: (t) => segmenter.words(t) })
}
