/** The offers of semantic and hybrid answers, with the real model over the bundled corpus. */
import { describe, expect, it } from 'vitest'
import { modelForTests } from '../testing/model-for-tests.js'
import { useSemanticCorpusApp } from '../testing/semantic-corpus-app.js'

describe.skipIf(modelForTests().skipped)('offers of semantic and hybrid answers', () => {
  const corpus = useSemanticCorpusApp()

  it('offers 深圳2026年教育重点 the newest plans\' 教育重点 and every year\'s without 深圳, whose plan is not here: hybrid 42 and 102, semantic 42 and 100', async () => {
    const totals = { hybrid: [42, 102], semantic: [42, 100] }
    for (const mode of ['hybrid', 'semantic'] as const) {
      const body = await corpus.search('深圳2026年教育重点', mode)
      expect([body.absentPlaces, body.absentYears], mode).toEqual([['深圳市'], [2026]])
      expect(body.alternatives, mode).toEqual([{ query: '教育重点', mode, total: totals[mode][0], filters: { year: [2025] } }, { query: '教育重点', mode, total: totals[mode][1] }])
    }
  })
})
