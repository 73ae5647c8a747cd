/**
 * Relevance feedback on the SQLite engine, against a hand computation: every clause of the bundled corpus
 * gets a fixed pseudo-random unit vector, so the nearest clauses, the fed-back vector and the order it gives
 * are unique and can be recomputed here from the vectors alone. The same search runs on the exact scan and on
 * the HNSW graph (its size threshold lowered), where the fed-back cosines are read through SQLite's pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClauseRecord, IndexBuild } from '../../../indexer/types.js'
import { keywordQuery, loadCorpusBuild, tempIndexPath } from '../../../test/fixtures/engine-fixtures.js'
import { RELEVANCE_FEEDBACK } from '../relevance-feedback.js'
import { HEADING_ONLY_COSINE_PENALTY } from '../similarity-floor.js'
import type { ClauseVectors, SearchEngine } from '../types.js'
import { annOptions } from './ann-index.js'
import { openSqliteEngine } from './sqlite-engine.js'
import { SEMANTIC_LIMIT } from './vector-query.js'

const DIMENSION = 32
const MODEL = 'feedback-test-vectors'

/** A unit vector drawn from a generator seeded by a string (FNV-1a, then xorshift). */
function seededVector(key: string): Float32Array {
  let seed = 2166136261
  for (const ch of key) seed = Math.imul(seed ^ ch.codePointAt(0)!, 16777619) >>> 0
  const v = new Float32Array(DIMENSION)
  for (let k = 0; k < DIMENSION; k++) {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    v[k] = ((seed >>> 0) / 2 ** 32) * 2 - 1
  }
  return unit(v)
}

function unit(v: Float32Array): Float32Array {
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0))
  return v.map((x) => x / norm)
}

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, k) => s + x * b[k], 0)

let build: IndexBuild
let vectors: ClauseVectors
const engines: Record<'exact' | 'graph', SearchEngine> = {} as never
const savedAnn = { ...annOptions }

beforeAll(async () => {
  build = await loadCorpusBuild()
  vectors = { model: MODEL, dimension: DIMENSION, byId: new Map(build.clauses.map((c) => [c.id, seededVector(c.id)])) }
  RELEVANCE_FEEDBACK.set(MODEL, { passages: 3, weight: 0.5 })
  engines.exact = await openSqliteEngine({ path: tempIndexPath() })
  await engines.exact.replaceAll(build, vectors)
  Object.assign(annOptions, { minVectors: 0, exactShare: 1, buildThreads: 1 })
  engines.graph = await openSqliteEngine({ path: tempIndexPath() })
  await engines.graph.replaceAll(build, vectors)
})
afterAll(async () => {
  Object.assign(annOptions, savedAnn)
  RELEVANCE_FEEDBACK.delete(MODEL)
  await engines.exact?.close()
  await engines.graph?.close()
})

describe('semantic search with relevance feedback', () => {
  it.each(['exact', 'graph'] as const)('keeps the nearest clauses by the query\'s own cosine and orders them by the fed-back cosine (%s)', async (kind) => {
    const query = seededVector('a question')
    const penalty = (c: ClauseRecord) => (c.outlineOnly ? HEADING_ONLY_COSINE_PENALTY : 0)
    const own = (c: ClauseRecord) => dot(query, vectors.byId.get(c.id)!) - penalty(c)
    const set = [...build.clauses].sort((a, b) => own(b) - own(a)).slice(0, SEMANTIC_LIMIT)
    const mean = new Float32Array(DIMENSION)
    for (const c of set.slice(0, 3)) vectors.byId.get(c.id)!.forEach((x, k) => (mean[k] += x / 3))
    const fed = unit(query.map((x, k) => x + 0.5 * mean[k]))
    const fedBack = (c: ClauseRecord) => dot(fed, vectors.byId.get(c.id)!) - penalty(c)
    const expected = [...set].sort((a, b) => fedBack(b) - fedBack(a))

    const result = await engines[kind].search(keywordQuery('', { mode: 'semantic', vector: query, limit: SEMANTIC_LIMIT }))
    expect(result.total).toBe(SEMANTIC_LIMIT)
    expect(result.hits.map((h) => h.clause.id)).toEqual(expected.map((c) => c.id))
    expect(result.hits[0].score).toBeCloseTo(fedBack(expected[0]) + penalty(expected[0]), 5)
    // Feedback changed the order, or this test would not show that it is used.
    expect(expected.map((c) => c.id)).not.toEqual(set.map((c) => c.id))
  })
})
