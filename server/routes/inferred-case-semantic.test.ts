/** The words searched within a place a question names, as typed, with the real model over the bundled corpus. */
import { describe, expect, it } from 'vitest'
import { modelForTests } from '../testing/model-for-tests.js'
import { useSemanticCorpusApp } from '../testing/semantic-corpus-app.js'

describe.skipIf(modelForTests().skipped)('a question naming a place, with words in Latin letters', () => {
  const corpus = useSemanticCorpusApp()

  it('searches 泉州 AI as AI within 泉州市 (inferred.query AI, was ai), listing what AI lists under the filter 泉州市', async () => {
    for (const mode of ['semantic', 'hybrid'] as const) {
      const body = await corpus.search('泉州 AI', mode)
      expect(body.inferred, mode).toEqual({ query: 'AI', mentions: ['泉州'], city: ['泉州市'] })
      const filtered = await corpus.search('AI', mode, `&city=${encodeURIComponent('泉州市')}`)
      expect(body.hits.map((h) => h.id), mode).toEqual(filtered.hits.map((h) => h.id))
    }
    expect((await corpus.search('泉州 AI', 'hybrid')).total).toBe(2)
  })
})
