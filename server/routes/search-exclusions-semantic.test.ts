/** Semantic and hybrid answers to a question that excludes words, with the real model over the bundled corpus. */
import { describe, expect, it } from 'vitest'
import { modelForTests } from '../testing/model-for-tests.js'
import { useSemanticCorpusApp } from '../testing/semantic-corpus-app.js'

describe.skipIf(modelForTests().skipped)('a question that excludes words, in semantic and hybrid mode', () => {
  const corpus = useSemanticCorpusApp()

  it('embeds 心理健康 -教师 as 心理健康: semantic lists 心理健康\'s clauses without 教师, 6 in its order (was 24, drawn towards 教师)', async () => {
    const all = await corpus.search('心理健康', 'semantic', '&limit=100&fullText=true')
    const without = await corpus.search('心理健康 -教师', 'semantic', '&limit=100')
    expect([all.total, without.total]).toEqual([9, 6])
    expect(without.hits.map((h) => h.id)).toEqual(all.hits.filter((h) => !(h.text ?? '').includes('教师')).map((h) => h.id))
  })

  it('embeds 双减 NOT 作业 as 双减: semantic 5 clauses (was 9), hybrid 9 (was 11), none saying 作业', async () => {
    for (const [mode, total] of [['semantic', 5], ['hybrid', 9]] as const) {
      const body = await corpus.search('双减 NOT 作业', mode, '&limit=100&fullText=true')
      expect(body.total, mode).toBe(total)
      expect(body.hits.filter((h) => (h.text ?? '').includes('作业')), mode).toEqual([])
    }
  })

  it('embeds 不含职业教育的教师培训 as 教师培训: semantic\'s first 40 are 教师培训\'s less the clauses saying 职业教育 (100+ either way)', async () => {
    const all = await corpus.search('教师培训', 'semantic', '&limit=100&fullText=true')
    const without = await corpus.search('不含职业教育的教师培训', 'semantic', '&limit=40')
    expect([all.totalIsLowerBound, without.totalIsLowerBound]).toEqual([true, true])
    expect(without.hits.map((h) => h.id)).toEqual(all.hits.filter((h) => !(h.text ?? '').includes('职业教育')).slice(0, 40).map((h) => h.id))
  })
})
