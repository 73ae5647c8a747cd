/**
 * A short phrase searched in hybrid mode by the plans' words for a part of it (iPhone多少钱 holds 多少钱 → 收费): those
 * hits must be close to the question, as a free-text word's must; the plans' words for the whole phrase (霸凌 → 欺凌)
 * are kept whatever their cosine, as the typed phrase is.
 */
import { describe, expect, it } from 'vitest'
import { modelForTests } from '../testing/model-for-tests.js'
import { useSemanticCorpusApp } from '../testing/semantic-corpus-app.js'

describe.skipIf(modelForTests().skipped)('the plans\' words searched for part of a short phrase in hybrid mode', () => {
  const corpus = useSemanticCorpusApp()

  it('keeps of iPhone多少钱 only the fee clauses close to it: 2 (5 before, every clause saying 收费)', async () => {
    const found = await corpus.search('iPhone多少钱', 'hybrid', '&limit=50')
    expect(found.total).toBe(2)
    expect(found.hits.map((h) => h.id)).toEqual(['jiangmen-2023-jiaoyuju-gongzuo-yaodian-3-8', 'quanzhou-2025-jiaoyu-gongzuo-yaodian-3-11'])
  })

  it('keeps every clause saying 欺凌 for 霸凌, whose plans\' word says the whole of it (4, as before)', async () => {
    const found = await corpus.search('霸凌', 'hybrid', '&limit=50')
    expect(found.total).toBe(4)
    expect(found.hits.every((h) => h.snippet.includes('<mark>欺凌</mark>'))).toBe(true)
  })
})
