/**
 * 去年 read against a place the user filters on, as against a place the question names: a place with no plan of last
 * year is searched in all its years either way, so the place an offer moves from the question to the filters, or the
 * user ticks, finds what typing it found.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { keywordCorpusApp } from '../../test/fixtures/keyword-corpus-app.js'

const app = keywordCorpusApp('relative-year-place-filter')

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-06-01T00:00:00Z'))
})
afterEach(() => vi.useRealTimers())

describe('a relative year with the place as a filter', () => {
  it('searches 去年的课后服务 under the filter 长沙市, whose only plan is of 2020, in all its years, as 去年长沙的课后服务 typed', async () => {
    const typed = await app.search('去年长沙的课后服务')
    expect(typed.total).toBe(1)
    expect(typed.inferred).toEqual({ query: '课后服务', mentions: ['长沙'], city: ['长沙市'] })
    const filtered = await app.search('去年的课后服务', '&city=' + encodeURIComponent('长沙市'))
    expect(filtered.total).toBe(1)
    expect(filtered.hits.map((h) => h.id)).toEqual(typed.hits.map((h) => h.id))
    expect(filtered.inferred).toBeUndefined()
  })

  it('still reads 去年 as last year under the filter of a place that has a plan of last year', async () => {
    const filtered = await app.search('去年的课后服务', '&city=' + encodeURIComponent('泉州市'))
    expect(filtered.inferred).toEqual({ query: '课后服务', mentions: ['去年'], year: [2025] })
    expect(filtered.total).toBe((await app.search('课后服务', '&city=' + encodeURIComponent('泉州市') + '&year=2025')).total)
    expect(filtered.total).toBeGreaterThan(0)
  })
})
