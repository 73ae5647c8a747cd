/**
 * The HNSW graph (ann-index.ts) must give the same semantic results, facets included, as the exact scan.
 * The bundled corpus is indexed twice with the same vectors, once with the graph forced on (its size
 * threshold lowered) and once without; every clause gets a fixed pseudo-random unit vector from its id,
 * so there are no ties and the exact order is unique. Recall at scale is measured by bench/semantic-bench.ts.
 */
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IndexBuild } from '../../../indexer/types.js'
import { keywordQuery, loadCorpusBuild, tempIndexPath } from '../../../test/fixtures/engine-fixtures.js'
import { SIMILARITY_FLOORS } from '../similarity-floor.js'
import type { ClauseVectors, SearchEngine, SearchFilters } from '../types.js'
import { annOptions, searchListFor } from './ann-index.js'
import { openSqliteEngine } from './sqlite-engine.js'
import { VectorStore } from './vectors.js'

const DIMENSION = 48

/** A unit vector drawn from a generator seeded by the clause id (FNV-1a, then xorshift). */
function idVector(id: string): Float32Array {
  let seed = 2166136261
  for (const ch of id) seed = Math.imul(seed ^ ch.codePointAt(0)!, 16777619) >>> 0
  const v = new Float32Array(DIMENSION)
  let norm = 0
  for (let k = 0; k < DIMENSION; k++) {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    v[k] = ((seed >>> 0) / 2 ** 32) * 2 - 1
    norm += v[k] * v[k]
  }
  for (let k = 0; k < DIMENSION; k++) v[k] /= Math.sqrt(norm)
  return v
}

let build: IndexBuild
let vectors: ClauseVectors
let graphFile: string
let graph: SearchEngine
let exact: SearchEngine
const saved = { ...annOptions }

beforeAll(async () => {
  build = await loadCorpusBuild()
  vectors = { model: 'id-seeded-test-vectors', dimension: DIMENSION, byId: new Map(build.clauses.map((c) => [c.id, idVector(c.id)])) }
  exact = await openSqliteEngine({ path: tempIndexPath() })
  await exact.replaceAll(build, vectors)
  // Graph for any size, and walked for any filter whose clauses lie within the whole index. One build thread:
  // a parallel build is not deterministic, and now and then leaves a node no search reaches (this test failed
  // about 4 runs in 5 with two threads), which is recall at scale, measured by the bench, not this test's subject.
  Object.assign(annOptions, { minVectors: 0, exactShare: 1, buildThreads: 1 })
  graphFile = tempIndexPath()
  graph = await openSqliteEngine({ path: graphFile })
  await graph.replaceAll(build, vectors)
})
afterAll(async () => {
  Object.assign(annOptions, saved)
  await graph?.close()
  await exact?.close()
})

const semantic = (filters: SearchFilters, vector: Float32Array) => keywordQuery('', { mode: 'semantic', vector, filters, facets: true, limit: 100 })

/** The engine's semantic answer for `vector` under `filters` is the exact scan's: clauses, order, cosines, facets, total. */
async function expectSameAsExact(engine: SearchEngine, filters: SearchFilters, vector: Float32Array): Promise<void> {
  const [a, b] = await Promise.all([engine.search(semantic(filters, vector)), exact.search(semantic(filters, vector))])
  expect(a.hits.map((h) => h.clause.id)).toEqual(b.hits.map((h) => h.clause.id))
  expect(a.hits.map((h) => h.score)).toEqual(b.hits.map((h) => h.score))
  expect(a.facets).toEqual(b.facets)
  expect(a.total).toBe(b.total)
}

describe('Vector search through the HNSW graph', () => {
  it('stores the graph inside the index file, only when asked to by size', () => {
    const db = new Database(graphFile, { readonly: true })
    try {
      expect(db.prepare("SELECT value FROM meta WHERE key = 'ann_kind'").pluck().get()).toBe('usearch-hnsw-cos-f16')
      expect(db.prepare('SELECT count(*) FROM ann_chunks').pluck().get()).toBe(1)
      expect(db.prepare("SELECT value FROM meta WHERE key = 'ann_connectivity'").pluck().get()).toBe('32')
      expect(db.prepare("SELECT value FROM meta WHERE key = 'ann_expansion_add'").pluck().get()).toBe('256')
    } finally {
      db.close()
    }
  })

  it('searches a longer candidate list the more vectors the graph holds: 1 024 up to 125k, 4 864 at a million', () => {
    const sizes = [343, 100_000, 125_000, 250_000, 300_000, 1_000_000, 2_000_000]
    expect(sizes.map((n) => searchListFor(n))).toEqual([1024, 1024, 1024, 1792, 2048, 4864, 8192])
    // A graph built with the shorter build list of earlier indexes needs twice as long a list per doubling.
    expect(sizes.map((n) => searchListFor(n, 128))).toEqual([1024, 1024, 1024, 2048, 4096, 8192, 16384])
  })

  it('reads a graph built with 16 edges per node before the index recorded its M, and answers as the exact scan does', async () => {
    const file = tempIndexPath()
    Object.assign(annOptions, { connectivity: 16 })
    const old = await openSqliteEngine({ path: file })
    try {
      await old.replaceAll(build, { model: 'id-seeded-test-vectors', dimension: DIMENSION, byId: new Map(build.clauses.map((c) => [c.id, idVector(c.id)])) })
      await old.close()
      const db = new Database(file)
      db.prepare("DELETE FROM meta WHERE key = 'ann_connectivity'").run()
      db.close()
      Object.assign(annOptions, { connectivity: saved.connectivity })
      const reopened = await openSqliteEngine({ path: file })
      const query = idVector(build.clauses[7].id)
      const [a, b] = await Promise.all([reopened.search(semantic({}, query)), exact.search(semantic({}, query))])
      expect(a.hits.map((h) => h.clause.id)).toEqual(b.hits.map((h) => h.clause.id))
      await reopened.close()
    } finally {
      Object.assign(annOptions, { connectivity: saved.connectivity })
    }
  })

  it('with an i8 graph (ann_kind usearch-hnsw-cos-i8), returns the exact scan’s clauses, cosines, totals and facets', async () => {
    const file = tempIndexPath()
    Object.assign(annOptions, { quantization: 'i8' })
    const i8 = await openSqliteEngine({ path: file })
    try {
      await i8.replaceAll(build, vectors)
      const db = new Database(file, { readonly: true })
      expect(db.prepare("SELECT value FROM meta WHERE key = 'ann_kind'").pluck().get()).toBe('usearch-hnsw-cos-i8')
      db.close()
      const city = build.clauses.find((c) => c.city)!.city!
      for (const probe of build.clauses.slice(0, 20).map((c) => c.id)) {
        const vector = idVector(`${probe}/query`)
        for (const filters of [{}, { city: [city] }]) {
          await expectSameAsExact(i8, filters, vector)
        }
      }
    } finally {
      Object.assign(annOptions, { quantization: saved.quantization })
      await i8.close()
    }
  })

  it('returns the exact scan’s clauses, order, cosines and facets, with and without filters', async () => {
    const city = build.clauses.find((c) => c.city)!.city!
    const year = build.clauses.find((c) => c.year)!.year!
    const theme = build.clauses.find((c) => c.themes.length > 0)!.themes[0]
    const filterSets: SearchFilters[] = [{}, { city: [city] }, { year: [year] }, { theme: [theme] }, { city: [city], theme: [theme] }]
    for (const probe of build.clauses.slice(0, 40).map((c) => c.id)) {
      const vector = idVector(`${probe}/query`)
      for (const filters of filterSets) {
        await expectSameAsExact(graph, filters, vector)
      }
    }
  })

  it('walks the graph with a filter to the exact scan’s clauses and cosines, reading only the neighbours that can enter', () => {
    const db = new Database(graphFile, { readonly: true })
    try {
      const store = VectorStore.load(db, build.clauses.length)!
      for (const probe of build.clauses.slice(0, 40).map((c) => c.id)) {
        const vector = idVector(`${probe}/filtered`)
        const exact = store.similarities(vector)
        for (const [accept, limit] of [[(r: number) => r % 3 === 0, 20], [(r: number) => r % 2 === 1, 50], [() => true, 5]] as const) {
          const near = store.query(vector)
          const expected = Array.from({ length: build.clauses.length }, (_, i) => i + 1)
            .filter(accept)
            .sort((a, b) => exact[b] - exact[a] || a - b)
            .slice(0, limit)
          const found = near.nearest(accept, limit)
          expect(found).toEqual(expected)
          expect(found.map((r) => near.sims[r])).toEqual(expected.map((r) => exact[r]))
          // Neighbours past the answer by more than the f16 error are never read.
          expect(near.sims.filter((s) => s > -Infinity).length).toBeLessThan(build.clauses.length)
        }
      }
    } finally {
      db.close()
    }
  })

  it('with a floor, walks the neighbours fetched once for every filter instead of scoring a narrow filter’s clauses exactly', () => {
    const db = new Database(graphFile, { readonly: true })
    const floor = 0.2
    try {
      Object.assign(annOptions, { exactShare: 0.2 })
      const store = VectorStore.load(db, build.clauses.length)!
      const city = build.clauses.find((c) => c.city)!.city!
      const cityRows = Int32Array.from(build.clauses.flatMap((c, i) => (c.city === city ? [i + 1] : [])))
      const inCity = new Set(cityRows)
      expect(cityRows.length).toBeLessThanOrEqual(build.clauses.length * 0.2)
      for (const probe of build.clauses.slice(0, 40).map((c) => c.id)) {
        const vector = idVector(`${probe}/floor`)
        const exact = store.similarities(vector)
        const near = store.query(vector, floor)
        // The unfiltered facet walks the graph, so the search list is fetched first; it reaches below the floor.
        near.prefetch([{ count: cityRows.length, rows: () => cityRows }, null], () => true, 20)
        const found = near.nearest((r) => inCity.has(r), 20, { count: cityRows.length, rows: () => cityRows })
        const expected = [...cityRows].sort((a, b) => exact[b] - exact[a] || a - b).slice(0, 20).filter((r) => exact[r] >= floor)
        expect(found.filter((r) => near.sims[r] >= floor)).toEqual(expected)
        // Only the city's clauses near the floor or above were read, not all of them.
        expect([...cityRows].filter((r) => near.sims[r] > -Infinity).length).toBeLessThan(cityRows.length)
      }
    } finally {
      Object.assign(annOptions, { exactShare: 1 })
      db.close()
    }
  })

  it('with a floor, returns the exact scan’s clauses, cosines, totals and facets under narrow and broad filters', async () => {
    const city = build.clauses.find((c) => c.city)!.city!
    const theme = build.clauses.find((c) => c.themes.length > 0)!.themes[0]
    SIMILARITY_FLOORS.set('id-seeded-test-vectors', { semantic: 0.15, withKeyword: 0.1 })
    Object.assign(annOptions, { exactShare: 0.2 })
    try {
      for (const probe of build.clauses.slice(0, 40).map((c) => c.id)) {
        const vector = idVector(`${probe}/floor-engine`)
        for (const filters of [{}, { city: [city] }, { city: [city], theme: [theme] }] as SearchFilters[]) {
          await expectSameAsExact(graph, filters, vector)
        }
      }
    } finally {
      SIMILARITY_FLOORS.delete('id-seeded-test-vectors')
      Object.assign(annOptions, { exactShare: 1 })
    }
  })

  it('scores on demand a clause the graph search did not reach, as the exact scan would', () => {
    const db = new Database(graphFile, { readonly: true })
    try {
      const store = VectorStore.load(db, build.clauses.length)!
      const vector = idVector('on-demand/query')
      const near = store.query(vector)
      const found = new Set(near.nearest(() => true, 5))
      const exact = store.similarities(vector)
      const unreached = Array.from({ length: build.clauses.length }, (_, i) => i + 1).filter((r) => near.sims[r] === -Infinity)
      expect(store.indexed).toBe(true)
      expect(found.size).toBe(5)
      expect(unreached.length).toBeGreaterThan(0)
      for (const r of unreached) expect(near.cosine(r)).toBe(exact[r])
    } finally {
      db.close()
    }
  })
})
