/**
 * The number of matching clauses in every plan, for one search. The engine groups the whole result
 * by plan (groupByPlan), so a term found in 100 000 clauses costs one search and no records; an engine
 * that answers without groups is paged instead, up to EXPORT_MAX_ROWS clauses.
 */
import type { PlanRecord } from '../../indexer/types.js'
import type { ParsedQuery, SearchEngine, SearchFilters, SearchMode } from '../engine/types.js'
import { EXPORT_MAX_ROWS } from '../http/query-schemas.js'

export interface ResearchSearch {
  query: ParsedQuery
  mode: SearchMode
  vector?: Float32Array
  filters: SearchFilters
  /** Clauses left out: a pasted citation's plans are counted less their other clauses (routes/cited-clauses.ts placeSearch). */
  excludeIds?: string[]
}

const PAGE = 1000

export async function matchesPerPlan(engine: SearchEngine, search: ResearchSearch): Promise<Map<string, number>> {
  const base = { query: search.query, mode: search.mode, vector: search.vector, filters: search.filters, excludeIds: search.excludeIds, sort: 'relevance' as const, facets: false }
  const grouped = await engine.search({ ...base, offset: 0, limit: 0, groupByPlan: { perPlan: 1 } })
  const counts = new Map<string, number>()
  if (grouped.groups) {
    for (const g of grouped.groups) counts.set(g.planId, g.total)
    return counts
  }
  for (let offset = 0; offset < Math.min(grouped.total, EXPORT_MAX_ROWS); offset += PAGE) {
    const page = await engine.search({ ...base, offset, limit: PAGE })
    for (const h of page.hits) counts.set(h.clause.planId, (counts.get(h.clause.planId) ?? 0) + 1)
    if (page.hits.length === 0) break
  }
  return counts
}

/**
 * The plans a spread is measured against: those passing the plan-level filters (city, province, level,
 * year, plan, and the places and years left out). A theme filter narrows clauses, not plans, so it does not change the denominator.
 */
export function plansInScope(plans: readonly PlanRecord[], f: SearchFilters): PlanRecord[] {
  return plans.filter(
    (p) =>
      (!f.city?.length || (p.city !== null && f.city.includes(p.city))) &&
      (!f.province?.length || (p.province !== null && f.province.includes(p.province))) &&
      (!f.level?.length || (p.level !== null && f.level.includes(p.level))) &&
      (!f.plan?.length || f.plan.includes(p.id)) &&
      (!f.year?.length || (p.year !== null && f.year.includes(p.year))) &&
      (f.yearFrom === undefined || (p.year !== null && p.year >= f.yearFrom)) &&
      (f.yearTo === undefined || (p.year !== null && p.year <= f.yearTo)) &&
      !(p.city !== null && f.exceptCity?.includes(p.city)) &&
      !(p.province !== null && f.exceptProvince?.includes(p.province)) &&
      !(p.year !== null && f.exceptYear?.includes(p.year)),
  )
}
