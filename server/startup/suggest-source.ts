/** Builds the suggestion index from whatever the engine holds (works for SQLite and Meilisearch alike). */
import type { EngineHealth, SearchEngine } from '../engine/types.js'
import type { Segmenter } from '../../indexer/segment/segmenter.js'
import type { ClauseRecord, PlanRecord } from '../../indexer/types.js'
import { SuggestIndex } from '../suggest-index.js'

const sameIndex = (a: EngineHealth, b: EngineHealth) => b.ok && a.indexedAt === b.indexedAt && a.plans === b.plans && a.clauses === b.clauses

export async function buildSuggestIndex(engine: SearchEngine, segmenter: Segmenter): Promise<SuggestIndex> {
  let plans: PlanRecord[] = []
  let clauses: ClauseRecord[] = []
  // The SQLite engine follows its file: when a new index is renamed over it while this reads, the plans
  // and clauses would come from two indexes. Read again until one index answered all of it.
  for (let attempt = 0; attempt < 3; attempt++) {
    const health = await engine.health()
    if (!health.ok) return SuggestIndex.build({ plans: [], clauses: [], dictionaryTerms: [], words: () => [] })
    plans = await engine.listPlans()
    clauses = (await Promise.all(plans.map((p) => engine.planClauses(p.id)))).flat()
    if (sameIndex(health, await engine.health())) break
  }
  return SuggestIndex.build({ plans, clauses, dictionaryTerms: segmenter.dictionaryTerms(), words: (t) => segmenter.words(t) })
}
