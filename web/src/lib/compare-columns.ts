/**
 * Columns for the compare page: the per-plan groups of a search, either one column per plan or
 * merged into one column per city (a city with plans from several years gets one column).
 */
import type { PlanGroupDto, SearchHitDto } from '../api/types.js'

export type CompareBy = 'plan' | 'city'

export interface CompareColumn {
  key: string
  title: string
  subtitle: string
  total: number
  hits: SearchHitDto[]
  /** Link target for the column title: the plan page, or null for a city column. */
  planId: string | null
}

export function compareColumns(groups: readonly PlanGroupDto[], by: CompareBy): CompareColumn[] {
  if (by === 'plan') {
    return groups.map((g) => {
      const first = g.hits[0]
      return {
        key: g.planId,
        title: g.planTitle,
        subtitle: [first?.city ?? first?.province, first?.year ? `${first.year}年` : null].filter(Boolean).join(' · '),
        total: g.total,
        hits: g.hits,
        planId: g.planId,
      }
    })
  }
  const byCity = new Map<string, CompareColumn>()
  for (const g of groups) {
    const first = g.hits[0]
    const city = first?.city ?? first?.province ?? '地区未注明'
    let column = byCity.get(city)
    if (!column) {
      column = { key: city, title: city, subtitle: '', total: 0, hits: [], planId: null }
      byCity.set(city, column)
    }
    column.total += g.total
    column.hits.push(...g.hits)
  }
  for (const column of byCity.values()) {
    const years = [...new Set(column.hits.map((h) => h.year).filter((y): y is number => y !== null))].sort()
    column.subtitle = years.length ? `${years.join('、')}年` : ''
    column.hits.sort((a, b) => (b.year ?? 0) - (a.year ?? 0))
  }
  return [...byCity.values()].sort((a, b) => b.total - a.total)
}
