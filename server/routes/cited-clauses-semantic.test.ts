/** A pasted citation in semantic and hybrid mode, with the real model over the bundled corpus. */
import { describe, expect, it } from 'vitest'
import { modelForTests } from '../testing/model-for-tests.js'
import { useSemanticCorpusApp } from '../testing/semantic-corpus-app.js'

describe.skipIf(modelForTests().skipped)('a pasted citation in semantic and hybrid mode', () => {
  const corpus = useSemanticCorpusApp()

  it('lists 江门市教育局2023年工作要点 六、第25条 as 江门\'s clause 25 alone (hybrid listed clause 27, semantic found 0 for 六、第25条)', async () => {
    for (const mode of ['semantic', 'hybrid'] as const) {
      const body = await corpus.search('江门市教育局2023年工作要点 六、第25条', mode)
      expect([body.total, body.hits.map((h) => h.id)], mode).toEqual([1, ['jiangmen-2023-jiaoyuju-gongzuo-yaodian-6-25']])
      // The plan's name is where the place is, not a city and a year to filter by (they were inferred: 江门市, 2023).
      expect(body.inferred, mode).toBeUndefined()
      expect((await corpus.search('六、第25条', mode)).total, mode).toBe(2)
    }
  })
})
