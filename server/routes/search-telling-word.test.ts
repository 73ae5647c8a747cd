/**
 * A question's one telling word against its common words and leftover characters, in keyword ranking over the bundled corpus,
 * and what the answer says of the words a sentence question matched by.
 */
import { describe, expect, it } from 'vitest'
import { keywordCorpusApp } from '../../test/fixtures/keyword-corpus-app.js'

const { search } = keywordCorpusApp('telling-word-test')

describe('the telling word of a keyword question', () => {
  it('ranks the 校服 clauses first for 学校收不收校服费, above clauses holding only 学校, 收 and 费', async () => {
    const body = await search('学校收不收校服费', '&fullText=true&limit=10')
    expect(body.hits.slice(0, 4).map((h) => h.id)).toEqual([
      'jiangmen-2023-jiaoyuju-gongzuo-yaodian-5-20',
      '2024-qu-jiaoyu-he-tiyu-ju-gongzuo-yaodian-cc7628-4-30',
      'jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-1-3',
      '2024-qu-jiaoyu-he-tiyu-ju-gongzuo-yaodian-cc7628-2-23',
    ])
    expect(body.hits.slice(0, 4).every((h) => h.text!.includes('校服'))).toBe(true)
    expect(body.hits.slice(4).some((h) => h.text!.includes('校服'))).toBe(false)
  })

  it('says which words matched 职业学校毕业好找工作吗 and which only ranked, and nothing for a term typed alone', async () => {
    const body = await search('职业学校毕业好找工作吗')
    expect(body.total).toBe(31)
    // 就业 is the plans' word for 找工作 (data/dict/everyday-terms.txt), searched beside the typed ones.
    expect(body.sentenceWords).toEqual({ matched: ['职业', '毕业', '就业'], rankOnly: ['学校', '工作'] })
    expect((await search('学校')).sentenceWords).toBeUndefined()
    // 流感 and 传染病 fill no page (3 clauses), so 学校 still matches and nothing is rank-only.
    expect((await search('学校怎么防流感传染病')).sentenceWords).toBeUndefined()
  })
})
