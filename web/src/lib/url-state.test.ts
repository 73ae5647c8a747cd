import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  clearFilters, emptySearchState, excludeValue, parseSearchState, placeLabel, searchWithin, serializeSearchState, toApiParams, toggleFilter,
  type SearchState,
} from './url-state.js'

describe('parseSearchState', () => {
  it('reads every field of a shared search link', () => {
    const state = parseSearchState({
      q: ' 双减 ', city: ['荆门市', '江门市'], year: '2025', theme: '义务教育', mode: 'hybrid',
      sort: 'date', page: '3', group: 'plan',
    })
    expect(state).toEqual({
      q: '双减', city: ['荆门市', '江门市'], province: [], year: [2025], theme: ['义务教育'], level: [],
      exceptCity: [], exceptProvince: [], exceptYear: [], mode: 'hybrid', sort: 'date', page: 3, group: true, view: 'results', infer: true,
    })
  })

  it('reads the oldest-first sort and sends it to the server as date-asc', () => {
    const state = parseSearchState({ q: '双减', sort: 'date-asc' })
    expect(state.sort).toBe('date-asc')
    expect(serializeSearchState(state)).toEqual({ q: '双减', sort: 'date-asc' })
    expect(toApiParams(state, 20).toString()).toBe('q=%E5%8F%8C%E5%87%8F&sort=date-asc&page=1&limit=20')
  })

  it('falls back to defaults for values the server would reject', () => {
    const state = parseSearchState({ mode: 'fuzzy', sort: 'random', page: '0', year: ['20x5', '1800', '2024'], group: 'city' })
    expect(state.mode).toBe('keyword')
    expect(state.sort).toBe('relevance')
    expect(state.page).toBe(1)
    expect(state.year).toEqual([2024])
    expect(state.group).toBe(false)
  })

  it('drops blank and repeated filter values and keeps the order they were ticked in', () => {
    expect(parseSearchState({ city: ['江门市', '', '荆门市', '江门市', null] }).city).toEqual(['江门市', '荆门市'])
  })

  it('cuts a query longer than the server accepts', () => {
    expect(parseSearchState({ q: '教'.repeat(600) }).q).toHaveLength(500)
  })
})

describe('serializeSearchState', () => {
  it('leaves defaults out so the plain search link stays short', () => {
    expect(serializeSearchState({ ...emptySearchState(), q: '课后服务' })).toEqual({ q: '课后服务' })
  })

  it('writes one value as a string and several as a list', () => {
    const state = { ...emptySearchState(), q: '双减', city: ['荆门市'], year: [2024, 2025], view: 'trends' as const }
    expect(serializeSearchState(state)).toEqual({ q: '双减', city: '荆门市', year: ['2024', '2025'], view: 'trends' })
  })
})

const text = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.trim()).filter((s) => s.length > 0)
const arbitraryState: fc.Arbitrary<SearchState> = fc.record({
  q: fc.oneof(fc.constant(''), fc.constantFrom('双减', '"课后服务" -高校', '县中 OR 普高'), text),
  city: fc.uniqueArray(fc.oneof(text, fc.constantFrom('荆门市', '江门市', '深圳市')), { maxLength: 4 }),
  province: fc.uniqueArray(text, { maxLength: 3 }),
  year: fc.uniqueArray(fc.integer({ min: 1949, max: 2100 }), { maxLength: 4 }),
  theme: fc.uniqueArray(text, { maxLength: 3 }),
  level: fc.uniqueArray(fc.constantFrom('省', '市', '区县'), { maxLength: 3 }),
  exceptCity: fc.uniqueArray(fc.oneof(text, fc.constantFrom('荆门市', '江门市')), { maxLength: 2 }),
  exceptProvince: fc.uniqueArray(text, { maxLength: 2 }),
  exceptYear: fc.uniqueArray(fc.integer({ min: 1949, max: 2100 }), { maxLength: 2 }),
  mode: fc.constantFrom('keyword', 'semantic', 'hybrid'),
  sort: fc.constantFrom('relevance', 'date', 'date-asc'),
  page: fc.integer({ min: 1, max: 999 }),
  group: fc.boolean(),
  view: fc.constantFrom('results', 'trends'),
  infer: fc.boolean(),
})

describe('URL state round trip', () => {
  it('parse(serialize(state)) gives back the same state', () => {
    fc.assert(fc.property(arbitraryState, (state) => {
      expect(parseSearchState(serializeSearchState(state))).toEqual(state)
    }))
  })

  it('survives a trip through a real query string', () => {
    fc.assert(fc.property(arbitraryState, (state) => {
      const search = new URLSearchParams()
      for (const [key, value] of Object.entries(serializeSearchState(state))) {
        for (const v of Array.isArray(value) ? value : [value]) search.append(key, v)
      }
      const query: Record<string, string[]> = {}
      for (const [key, value] of new URLSearchParams(search.toString())) (query[key] ??= []).push(value)
      expect(parseSearchState(query)).toEqual(state)
    }))
  })

  it('serialize(parse(query)) is stable: a canonical URL maps to itself', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('q', 'city', 'year', 'mode', 'page', 'sort', 'x'), fc.string()), (query) => {
      const once = serializeSearchState(parseSearchState(query))
      expect(serializeSearchState(parseSearchState(once))).toEqual(once)
    }))
  })
})

describe('toggleFilter', () => {
  it('ticks and unticks a value and goes back to page 1', () => {
    const start = { ...emptySearchState(), q: '双减', page: 4 }
    const ticked = toggleFilter(start, 'city', '荆门市')
    expect(ticked.city).toEqual(['荆门市'])
    expect(ticked.page).toBe(1)
    expect(toggleFilter(ticked, 'city', '荆门市').city).toEqual([])
    expect(toggleFilter(start, 'year', '2025').year).toEqual([2025])
  })

  it('searchWithin searches the rest of a question within the places it named, beside the filters already ticked', () => {
    const state = { ...emptySearchState(), q: '荆门 双减', mode: 'hybrid' as const, theme: ['德育'], page: 3 }
    expect(searchWithin(state, '双减', { city: ['荆门市'], year: [2025] })).toEqual({ ...state, q: '双减', page: 1, city: ['荆门市'], year: [2025] })
    expect(placeLabel({ city: ['荆门市'], province: ['湖北省'], year: [2025] })).toBe('湖北省、荆门市、2025年')
  })

  it('searchWithin leaves out the places a question named as not asked for, and the label says so', () => {
    const state = { ...emptySearchState(), q: '除了荆门以外的双减', mode: 'semantic' as const }
    expect(searchWithin(state, '双减', { exceptCity: ['荆门市'] })).toEqual({ ...state, q: '双减', exceptCity: ['荆门市'] })
    expect(placeLabel({ exceptCity: ['荆门市'] })).toBe('荆门市以外')
    expect(placeLabel({ province: ['湖北省'], exceptCity: ['荆门市'], exceptYear: [2024] })).toBe('湖北省（不含荆门市、2024年）')
  })

  it('excludeValue leaves a value out and unticks it, from page 1; leaving it out twice changes nothing', () => {
    const state = { ...emptySearchState(), q: '双减', city: ['荆门市', '江门市'], year: [2024], page: 3 }
    const left = excludeValue(state, 'exceptCity', '荆门市')
    expect(left).toEqual({ ...state, city: ['江门市'], exceptCity: ['荆门市'], page: 1 })
    expect(excludeValue(left, 'exceptCity', '荆门市')).toBe(left)
    expect(excludeValue(state, 'exceptYear', '2024')).toEqual({ ...state, year: [], exceptYear: [2024], page: 1 })
  })

  it('removes a place left out like a ticked value, and sends it to the server', () => {
    const state = { ...emptySearchState(), q: '双减', exceptCity: ['荆门市'], exceptYear: [2024] }
    expect(toggleFilter(state, 'exceptCity', '荆门市').exceptCity).toEqual([])
    expect(toggleFilter(state, 'exceptYear', '2024').exceptYear).toEqual([])
    expect(toApiParams(state, 20).toString()).toBe(
      new URLSearchParams([['q', '双减'], ['exceptCity', '荆门市'], ['exceptYear', '2024'], ['page', '1'], ['limit', '20']]).toString(),
    )
    expect(parseSearchState({ q: '双减', exceptCity: '荆门市', exceptYear: ['2024', 'x'] })).toEqual(state)
    expect(clearFilters(state)).toEqual({ ...state, exceptCity: [], exceptYear: [] })
  })

  it('clearFilters keeps the query, mode and sort', () => {
    const state = { ...emptySearchState(), q: '双减', mode: 'hybrid' as const, sort: 'date' as const, city: ['荆门市'], theme: ['德育'] }
    expect(clearFilters(state)).toEqual({ ...state, city: [], theme: [] })
  })
})

describe('toApiParams', () => {
  it('repeats filter parameters and adds paging', () => {
    const state = { ...emptySearchState(), q: '双减', city: ['荆门市', '江门市'], page: 2 }
    expect(toApiParams(state, 20).toString()).toBe(
      new URLSearchParams([['q', '双减'], ['city', '荆门市'], ['city', '江门市'], ['page', '2'], ['limit', '20']]).toString(),
    )
  })

  it('pages the plans of the grouped view, not its clauses', () => {
    const state = { ...emptySearchState(), q: '双减', page: 3, group: true }
    expect(toApiParams(state, 20).toString()).toBe(
      new URLSearchParams([['q', '双减'], ['limit', '1'], ['group', 'plan'], ['groupPage', '3'], ['groupLimit', '10']]).toString(),
    )
  })

  it('asks for the question as typed, places not read as filters, with infer=0', () => {
    const state = parseSearchState({ q: '荆门 双减', mode: 'hybrid', infer: '0' })
    expect(state.infer).toBe(false)
    expect(serializeSearchState(state)).toEqual({ q: '荆门 双减', mode: 'hybrid', infer: '0' })
    expect(toApiParams(state, 20).get('infer')).toBe('0')
    expect(toApiParams({ ...state, infer: true }, 20).has('infer')).toBe(false)
  })

  it('asks for facets only (one hit) in the trends view', () => {
    const state = { ...emptySearchState(), q: '双减', view: 'trends' as const, page: 3 }
    expect(toApiParams(state, 20).toString()).toBe('q=%E5%8F%8C%E5%87%8F&limit=1')
  })
})
