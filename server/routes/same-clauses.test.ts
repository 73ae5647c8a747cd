/** Offers said once: a keyword offer listing the clauses one before it lists is left out, over the bundled corpus. */
import { describe, expect, it } from 'vitest'
import { keywordCorpusApp } from '../../test/fixtures/keyword-corpus-app.js'
import type { SearchResponse } from '../api-types.js'
import { listsTheSame } from './same-clauses.js'

const { search, segmenter } = keywordCorpusApp('same-clauses-test')

describe('offers that list the same clauses', () => {
  it('offers 立德数人 the correction 立德树人 (14) alone, not also 立德 (14), whose clauses all say 立德树人', async () => {
    expect((await search('立德数人')).alternatives).toEqual([{ query: '立德树人', mode: 'keyword', total: 14, soundAlike: true }])
    expect((await search('立德')).total).toBe(14)
  })

  it('keeps 心里健康\'s looser 心里 (1) and 健康 (33) beside 心理健康 (14): each lists clauses the correction does not', async () => {
    expect((await search('心里健康')).alternatives).toEqual([
      { query: '心理健康', mode: 'keyword', total: 14, soundAlike: true },
      { query: '心里', mode: 'keyword', total: 1 },
      { query: '健康', mode: 'keyword', total: 33 },
    ])
  })

  it('reads two offers as one only where the second\'s phrases are all required: 立德 within 立德树人, not within free text or OR, nor under other filters', () => {
    const offer = (query: string, total = 14, filters?: { year: number[] }) => ({ query, mode: 'keyword' as const, total, ...(filters ? { filters } : {}) })
    expect(listsTheSame(offer('立德'), offer('立德树人'), segmenter)).toBe(true)
    expect(listsTheSame(offer('近视'), offer('学生 近视'), segmenter)).toBe(true)
    expect(listsTheSame(offer('立德'), offer('立德树人', 13), segmenter)).toBe(false)
    expect(listsTheSame(offer('立德'), offer('立德树人 | 德育'), segmenter)).toBe(false)
    expect(listsTheSame(offer('立德'), offer('落实立德树人根本任务的举措'), segmenter)).toBe(false)
    expect(listsTheSame(offer('立德'), offer('立德树人', 14, { year: [2024] }), segmenter)).toBe(false)
    expect(listsTheSame({ ...offer('立德'), mode: 'semantic' }, offer('立德树人'), segmenter)).toBe(false)
  })
})
