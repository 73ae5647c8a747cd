/**
 * A keyword search's offers (the looser queries, the search within a place the question names) are counted as their
 * click searches them: the offer's query with the search's own filters and the offer's added (web/src/lib/url-state.ts
 * searchWithin), read again for the places, years, self-introductions and telling words of that query.
 */
import { describe, expect, it } from 'vitest'
import type { QueryAlternative, SearchResponse } from '../api-types.js'
import { keywordCorpusApp } from '../../test/fixtures/keyword-corpus-app.js'

const app = keywordCorpusApp('offer-click-counts')

const address = (params: Record<string, readonly (string | number)[]>) =>
  Object.entries(params).flatMap(([k, vs]) => vs.map((v) => `&${k}=${encodeURIComponent(String(v))}`)).join('')

/** Each keyword offer of the search, with what its click finds. */
async function offeredAndClicked(q: string, own: Record<string, string[]> = {}) {
  const res = await app.search(q, address(own))
  const offers = (res.alternatives ?? []).filter((a) => a.mode === 'keyword')
  const clicked = await Promise.all(offers.map(async (a: QueryAlternative) => {
    const next: Record<string, (string | number)[]> = { ...own }
    for (const [field, values] of Object.entries(a.filters ?? {})) next[field] = [...new Set([...(next[field] ?? []), ...(values as (string | number)[])])]
    const answer: SearchResponse = await app.search(a.query, address(next))
    return { query: a.query, total: answer.total }
  }))
  return { offered: offers.map((a) => ({ query: a.query, total: a.total })), clicked }
}

describe('a keyword offer clicked', () => {
  it.each([
    // The digits offer was counted as parsed text (5), where the click reads 我是 as who asks and finds 13.
    ['我是一名家长，想问', {}, [{ query: '我是1名家长', total: 13 }]],
    // Counted as typed within 江门市 (1), where the click reads 湖南省 as a filter beside 江门市 and finds none: not offered.
    ['新会区湖南省营养餐', {}, []],
    // Counted as typed within 泉州市 and 大兴安岭地区 (10), where the click finds 1. 泉州 said twice leaves the text at both.
    ['泉州师范学院泉州大兴安岭2023年', {}, [{ query: '师范学院', total: 1 }]],
    // Counted as parsed text (2), where the click finds 65.
    ['荆门 我是荆门的老师，', { exceptCity: ['荆门市'] }, [{ query: '我是荆门的老师', total: 65 }, { query: '教师', total: 64 }]],
  ])('of %s %j finds the count it was offered with', async (q, own, expected) => {
    const { offered, clicked } = await offeredAndClicked(q, own)
    expect(offered).toEqual(expected)
    expect(clicked).toEqual(offered)
  })
})
