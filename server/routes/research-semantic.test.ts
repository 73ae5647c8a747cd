/**
 * The research endpoints with the real embedding model and an index built with vectors: the comparison
 * aligns by clause embeddings, and a semantic spread counts the semantic result set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchResponse } from '../api-types.js'
import type { PlanCompareResponse, SpreadResponse } from '../research/types.js'
import { modelForTests } from '../testing/model-for-tests.js'
import { buildTestData, removeTestData, startTestPortal, type TestPortal } from '../testing/test-portal.js'

const model = modelForTests()

describe.skipIf(model.skipped)('research endpoints with embeddings', () => {
  let t: TestPortal
  let dataDir: string
  const q = encodeURIComponent
  const get = async <T>(path: string) => {
    const res = await t.get(path)
    expect(res.status, path).toBe(200)
    return (await res.json()) as T
  }

  beforeAll(async () => {
    // Three plans keep embedding short: 荆门 2025, 江门 2023, 长沙 2020.
    dataDir = await buildTestData({ inputs: ['data/corpus/000_d9ce88d6bc3921ac.txt', 'data/corpus/002_e24f9c466794c2b3.txt', 'data/corpus/003_72060bc44866bc8a.txt'], embed: true })
    t = await startTestPortal(dataDir, {}, 0, true)
  }, 300_000)
  afterAll(async () => {
    await t?.close()
    removeTestData(dataDir)
  })

  it('aligns by embeddings, and a plan compared with itself is all kept at similarity 1', async () => {
    const [a, b] = t.build.plans
    const self = await get<PlanCompareResponse>(`/api/research/compare?a=${q(a.id)}&b=${q(a.id)}`)
    expect(self.method).toBe('semantic')
    expect(self.counts.kept).toBe(t.build.clauses.filter((c) => c.planId === a.id).length)
    expect(self.rows.every((r) => r.status === 'kept' && r.similarity === 1)).toBe(true)
    const other = await get<PlanCompareResponse>(`/api/research/compare?a=${q(a.id)}&b=${q(b.id)}`)
    expect(other.method).toBe('semantic')
    expect(other.rows.filter((r) => r.b).map((r) => r.b!.id)).toEqual(t.build.clauses.filter((c) => c.planId === b.id).sort((x, y) => x.order - y.order).map((c) => c.id))
  })

  it('counts the semantic result set of a question in the city × year grid', async () => {
    const question = '减轻学生的作业负担'
    const spread = await get<SpreadResponse>(`/api/research/spread?q=${q(question)}&mode=semantic`)
    const search = await get<SearchResponse>(`/api/search?q=${q(question)}&mode=semantic&limit=1`)
    expect(spread.totals.clauses).toBe(search.total)
    expect(spread.limitedTo).toBe(search.total)
    expect(spread.cells.reduce((s, c) => s + c.clauses, 0)).toBe(search.total)
  })
})
