/**
 * The filterable metadata of every clause, held in typed arrays indexed by SQLite rowid, so filters and
 * disjunctive facets over a whole result set are one tight loop in memory instead of five GROUP BY queries.
 */
import type { FacetField, Facets, FacetValue, SearchFilters } from '../types.js'
import { ClauseRowsBuilder, MIN_YEAR, YEAR_SPAN, type ClauseRowsData } from './clause-rows-data.js'
import { RowPostings, type RowSubset } from './row-postings.js'

export interface ClauseRowInput {
  rowid: number
  planId: string
  year: number | null
  city: string | null
  province: string | null
  level: string | null
  outlineOnly: boolean
  /** ClauseRecord.headingOnly: ranked as heading-only, filtered as not outline-only. */
  headingOnly?: boolean
  /** ClauseRecord.firstIndexed in milliseconds since the epoch (0 when unknown). */
  firstIndexedMs: number
  themes: string[]
  /** Length of the normalised search text, for BM25 length normalisation. */
  length: number
}

export const FACET_BIT: Record<FacetField, number> = { city: 1, province: 2, year: 4, theme: 8, level: 16 }
/** Filters without a facet (plan, outlineOnly, since, places left out, excluded ids) fail a row for every facet. */
export const HARD_FAIL = 1 << 10

/** Dictionary-encoded strings: value ↔ small integer (the ids of ClauseRowsData). */
class Dictionary {
  private idsByValue: Map<string, number> | null = null
  constructor(readonly values: string[]) {}
  lookup(value: string): number | undefined {
    this.idsByValue ??= new Map(this.values.map((v, id) => [v, id]))
    return this.idsByValue.get(value)
  }
}

export class ClauseRows {
  readonly size: number
  readonly plan: Int32Array
  readonly year: Int32Array
  readonly length: Int32Array
  readonly avgLength: number
  private readonly city: Int32Array
  private readonly province: Int32Array
  private readonly level: Int32Array
  private readonly outline: Uint8Array
  private readonly firstIndexed: Float64Array
  private readonly themeStart: Int32Array
  private readonly themeIds: Int32Array
  readonly plans: Dictionary
  private readonly cities: Dictionary
  private readonly provinces: Dictionary
  private readonly levels: Dictionary
  private readonly themes: Dictionary

  /**
   * Over `source`'s arrays as they are (shared with every thread holding the same data), or packed from rows
   * with dense rowids 1..n. The scratch arrays and postings below are this object's own: one per thread.
   */
  constructor(source: ClauseRowsData | ClauseRowInput[]) {
    const data = Array.isArray(source) ? packRows(source) : source
    this.data = data
    this.size = data.size
    this.avgLength = data.avgLength
    this.plan = data.plan
    this.year = data.year
    this.length = data.length
    this.city = data.city
    this.province = data.province
    this.level = data.level
    this.outline = data.outline
    this.firstIndexed = data.firstIndexed
    this.themeStart = data.themeStart
    this.themeIds = data.themeIds
    this.plans = new Dictionary(data.dictionaries.plans)
    this.cities = new Dictionary(data.dictionaries.cities)
    this.provinces = new Dictionary(data.dictionaries.provinces)
    this.levels = new Dictionary(data.dictionaries.levels)
    this.themes = new Dictionary(data.dictionaries.themes)
  }

  /** The arrays and dictionaries, to hand to another thread (postMessage shares the arrays). */
  readonly data: ClauseRowsData

  private readonly scratchArrays: Float64Array[] = []
  private readonly postings = new Map<FacetField | 'plan', RowPostings>()

  /**
   * A superset of the rows passing `filters` (the facet bits in `ignore` ignored, as a facet ignores its own
   * filter): the rows of the one filtered field that holds the fewest, or null when no field is filtered.
   * A narrow filter's exact vector pass walks these instead of every row.
   */
  candidates(filters: SearchFilters, ignore = 0): RowSubset | null {
    let best: { field: FacetField | 'plan'; ids: number[]; count: number } | null = null
    const consider = (field: FacetField | 'plan', ids: number[]) => {
      const postings = this.postingsOf(field)
      const count = ids.reduce((n, id) => n + postings.count(id), 0)
      if (!best || count < best.count) best = { field, ids, count }
    }
    const ids = (dict: Dictionary, values?: string[]) => (values ?? []).map((v) => dict.lookup(v) ?? -1)
    const wants = (field: FacetField, values?: unknown[]) => (ignore & FACET_BIT[field]) === 0 && values !== undefined && values.length > 0
    if (wants('city', filters.city)) consider('city', ids(this.cities, filters.city))
    if (wants('province', filters.province)) consider('province', ids(this.provinces, filters.province))
    if (wants('level', filters.level)) consider('level', ids(this.levels, filters.level))
    if (wants('theme', filters.theme)) consider('theme', ids(this.themes, filters.theme))
    if (filters.plan && filters.plan.length > 0) consider('plan', ids(this.plans, filters.plan))
    if ((ignore & FACET_BIT.year) === 0) {
      const from = Math.max(filters.yearFrom ?? MIN_YEAR, MIN_YEAR)
      const to = Math.min(filters.yearTo ?? MIN_YEAR + YEAR_SPAN - 1, MIN_YEAR + YEAR_SPAN - 1)
      const years = filters.year && filters.year.length > 0 ? filters.year : filters.yearFrom !== undefined || filters.yearTo !== undefined ? Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k) : null
      if (years) consider('year', years.filter((y) => y >= MIN_YEAR && y < MIN_YEAR + YEAR_SPAN).map((y) => y - MIN_YEAR))
    }
    const chosen = best as { field: FacetField | 'plan'; ids: number[] } | null
    return chosen ? this.postingsOf(chosen.field).union(chosen.ids, chosen.field === 'theme') : null
  }

  private postingsOf(field: FacetField | 'plan'): RowPostings {
    let postings = this.postings.get(field)
    if (!postings) {
      const single = (column: Int32Array, values: number) => new RowPostings(this.size, values, (r, add) => column[r] >= 0 && add(column[r]))
      if (field === 'theme') {
        postings = new RowPostings(this.size, this.themes.values.length, (r, add) => {
          for (let k = this.themeStart[r]; k < this.themeStart[r + 1]; k++) add(this.themeIds[k])
        })
      } else if (field === 'year') {
        postings = new RowPostings(this.size, YEAR_SPAN, (r, add) => this.year[r] !== 0 && add(this.year[r] - MIN_YEAR))
      } else if (field === 'plan') postings = single(this.plan, this.plans.values.length)
      else postings = single(this[field], this.dictionary(field).values.length)
      this.postings.set(field, postings)
    }
    return postings
  }

  /**
   * A per-rowid array reused across searches (a search runs start to end synchronously, so two never
   * share it). Entries keep old values: write an entry before reading it.
   */
  scratch(slot: 0 | 1): Float64Array {
    this.scratchArrays[slot] ??= new Float64Array(this.size + 1)
    return this.scratchArrays[slot]
  }

  /** A clause known only from a table of contents, or a heading printed with nothing under it: its heading, no text of its own. */
  headingOnly(rowid: number): boolean {
    return this.outline[rowid] !== 0
  }

  planIdOf(rowid: number): string {
    return this.plans.values[this.plan[rowid]]
  }

  /** Every rowid in document order (the rows were inserted by plan, then clause order). */
  allRowids(): Int32Array {
    const out = new Int32Array(this.size)
    for (let i = 0; i < this.size; i++) out[i] = i + 1
    return out
  }

  /** A function giving, for a rowid, the bits of the filters it fails (0 = passes every filter). */
  compile(filters: SearchFilters, excluded: ReadonlySet<number> = new Set()): (rowid: number) => number {
    const set = (dict: Dictionary, values?: string[]): Set<number> | null =>
      values && values.length > 0 ? new Set(values.map((v) => dict.lookup(v) ?? -2)) : null
    const cities = set(this.cities, filters.city)
    const provinces = set(this.provinces, filters.province)
    const levels = set(this.levels, filters.level)
    const themes = set(this.themes, filters.theme)
    const plans = set(this.plans, filters.plan)
    const years = filters.year && filters.year.length > 0 ? new Set(filters.year) : null
    const yearFrom = filters.yearFrom ?? null
    const yearTo = filters.yearTo ?? null
    const hasYear = years !== null || yearFrom !== null || yearTo !== null
    const outlineOnly = filters.outlineOnly
    const exceptCities = set(this.cities, filters.exceptCity)
    const exceptProvinces = set(this.provinces, filters.exceptProvince)
    const exceptYears = filters.exceptYear && filters.exceptYear.length > 0 ? new Set(filters.exceptYear) : null
    // One test per row in the common case of nothing left out (this runs over every match of a filtered search).
    const leavesOut = exceptCities !== null || exceptProvinces !== null || exceptYears !== null
    const since = filters.since === undefined ? null : Date.parse(filters.since)
    return (r) => {
      let fail = 0
      if (cities && !cities.has(this.city[r])) fail |= FACET_BIT.city
      if (provinces && !provinces.has(this.province[r])) fail |= FACET_BIT.province
      if (levels && !levels.has(this.level[r])) fail |= FACET_BIT.level
      if (hasYear) {
        const y = this.year[r]
        if (y === 0 || (years && !years.has(y)) || (yearFrom !== null && y < yearFrom) || (yearTo !== null && y > yearTo))
          fail |= FACET_BIT.year
      }
      if (themes && !this.hasTheme(r, themes)) fail |= FACET_BIT.theme
      if (plans && !plans.has(this.plan[r])) fail |= HARD_FAIL
      if (outlineOnly !== undefined && (this.outline[r] === 1) !== outlineOnly) fail |= HARD_FAIL
      if (since !== null && this.firstIndexed[r] < since) fail |= HARD_FAIL
      if (leavesOut && (exceptCities?.has(this.city[r]) || exceptProvinces?.has(this.province[r]) || exceptYears?.has(this.year[r]))) fail |= HARD_FAIL
      if (excluded.has(r)) fail |= HARD_FAIL
      return fail
    }
  }

  /**
   * Disjunctive facet counts over `rowids` (the matches before filtering): a row counts for a facet
   * when it passes every filter except that facet's own.
   */
  facets(rowids: ArrayLike<number>, failBits: (rowid: number) => number): Facets {
    // Counters indexed by dictionary id (years by year − MIN_YEAR): no Map work in the loop.
    const city = new Int32Array(this.cities.values.length)
    const province = new Int32Array(this.provinces.values.length)
    const level = new Int32Array(this.levels.values.length)
    const theme = new Int32Array(this.themes.values.length)
    const year = new Int32Array(YEAR_SPAN)
    for (let i = 0; i < rowids.length; i++) {
      const r = rowids[i]
      const fail = failBits(r)
      if (fail === 0) {
        if (this.city[r] >= 0) city[this.city[r]]++
        if (this.province[r] >= 0) province[this.province[r]]++
        if (this.level[r] >= 0) level[this.level[r]]++
        if (this.year[r] !== 0) year[this.year[r] - MIN_YEAR]++
        for (let k = this.themeStart[r]; k < this.themeStart[r + 1]; k++) theme[this.themeIds[k]]++
        continue
      }
      if (fail & HARD_FAIL) continue
      // Failing exactly one facet filter: the row counts for that facet only.
      if (fail === FACET_BIT.city && this.city[r] >= 0) city[this.city[r]]++
      else if (fail === FACET_BIT.province && this.province[r] >= 0) province[this.province[r]]++
      else if (fail === FACET_BIT.level && this.level[r] >= 0) level[this.level[r]]++
      else if (fail === FACET_BIT.year && this.year[r] !== 0) year[this.year[r] - MIN_YEAR]++
      else if (fail === FACET_BIT.theme) for (let k = this.themeStart[r]; k < this.themeStart[r + 1]; k++) theme[this.themeIds[k]]++
    }
    const named = (counts: Int32Array, values: string[]) => {
      const out: FacetValue[] = []
      for (let id = 0; id < counts.length; id++) if (counts[id] > 0) out.push({ value: values[id], count: counts[id] })
      return sortFacet(out)
    }
    const years: FacetValue[] = []
    for (let k = 0; k < YEAR_SPAN; k++) if (year[k] > 0) years.push({ value: String(k + MIN_YEAR), count: year[k] })
    return {
      city: named(city, this.cities.values),
      province: named(province, this.provinces.values),
      year: sortFacet(years),
      theme: named(theme, this.themes.values),
      level: named(level, this.levels.values),
    }
  }

  /** Counts of one facet's values over rows that are already known to pass the other filters. */
  facetCounts(field: FacetField, rowids: Iterable<number>): FacetValue[] {
    const counts = new Map<string, number>()
    const bump = (value: string) => counts.set(value, (counts.get(value) ?? 0) + 1)
    for (const r of rowids) {
      if (field === 'theme') {
        for (let k = this.themeStart[r]; k < this.themeStart[r + 1]; k++) bump(this.themes.values[this.themeIds[k]])
        continue
      }
      const id = field === 'year' ? this.year[r] : this[field][r]
      if (field === 'year' ? id !== 0 : id >= 0) bump(field === 'year' ? String(id) : this.dictionary(field).values[id])
    }
    return sortFacet([...counts].map(([value, count]) => ({ value, count })))
  }

  private dictionary(field: 'city' | 'province' | 'level'): Dictionary {
    return field === 'city' ? this.cities : field === 'province' ? this.provinces : this.levels
  }

  private hasTheme(r: number, wanted: Set<number>): boolean {
    for (let k = this.themeStart[r]; k < this.themeStart[r + 1]; k++) if (wanted.has(this.themeIds[k])) return true
    return false
  }
}

/** True when some filter can fail a row (compile() then returns non-zero bits for it). */
export function filtersNarrow(filters: SearchFilters): boolean {
  const some = (values?: unknown[]) => values !== undefined && values.length > 0
  return (
    some(filters.city) ||
    some(filters.province) ||
    some(filters.level) ||
    some(filters.theme) ||
    some(filters.plan) ||
    some(filters.year) ||
    (filters.yearFrom ?? null) !== null ||
    (filters.yearTo ?? null) !== null ||
    filters.outlineOnly !== undefined ||
    filters.since !== undefined ||
    some(filters.exceptCity) ||
    some(filters.exceptProvince) ||
    some(filters.exceptYear)
  )
}

function packRows(rows: ClauseRowInput[]): ClauseRowsData {
  const builder = new ClauseRowsBuilder(rows.length)
  for (const row of rows) {
    builder.row(row.rowid, row.planId, row.year, row.city, row.province, row.level, row.outlineOnly, row.firstIndexedMs, row.length, row.headingOnly)
    for (const theme of row.themes) builder.theme(row.rowid, theme)
  }
  return builder.finish()
}

/** Most frequent first; equal counts by value (years newest first). */
function sortFacet(values: FacetValue[]): FacetValue[] {
  return values.sort((a, b) => b.count - a.count || b.value.localeCompare(a.value, 'zh-CN') * (/^\d+$/.test(a.value) ? 1 : -1))
}
