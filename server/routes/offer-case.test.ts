/** The Latin words of keyword offers, as typed or as the plans write them, over the bundled corpus. */
import { describe, expect, it } from 'vitest'
import { keywordCorpusApp } from '../../test/fixtures/keyword-corpus-app.js'
import type { SearchResponse } from '../api-types.js'

const { search } = keywordCorpusApp('offer-case-test')

describe('Latin words in keyword offers', () => {
  it('offers AI教育 its words apart as typed, AI 教育 (2), not ai 教育; ＡＩ教育 (full width) likewise', async () => {
    for (const q of ['AI教育', 'ＡＩ教育']) {
      expect((await search(q)).alternatives, q).toEqual([{ query: 'AI 教育', mode: 'keyword', total: 2 }, { query: '人工智能', mode: 'keyword', total: 8 }])
    }
  })

  it('offers ai教育 and stem教育, typed in small letters, as the plans write them: AI 教育 (2), STEM 教育 (1)', async () => {
    expect((await search('ai教育')).alternatives?.[0]).toEqual({ query: 'AI 教育', mode: 'keyword', total: 2 })
    expect((await search('stem教育')).alternatives?.[0]).toEqual({ query: 'STEM 教育', mode: 'keyword', total: 1 })
  })

  it('keeps a capital the user typed where the plans write otherwise: Ai教育 → Ai 教育 (2)', async () => {
    expect((await search('Ai教育')).alternatives?.[0]).toEqual({ query: 'Ai 教育', mode: 'keyword', total: 2 })
  })
})
