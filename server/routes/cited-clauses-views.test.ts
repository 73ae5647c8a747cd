/**
 * A pasted citation (六、第25条) in the feed and the research views over the bundled corpus: the clauses standing at that
 * place, as the search lists them (cited-clauses.test.ts), where its words had found none.
 */
import { describe, expect, it } from 'vitest'
import { keywordCorpusApp } from '../../test/fixtures/keyword-corpus-app.js'
import type { FirstMentionsResponse, SpreadResponse, ThemeCityResponse } from '../research/types.js'

const { request } = keywordCorpusApp('cited-clauses-views-test')
const q = encodeURIComponent

const AT_6_25 = ['2024-xian-jiaoyu-tiyu-gongzuo-yaodian-ba3c75-6-25', 'jiangmen-2023-jiaoyuju-gongzuo-yaodian-6-25']

async function json<T>(address: string): Promise<T> {
  const res = await request(address)
  expect(res.status, address).toBe(200)
  return (await res.json()) as T
}

/** The clause ids of a feed's entries, in its order, and their summaries. */
async function feed(query: string, extra = ''): Promise<{ ids: string[]; summaries: string[] }> {
  const res = await request(`/api/feed?q=${q(query)}${extra}`)
  expect(res.status).toBe(200)
  const entries = [...(await res.text()).matchAll(/<entry>[\s\S]*?<\/entry>/gu)].map((m) => m[0])
  return {
    ids: entries.map((e) => /<id>[^<]*\/c\/([^<]+)<\/id>/u.exec(e)![1]),
    summaries: entries.map((e) => /<summary[^>]*>([^<]*)<\/summary>/u.exec(e)![1]),
  }
}

describe('a pasted citation in the feed', () => {
  it('lists the clauses at 六、第25条 in every plan (its words gave an empty feed), newest first, its words not marked', async () => {
    const body = await feed('六、第25条')
    expect(body.ids).toEqual(AT_6_25)
    expect(body.summaries.some((s) => s.includes('mark'))).toBe(false)
  })

  it('lists the one clause of the plan named before the place, and under a city filter the clause of that city\'s plan', async () => {
    expect((await feed('江门市教育局2023年工作要点 六、第25条')).ids).toEqual(['jiangmen-2023-jiaoyuju-gongzuo-yaodian-6-25'])
    expect((await feed('二、第6条', `&city=${q('荣成市')}`)).ids).toEqual(['rongcheng-2024-quanshi-jiaoyu-he-tiyu-gongzuo-yaodian-2-6'])
  })

  it('stays empty for a place no plan here has, 第二部分 一、（二）, and searches words before a place that name no plan, 义务教育法第25条, as words (16)', async () => {
    expect((await feed('第二部分 一、（二）')).ids).toEqual([])
    expect((await feed('义务教育法第25条')).ids).toHaveLength(16)
  })
})

describe('a pasted citation in the research views', () => {
  it('spreads 六、第25条 over the two plans holding it, measured against all 11 plans (it spread over none)', async () => {
    const body = await json<SpreadResponse>(`/api/research/spread?q=${q('六、第25条')}`)
    expect(body.totals).toEqual({ plans: 11, mentioning: 2, clauses: 2, undatedPlans: 0 })
    expect(body.cells.filter((c) => c.clauses > 0).map((c) => [c.city, c.year, c.mentioning, c.clauses])).toEqual([
      ['江门市', 2023, 1, 1],
      [null, 2024, 1, 1],
    ])
  })

  it('names 江门市 2023 and the plan without a city 2024 as first mentions of 六、第25条, and five cities as never', async () => {
    const body = await json<FirstMentionsResponse>(`/api/research/first-mentions?q=${q('六、第25条')}`)
    expect(body.firstMentions.map((m) => [m.city, m.year, m.planId, m.clauses])).toEqual([
      ['江门市', 2023, 'jiangmen-2023-jiaoyuju-gongzuo-yaodian', 1],
      [null, 2024, '2024-xian-jiaoyu-tiyu-gongzuo-yaodian-ba3c75', 1],
    ])
    expect(body.never).toHaveLength(5)
  })

  it('counts the themes of the clauses at 六、第25条 by city, and of 江门\'s clause alone when its plan is named before the place', async () => {
    const all = await json<ThemeCityResponse>(`/api/research/themes?q=${q('六、第25条')}`)
    expect([all.total, all.cells.filter((c) => c.clauses > 0)]).toEqual([
      2,
      [
        { theme: '经费与办学条件', city: null, clauses: 1 },
        { theme: '双减与课后服务', city: '江门市', clauses: 1 },
      ],
    ])
    const named = await json<ThemeCityResponse>(`/api/research/themes?q=${q('江门市教育局2023年工作要点 六、第25条')}`)
    expect([named.total, named.cells.filter((c) => c.clauses > 0)]).toEqual([1, [{ theme: '双减与课后服务', city: '江门市', clauses: 1 }]])
  })
})
