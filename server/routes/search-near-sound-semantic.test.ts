/** 您是不是要找 for a word typed with a sound close to the plans' (fuzzy pinyin), with the real model over the bundled corpus. */
import { describe, expect, it } from 'vitest'
import { modelForTests } from '../testing/model-for-tests.js'
import { useSemanticCorpusApp } from '../testing/semantic-corpus-app.js'

describe.skipIf(modelForTests().skipped)('a word typed with a sound close to the plans\'', () => {
  const corpus = useSemanticCorpusApp()

  it('offers 校园欺临 (lin for ling; 0 clauses in keyword mode, nothing offered but 校园) corrected in every mode: 校园欺凌 keyword 1, semantic 7, hybrid 7', async () => {
    const totals = { keyword: 1, semantic: 7, hybrid: 7 }
    for (const mode of ['keyword', 'semantic', 'hybrid'] as const) {
      const body = await corpus.search('校园欺临', mode)
      expect(body.alternatives?.[0], mode).toEqual({ query: '校园欺凌', mode, total: totals[mode], soundAlike: true })
    }
  })
})
