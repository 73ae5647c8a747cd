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

describe.skipIf(modelForTests().skipped)('a question with a word typed in small letters that the plans write in capitals', () => {
  const corpus = useSemanticCorpusApp()

  it('reads ai教育 and ａｉ教育 as the plans write it, AI教育: the same clauses in semantic and hybrid mode (was 21 against 35 in semantic)', async () => {
    for (const mode of ['semantic', 'hybrid'] as const) {
      const written = await corpus.search('AI教育', mode)
      for (const q of ['ai教育', 'ａｉ教育']) {
        const typed = await corpus.search(q, mode)
        expect([typed.total, typed.hits.map((h) => h.id)], `${mode} ${q}`).toEqual([written.total, written.hits.map((h) => h.id)])
      }
    }
    expect((await corpus.search('AI教育', 'semantic')).total).toBe(35)
  })

  it('keeps a capital the user typed, and a word no clause holds, as typed: 泉州 ai → AI, 泉州 Ai → Ai, 泉州 xyz → xyz', async () => {
    const read = async (q: string) => (await corpus.search(q, 'semantic')).inferred?.query
    expect([await read('泉州 ai'), await read('泉州 Ai'), await read('泉州 xyz')]).toEqual(['AI', 'Ai', 'xyz'])
  })
})
