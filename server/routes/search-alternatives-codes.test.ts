/**
 * A name of digits and letters (5G, IPv6) in a keyword query that finds nothing: the segmenter cuts 5G into 5 + g, and
 * the looser queries (server/query/relax-query.ts) read it as a number and as single characters, so 5G+教育 offered no
 * keyword search, though two clauses write 5G (基于Ipv6和5G的教育专网, “5G+专递课堂”). Bundled corpus, keyword mode.
 */
import { describe, expect, it } from 'vitest'
import { keywordCorpusApp } from '../../test/fixtures/keyword-corpus-app.js'

const { search } = keywordCorpusApp('alternatives-codes')

describe('keyword offers for a query naming 5G', () => {
  it('offers 5G 教育 (2) for 5G+教育 and 5G教育, which find no clause', async () => {
    for (const q of ['5G+教育', '5G教育']) {
      const body = await search(q)
      expect([body.total, body.alternatives], q).toEqual([0, [{ query: '5G 教育', mode: 'keyword', total: 2 }]])
    }
  })

  it('lists the two clauses writing 5G for the offer 5G 教育, as counted', async () => {
    const body = await search('5G 教育')
    expect(body.total).toBe(2)
    expect(body.hits.map((h) => h.planId).sort()).toEqual(['jiangmen-2023-jiaoyuju-gongzuo-yaodian', 'quanzhou-2025-jiaoyu-gongzuo-yaodian'])
  })

  it('still reads a number as a number: 十五分钟 is offered in digits (15分钟, 1), not cut into characters', async () => {
    expect((await search('十五分钟')).alternatives).toEqual([{ query: '15分钟', mode: 'keyword', total: 1 }])
  })
})
