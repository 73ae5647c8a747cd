/**
 * Themes × cities: how many clauses of each city carry each theme, for the whole corpus (empty query)
 * or for a result set. One search per theme with the theme as a filter; the (disjunctive) city facet of
 * that search gives the row, and the clauses without a city are what the facet leaves of the total.
 * Themes come from data/themes.json, so the number of searches is small and fixed.
 */
import type { SearchEngine } from '../engine/types.js'
import type { ResearchSearch } from './plan-matches.js'
import { compareCities } from './spread.js'
import type { ThemeCityCell, ThemeCityResponse } from './types.js'

export async function themeByCity(
  engine: SearchEngine,
  search: ResearchSearch,
  scope: { cities: (string | null)[]; unnamedCityPlanIds: string[] },
  echo: Pick<ThemeCityResponse, 'query' | 'mode'>,
): Promise<ThemeCityResponse> {
  const base = { query: search.query, mode: search.mode, vector: search.vector, excludeIds: search.excludeIds, sort: 'relevance' as const, offset: 0, limit: 0 }
  const all = await engine.search({ ...base, filters: search.filters, facets: true })
  const wanted = search.filters.theme?.length ? new Set(search.filters.theme) : null
  const themes = (all.facets?.theme ?? []).map((t) => t.value).filter((t) => !wanted || wanted.has(t))
  const cityFilter = search.filters.city?.length ? new Set(search.filters.city) : null

  const counts = new Map<string, Map<string | null, number>>()
  for (const theme of themes) {
    const result = await engine.search({ ...base, filters: { ...search.filters, theme: [theme] }, facets: true })
    // The city facet ignores the city filter (disjunctive facets); keep only the cities asked for.
    const named = (result.facets?.city ?? []).filter((c) => !cityFilter || cityFilter.has(c.value))
    const row = new Map<string | null, number>(named.map((c) => [c.value, c.count]))
    if (!cityFilter) row.set(null, result.total - named.reduce((sum, c) => sum + c.count, 0))
    counts.set(theme, row)
  }

  const cities = scope.cities
    .filter((c) => (cityFilter ? c !== null && cityFilter.has(c) : true))
    .sort(compareCities)
  const cells: ThemeCityCell[] = themes.flatMap((theme) => cities.map((city) => ({ theme, city, clauses: counts.get(theme)?.get(city) ?? 0 })))
  return { ...echo, themes, cities, cells, total: all.total, unnamedCityPlanIds: scope.unnamedCityPlanIds }
}
