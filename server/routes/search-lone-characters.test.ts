/** One character of a question that the plans also write inside a longer word, over the bundled corpus. */
import { describe, expect, it } from 'vitest'
import { keywordCorpusApp } from '../../test/fixtures/keyword-corpus-app.js'

const { search } = keywordCorpusApp('lone-characters-test')

describe('a lone character of a question in keyword ranking', () => {
  it('ranks clauses on 学生 and 手机 first for 学生带手机, not a 一带一路 clause on its 带', async () => {
    const body = await search('学生带手机', '&fullText=true')
    const top = body.hits.slice(0, 3)
    expect(top.map((r) => r.id)).toEqual(['jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-2-6', '2024-qu-jiaoyu-he-tiyu-ju-gongzuo-yaodian-cc7628-2-13', 'daxinganling-2024-quanqu-jiaoyu-gongzuo-yaodian-2-8'])
    for (const r of top) expect(r.text).not.toContain('一带一路')
    expect(body.total).toBe(70)
  })
})
