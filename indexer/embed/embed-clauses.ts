/**
 * The indexer's embedding step: every clause becomes one vector, computed once per distinct passage text and
 * model, and taken from the cache on later runs.
 */
import type { ClauseRecord, ClauseVectors, Embedder } from '../types.js'
import { passageText } from './passage-text.js'
import { vectorCacheKey, type VectorCache } from './vector-cache.js'

export interface EmbedProgress {
  /** Clauses whose vector is known (from the cache or just computed). */
  done: number
  total: number
  /** Passages computed by the model in this run so far. */
  embedded: number
  /** Clauses answered from the cache. */
  cached: number
}

export const defaultEmbedClausesOptions = {
  /** Passages per progress report and per cache transaction: an interrupted run loses at most this many. */
  batchSize: 32,
}

export async function embedClauses(
  clauses: ClauseRecord[],
  embedder: Embedder,
  cache: VectorCache,
  onProgress?: (progress: EmbedProgress) => void,
  options = defaultEmbedClausesOptions,
): Promise<ClauseVectors> {
  const keyOf = new Map<string, string>()
  const passageOf = new Map<string, string>()
  for (const clause of clauses) {
    const passage = passageText(clause)
    const key = vectorCacheKey(embedder.modelId, passage)
    keyOf.set(clause.id, key)
    passageOf.set(key, passage)
  }

  const vectors = cache.getMany([...passageOf.keys()])
  const missing = [...passageOf.keys()].filter((key) => !vectors.has(key))
  const cachedClauses = clauses.filter((c) => vectors.has(keyOf.get(c.id)!)).length
  const clausesPerKey = new Map<string, number>()
  for (const key of keyOf.values()) clausesPerKey.set(key, (clausesPerKey.get(key) ?? 0) + 1)

  const progress: EmbedProgress = { done: cachedClauses, total: clauses.length, embedded: 0, cached: cachedClauses }
  onProgress?.({ ...progress })
  for (let start = 0; start < missing.length; start += options.batchSize) {
    const keys = missing.slice(start, start + options.batchSize)
    const computed = await embedder.embedPassages(keys.map((k) => passageOf.get(k)!))
    const entries = keys.map((key, i): [string, Float32Array] => [key, computed[i]])
    cache.putMany(entries)
    for (const [key, vector] of entries) {
      vectors.set(key, vector)
      progress.done += clausesPerKey.get(key)!
    }
    progress.embedded += keys.length
    onProgress?.({ ...progress })
  }

  const byId = new Map<string, Float32Array>()
  for (const clause of clauses) byId.set(clause.id, vectors.get(keyOf.get(clause.id)!)!)
  return { model: embedder.modelId, dimension: embedder.dimension, byId }
}
