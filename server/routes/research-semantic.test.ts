/**
 * The research endpoints with the real embedding model and an index built with vectors: the comparison
 * aligns by clause embeddings, and a semantic spread counts the semantic result set.
 */
import { describe, expect, it } from 'vitest'
import { embeddedPortal } from '../../test/fixtures/embedded-portal.js'
import type { SearchResponse } from '../api-types.js'
import type { PlanCompareResponse, SpreadResponse } from '../research/types.js'
import { modelForTests } from '../testing/model-for-tests.js'

const model = modelForTests()

describe.skipIf(model.skipped)('research endpoints with embeddings', () => {
  const t = embeddedPortal()
  const q = encodeURIComponent

  it('aligns by embeddings, and a plan compared with itself is all kept at similarity 1', async () => {
    const [a, b] = t.build.plans
    const self = await t.json<PlanCompareResponse>(`/api/research/compare?a=${q(a.id)}&b=${q(a.id)}`)
    expect(self.method).toBe('semantic')
    expect(self.counts.kept).toBe(t.build.clauses.filter((c) => c.planId === a.id).length)
    expect(self.rows.every((r) => r.status === 'kept' && r.similarity === 1)).toBe(true)
    const other = await t.json<PlanCompareResponse>(`/api/research/compare?a=${q(a.id)}&b=${q(b.id)}`)
    expect(other.method).toBe('semantic')
    expect(other.rows.filter((r) => r.b).map((r) => r.b!.id)).toEqual(t.build.clauses.filter((c) => c.planId === b.id).sort((x, y) => x.order - y.order).map((c) => c.id))
  })

  it('counts the semantic result set of a question in the city × year grid', async () => {
    const question = '减轻学生的作业负担'
    const spread = await t.json<SpreadResponse>(`/api/research/spread?q=${q(question)}&mode=semantic`)
    const search = await t.json<SearchResponse>(`/api/search?q=${q(question)}&mode=semantic&limit=1`)
    expect(spread.totals.clauses).toBe(search.total)
    expect(spread.limitedTo).toBe(search.total)
    expect(spread.cells.reduce((s, c) => s + c.clauses, 0)).toBe(search.total)
  })

  it('counts 江门\'s clause at a pasted place, 六、第25条, in semantic and hybrid mode, as every clause there, not the nearest (it counted 0)', async () => {
    for (const mode of ['semantic', 'hybrid'] as const) {
      const spread = await t.json<SpreadResponse>(`/api/research/spread?q=${q('六、第25条')}&mode=${mode}`)
      expect([spread.totals, spread.limitedTo, spread.firstMentions.map((m) => [m.planId, m.clauses])], mode).toEqual([
        { plans: 3, mentioning: 1, clauses: 1, undatedPlans: 0 },
        undefined,
        [['jiangmen-2023-jiaoyuju-gongzuo-yaodian', 1]],
      ])
    }
  })

  it('measures a citation that names its plan, 江门市教育局2023年工作要点 六、第25条, against every plan in semantic and hybrid mode, as keyword mode does (only 江门\'s, the city the model read from the title)', async () => {
    for (const mode of ['keyword', 'semantic', 'hybrid'] as const) {
      const spread = await t.json<SpreadResponse>(`/api/research/spread?q=${q('江门市教育局2023年工作要点 六、第25条')}&mode=${mode}`)
      expect([spread.totals, spread.firstMentions.map((m) => [m.planId, m.clauses])], mode).toEqual([
        { plans: 3, mentioning: 1, clauses: 1, undatedPlans: 0 },
        [['jiangmen-2023-jiaoyuju-gongzuo-yaodian', 1]],
      ])
    }
  })
})
