/**
 * What the search offers for a slip inside an everyday question, over the bundled corpus in keyword mode: a common word
 * typed for its homophone, read by the word after it (homophones.ts besideNext), and a near sound of an everyday word no
 * plan writes (霸临 for 霸凌, which the plans call 欺凌).
 */
import { describe, expect, it } from 'vitest'
import { keywordCorpusApp } from '../../test/fixtures/keyword-corpus-app.js'

const corpus = keywordCorpusApp('slip-offers')

describe('a slip inside an everyday question', () => {
  it('offers 学校有没有心理辅导 for 学校有没有心里辅导, whose words found clauses (学校) though 心里辅导 is in none', async () => {
    const body = await corpus.search('学校有没有心里辅导')
    expect(body.total).toBeGreaterThan(0)
    const meant = await corpus.search('学校有没有心理辅导')
    expect(body.alternatives?.[0]).toEqual({ query: '学校有没有心理辅导', mode: 'keyword', total: meant.total, soundAlike: true })
  })

  it('reads 心里 as typed where no word follows it: 孩子把话放在心里 is offered its looser words, no correction', async () => {
    const body = await corpus.search('孩子把话放在心里')
    expect(body.alternatives?.filter((a) => a.soundAlike)).toEqual([])
    expect(body.alternatives?.map((a) => a.query)).toEqual(['放在', '心里'])
  })

  it('offers the plans\' 欺凌 (4) for 霸临, a near sound of 霸凌, which keyword mode finds in no clause', async () => {
    const body = await corpus.search('霸临')
    expect(body.total).toBe(0)
    expect(body.alternatives).toEqual([{ query: '欺凌', mode: 'keyword', total: 4, soundAlike: true }])
  })

  it('offers 校园欺凌 (1) for 校园霸临, and the looser 校园 after it', async () => {
    const body = await corpus.search('校园霸临')
    expect(body.alternatives?.slice(0, 2)).toEqual([
      { query: '校园欺凌', mode: 'keyword', total: 1, soundAlike: true },
      { query: '校园', mode: 'keyword', total: 58 },
    ])
  })
})
