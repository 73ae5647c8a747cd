/** Two words typed as one, in semantic and hybrid mode, with the real model over the bundled corpus. */
import { describe, expect, it } from 'vitest'
import { modelForTests } from '../testing/model-for-tests.js'
import { useSemanticCorpusApp } from '../testing/semantic-corpus-app.js'

describe.skipIf(modelForTests().skipped)('two words typed as one that the plans never write side by side', () => {
  const corpus = useSemanticCorpusApp()

  it('offers 学生阅读 (0 clauses, nothing offered) its words apart in hybrid mode, 学生 阅读 (2), as the click finds', async () => {
    for (const mode of ['semantic', 'hybrid'] as const) {
      const body = await corpus.search('学生阅读', mode)
      expect([body.total, body.alternatives], mode).toEqual([0, [{ query: '学生 阅读', mode: 'hybrid', total: 2 }]])
    }
    expect((await corpus.search('学生 阅读', 'hybrid')).total).toBe(2)
  })

  it('offers 学生近视 (semantic 3, hybrid 3) 学生 近视 in hybrid mode (5), and nothing for a phrase that finds enough (教师轮岗 60) or is one word (校服)', async () => {
    for (const mode of ['semantic', 'hybrid'] as const) {
      expect((await corpus.search('学生近视', mode)).alternatives, mode).toEqual([{ query: '学生 近视', mode: 'hybrid', total: 5 }])
      expect((await corpus.search('教师轮岗', mode)).alternatives, mode).toBeUndefined()
    }
    expect((await corpus.search('校服', 'hybrid')).alternatives).toBeUndefined()
  })
})
