/**
 * A parent's words for breakfast, the noon nap and the school's wifi, searched over the bundled corpus in keyword mode:
 * data/dict/everyday-terms.txt widens them by the plans' 校园餐 食品安全, 睡眠 and 互联网 信息化, where before 学校有没有早餐
 * and 孩子学校的wifi listed clauses that merely say 学校, and 午休 found nothing and offered nothing.
 */
import { describe, expect, it } from 'vitest'
import { keywordCorpusApp } from '../../test/fixtures/keyword-corpus-app.js'

const { search } = keywordCorpusApp('everyday-school-day')
const ids = (hits: { id: string }[], n: number) => hits.slice(0, n).map((h) => h.id)

describe('everyday words of the school day', () => {
  it('lists the clauses on school meals and food safety first for 学校有没有早餐, not those that only say 学校', async () => {
    const body = await search('学校有没有早餐')
    expect(body.total).toBe(154)
    expect(ids(body.hits, 5)).toEqual([
      'jiangmen-2023-jiaoyuju-gongzuo-yaodian-5-20',
      'jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-1-3',
      'quanzhou-2025-jiaoyu-gongzuo-yaodian-8-26',
      'quanzhou-2025-jiaoyu-gongzuo-yaodian-8-25',
      'daxinganling-2024-quanqu-jiaoyu-gongzuo-yaodian-5-29',
    ])
  })

  it('offers the plans\' 睡眠 (1) for 午休 typed alone, and finds the sleep clause for 中午能不能午休', async () => {
    const nap = await search('午休')
    expect(nap.total).toBe(0)
    expect(nap.alternatives).toEqual([{ query: '睡眠', mode: 'keyword', total: 1 }])
    const question = await search('中午能不能午休')
    expect(question.total).toBe(1)
    expect(ids(question.hits, 1)).toEqual(['rongcheng-2024-quanshi-jiaoyu-he-tiyu-gongzuo-yaodian-2-21'])
    expect(question.hits[0].snippet).toContain('<mark>睡眠</mark>保障')
  })

  it('lists the clause on the schools\' internet first for 孩子学校的wifi, and offers 互联网 (6) and 信息化 (9) for wifi alone', async () => {
    const body = await search('孩子学校的wifi')
    expect(body.total).toBe(158)
    expect(ids(body.hits, 2)).toEqual(['daxinganling-2024-quanqu-jiaoyu-gongzuo-yaodian-3-18', 'jiangmen-2023-jiaoyuju-gongzuo-yaodian-6-24'])
    const alone = await search('wifi')
    expect([alone.total, alone.alternatives]).toEqual([0, [{ query: '互联网', mode: 'keyword', total: 6 }, { query: '信息化', mode: 'keyword', total: 9 }]])
  })
})
