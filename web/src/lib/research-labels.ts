/**
 * Words and links of the research views. Plans without a city (anonymised) are one row or column of
 * their own, 地区未注明; no city filter can select them, so their links filter by their plans instead.
 */
import type { RouteLocationRaw } from 'vue-router'
import type { SearchMode } from '../api/types.js'

export const UNNAMED_CITY = '地区未注明'

export function cityName(city: string | null): string {
  return city ?? UNNAMED_CITY
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

export interface ClauseScope {
  q: string
  mode: SearchMode
  city?: string | null
  year?: number
  theme?: string
  /** The plans of the cell, used when the city is null. */
  planIds?: string[]
  /** What the scope is, in words, for the page the link opens. */
  label: string
}

/**
 * Where a chart cell leads: the search page filtered by city, year and theme; for plans without a city,
 * the research clause list filtered by those plans.
 */
export function clausesLink(s: ClauseScope): RouteLocationRaw {
  const base: Record<string, string | string[]> = {}
  if (s.q) base.q = s.q
  if (s.mode !== 'keyword') base.mode = s.mode
  if (s.year !== undefined) base.year = String(s.year)
  if (s.theme) base.theme = s.theme
  if (s.city === null) return { path: '/research/clauses', query: { ...base, plan: s.planIds ?? [], label: s.label } }
  if (s.city !== undefined) base.city = s.city
  return { path: '/search', query: base }
}
