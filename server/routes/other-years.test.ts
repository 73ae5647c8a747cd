/** Which questions are offered the one plan they name whole (other-years.ts namedPlanFilters). */
import { describe, expect, it } from 'vitest'
import { namedPlanFilters } from './other-years.js'
import type { SearchParams } from './search-request.js'

const params = (q: string, extra: Partial<SearchParams> = {}): SearchParams =>
  ({ q, mode: 'semantic', city: [], province: [], year: [], exceptCity: [], exceptProvince: [], ...extra }) as unknown as SearchParams

describe('namedPlanFilters', () => {
  it('offers 泉州市 2025 for 泉州市2025年有什么新变化, but nothing for 2024年有什么新变化 (no place), 泉州市2025年的校服 (a topic) or a 荆门市 filter', () => {
    expect(namedPlanFilters(params('泉州市2025年有什么新变化'), { query: '有什么新变化', mentions: ['泉州市', '2025年'], city: ['泉州市'], year: [2025] })).toEqual({
      city: ['泉州市'],
      year: [2025],
    })
    expect(namedPlanFilters(params('泉州市有什么新变化'), { query: '有什么新变化', mentions: ['泉州市'], city: ['泉州市'] })).toEqual({ city: ['泉州市'] })
    expect(namedPlanFilters(params('2024年有什么新变化'), { query: '有什么新变化', mentions: ['2024年'], year: [2024] })).toBeNull()
    expect(namedPlanFilters(params('泉州市2025年的校服'), { query: '的校服', mentions: ['泉州市', '2025年'], city: ['泉州市'], year: [2025] })).toBeNull()
    expect(namedPlanFilters(params('泉州市2025年有什么新变化', { city: ['荆门市'] }), { query: '有什么新变化', mentions: ['泉州市', '2025年'], city: ['泉州市'], year: [2025] })).toBeNull()
    expect(namedPlanFilters(params('泉州市2025年有什么新变化', { exceptCity: ['泉州市'] }), { query: '有什么新变化', mentions: ['泉州市', '2025年'], city: ['泉州市'], year: [2025] })).toBeNull()
    expect(namedPlanFilters(params('泉州市2025年有什么新变化', { city: ['荆门市'] }), { query: '有什么新变化', mentions: ['2025年'], year: [2025] })).toBeNull()
  })

  it('offers 广东省 for 广东省有什么新政策 and 荆门市 for 荆门有哪些新措施: 政策 and 措施 name no topic', () => {
    expect(namedPlanFilters(params('广东省有什么新政策'), { query: '有什么新政策', mentions: ['广东省'], province: ['广东省'] })).toEqual({ province: ['广东省'] })
    expect(namedPlanFilters(params('荆门有哪些新措施'), { query: '有哪些新措施', mentions: ['荆门'], city: ['荆门市'] })).toEqual({ city: ['荆门市'] })
  })
})
