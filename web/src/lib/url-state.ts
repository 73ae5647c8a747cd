/**
 * The search page's whole state lives in the URL. These pure functions turn a route query into a
 * SearchState and back, so back/forward, reload and a shared link restore the page exactly.
 * Parsing is forgiving (unknown values fall back to defaults); serialising omits defaults, so
 * `serialize(parse(x))` is the canonical form of any URL and `parse(serialize(s))` equals `s`.
 */
import type { PlaceFilterValues, SearchMode, SortOrder } from '../api/types.js'

export type FilterField = 'city' | 'province' | 'year' | 'theme' | 'level'
export const FILTER_FIELDS: readonly FilterField[] = ['city', 'province', 'year', 'theme', 'level']
/** Places and years left out (除了荆门以外的双减): no facet of their own, shown and removed as chips. */
export type ExceptField = 'exceptCity' | 'exceptProvince' | 'exceptYear'
export const EXCEPT_FIELDS: readonly ExceptField[] = ['exceptCity', 'exceptProvince', 'exceptYear']
/** The facet each left-out field leaves values of out. */
export const EXCEPT_OF: Readonly<Record<'city' | 'province' | 'year', ExceptField>> = { city: 'exceptCity', province: 'exceptProvince', year: 'exceptYear' }
export type AnyFilterField = FilterField | ExceptField
export const ALL_FILTER_FIELDS: readonly AnyFilterField[] = [...FILTER_FIELDS, ...EXCEPT_FIELDS]
export type SearchView = 'results' | 'trends'

export interface SearchState {
  q: string
  city: string[]
  province: string[]
  year: number[]
  theme: string[]
  level: string[]
  exceptCity: string[]
  exceptProvince: string[]
  exceptYear: number[]
  mode: SearchMode
  sort: SortOrder
  /** From 1. */
  page: number
  /** `group=plan`: one entry per plan with its matching clauses. */
  group: boolean
  view: SearchView
  /**
   * Semantic and hybrid mode read a place or year in the question as a filter (荆门 双减 → 双减 in 荆门市);
   * false (`infer=0`) searches the question as typed.
   */
  infer: boolean
}

/** What vue-router's `route.query` holds. */
export type RouteQuery = Record<string, string | null | (string | null)[] | undefined>

export const MODES: readonly SearchMode[] = ['keyword', 'semantic', 'hybrid']
export const SORTS: readonly SortOrder[] = ['relevance', 'date', 'date-asc']
/** The server rejects longer queries and filter values (issue 5); trimming here keeps links working. */
export const MAX_QUERY_LENGTH = 500
const MAX_FILTER_LENGTH = 100
const MAX_FILTER_VALUES = 50
const MIN_YEAR = 1949
const MAX_YEAR = 2100

export function emptySearchState(): SearchState {
  return {
    q: '', city: [], province: [], year: [], theme: [], level: [], exceptCity: [], exceptProvince: [], exceptYear: [],
    mode: 'keyword', sort: 'relevance', page: 1, group: false, view: 'results', infer: true,
  }
}

function all(value: RouteQuery[string]): string[] {
  if (value === undefined || value === null) return []
  const list = Array.isArray(value) ? value : [value]
  return list.filter((v): v is string => typeof v === 'string')
}

function first(value: RouteQuery[string]): string | undefined {
  return all(value)[0]
}

function uniqueStrings(values: string[]): string[] {
  const out: string[] = []
  for (const raw of values) {
    const v = raw.trim()
    if (v && v.length <= MAX_FILTER_LENGTH && !out.includes(v)) out.push(v)
  }
  return out.slice(0, MAX_FILTER_VALUES)
}

function uniqueYears(values: string[]): number[] {
  const out: number[] = []
  for (const raw of values) {
    if (!/^\d{4}$/.test(raw.trim())) continue
    const year = Number(raw)
    if (year >= MIN_YEAR && year <= MAX_YEAR && !out.includes(year)) out.push(year)
  }
  return out.slice(0, MAX_FILTER_VALUES)
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback
}

export function parseSearchState(query: RouteQuery): SearchState {
  const pageText = first(query.page) ?? ''
  const page = /^\d{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1
  return {
    q: (first(query.q) ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    city: uniqueStrings(all(query.city)),
    province: uniqueStrings(all(query.province)),
    year: uniqueYears(all(query.year)),
    theme: uniqueStrings(all(query.theme)),
    level: uniqueStrings(all(query.level)),
    exceptCity: uniqueStrings(all(query.exceptCity)),
    exceptProvince: uniqueStrings(all(query.exceptProvince)),
    exceptYear: uniqueYears(all(query.exceptYear)),
    mode: oneOf(first(query.mode), MODES, 'keyword'),
    sort: oneOf(first(query.sort), SORTS, 'relevance'),
    page,
    group: first(query.group) === 'plan',
    view: first(query.view) === 'trends' ? 'trends' : 'results',
    infer: first(query.infer) !== '0',
  }
}

/** The route query for a state, defaults left out, keys in a fixed order. */
export function serializeSearchState(state: SearchState): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  if (state.q) out.q = state.q
  for (const field of ALL_FILTER_FIELDS) {
    const values = state[field].map(String)
    if (values.length === 1) out[field] = values[0]
    else if (values.length > 1) out[field] = values
  }
  if (state.mode !== 'keyword') out.mode = state.mode
  if (state.sort !== 'relevance') out.sort = state.sort
  if (state.page !== 1) out.page = String(state.page)
  if (state.group) out.group = 'plan'
  if (state.view !== 'results') out.view = state.view
  if (!state.infer) out.infer = '0'
  return out
}

/** Plans on one page of the grouped view (按文件分组), each with its best three clauses. */
export const GROUP_PAGE_SIZE = 10

/**
 * The /api/search parameters for a state. Trends need facets only, so they ask for one hit; the grouped view pages
 * the plans (its `page` is the page of plans) and shows no flat hits, so it asks for one of those too.
 */
export function toApiParams(state: SearchState, limit: number): URLSearchParams {
  const params = new URLSearchParams()
  if (state.q) params.set('q', state.q)
  for (const field of ALL_FILTER_FIELDS) for (const v of state[field]) params.append(field, String(v))
  if (state.mode !== 'keyword') params.set('mode', state.mode)
  if (state.sort !== 'relevance') params.set('sort', state.sort)
  if (!state.infer) params.set('infer', '0')
  if (state.view === 'trends') {
    params.set('limit', '1')
    return params
  }
  if (state.group) {
    params.set('limit', '1')
    params.set('group', 'plan')
    params.set('groupPage', String(state.page))
    params.set('groupLimit', String(GROUP_PAGE_SIZE))
    return params
  }
  params.set('page', String(state.page))
  params.set('limit', String(limit))
  return params
}

export function hasFilters(state: SearchState): boolean {
  return ALL_FILTER_FIELDS.some((field) => state[field].length > 0)
}

/** Ticks or unticks one facet value; any change of the result set goes back to page 1. */
export function toggleFilter(state: SearchState, field: AnyFilterField, value: string): SearchState {
  const next = { ...state, page: 1 }
  if (field === 'year' || field === 'exceptYear') {
    const year = Number(value)
    next[field] = state[field].includes(year) ? state[field].filter((y) => y !== year) : [...state[field], year]
  } else {
    const list = state[field]
    next[field] = list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
  }
  return next
}

/** Leaves a city, province or year out (排除), untick it if it was ticked; from page 1. */
export function excludeValue(state: SearchState, field: ExceptField, value: string): SearchState {
  const next = toggleFilter(state, field, value)
  if (!next[field].map(String).includes(value)) return state
  const own = (Object.keys(EXCEPT_OF) as (keyof typeof EXCEPT_OF)[]).find((facet) => EXCEPT_OF[facet] === field)!
  // A value ticked is unticked.
  return next[own].map(String).includes(value) ? toggleFilter(next, own, value) : next
}

/**
 * A search for `q` with the places and years a query named added to the state's filters (an alternative's
 * filters, or those the server read from the question), from page 1.
 */
export function searchWithin(state: SearchState, q: string, places: PlaceFilterValues | undefined): SearchState {
  const next: SearchState = { ...state, q, page: 1 }
  const join = <T>(a: T[], b: T[] | undefined) => [...new Set([...a, ...(b ?? [])])]
  next.city = join(state.city, places?.city)
  next.province = join(state.province, places?.province)
  next.year = join(state.year, places?.year)
  next.exceptCity = join(state.exceptCity, places?.exceptCity)
  next.exceptProvince = join(state.exceptProvince, places?.exceptProvince)
  next.exceptYear = join(state.exceptYear, places?.exceptYear)
  return next
}

/** The places and years of such filters as one label: 湖北省、荆门市、2024年; 荆门市以外; 湖北省（不含荆门市）. */
export function placeLabel(places: PlaceFilterValues): string {
  const asked = [...(places.province ?? []), ...(places.city ?? []), ...(places.year ?? []).map((y) => `${y}年`)].join('、')
  const left = [...(places.exceptProvince ?? []), ...(places.exceptCity ?? []), ...(places.exceptYear ?? []).map((y) => `${y}年`)].join('、')
  if (!left) return asked
  return asked ? `${asked}（不含${left}）` : `${left}以外`
}

export function clearFilters(state: SearchState): SearchState {
  return { ...state, city: [], province: [], year: [], theme: [], level: [], exceptCity: [], exceptProvince: [], exceptYear: [], page: 1 }
}

/** Two states show the same page (used to skip redundant navigation). */
export function sameSearchState(a: SearchState, b: SearchState): boolean {
  return JSON.stringify(serializeSearchState(a)) === JSON.stringify(serializeSearchState(b))
}
