/**
 * How a query spreads over cities and years, computed from the plans of the corpus and the number of
 * matching clauses in each plan. Pure: the route supplies both (see plan-matches.ts).
 *
 * The denominator is plans, not clauses: a city that wrote one long plan must not outweigh one that
 * wrote a short one, and a year with more plans must not look like a year of more interest.
 */
import type { PlanRecord } from '../../indexer/types.js'
import type { FirstMention, SpreadCell, SpreadResponse, YearShare } from './types.js'

type PlanFacts = Pick<PlanRecord, 'id' | 'title' | 'city' | 'year'>

const collator = new Intl.Collator('zh-CN')

/** Cities in reading order, the plans without a city (null) always last. */
export function compareCities(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return collator.compare(a, b)
}

/** Every year from the first to the last, so that a year without any plan shows as a gap. */
export function yearRange(years: Iterable<number>): number[] {
  const known = [...years]
  if (known.length === 0) return []
  const out: number[] = []
  for (let y = Math.min(...known); y <= Math.max(...known); y++) out.push(y)
  return out
}

/** The earliest plan of each city with a matching clause; ties in a year go to the plan with most clauses. */
export function firstMentions(plans: readonly PlanFacts[], matches: ReadonlyMap<string, number>): FirstMention[] {
  const first = new Map<string | null, FirstMention>()
  for (const p of plans) {
    const clauses = matches.get(p.id) ?? 0
    if (clauses === 0 || p.year === null) continue
    const seen = first.get(p.city)
    if (!seen || p.year < seen.year || (p.year === seen.year && clauses > seen.clauses)) {
      first.set(p.city, { city: p.city, year: p.year, planId: p.id, planTitle: p.title, clauses })
    }
  }
  return [...first.values()].sort((a, b) => a.year - b.year || compareCities(a.city, b.city))
}

export function computeSpread(
  plans: readonly PlanFacts[],
  matches: ReadonlyMap<string, number>,
  query: Pick<SpreadResponse, 'query' | 'mode'>,
): SpreadResponse {
  const dated = plans.filter((p): p is PlanFacts & { year: number } => p.year !== null)
  const years = yearRange(dated.map((p) => p.year))
  const mentions = firstMentions(plans, matches)
  const firstYear = new Map(mentions.map((m) => [m.city, m.year]))
  // Earliest first mention first; cities that never mention the query after them, by name; the plans
  // without a city are not a place, so their row comes last.
  const cities = [...new Set(plans.map((p) => p.city))].sort((a, b) => {
    if (a === null || b === null) return compareCities(a, b)
    const fa = firstYear.get(a)
    const fb = firstYear.get(b)
    if (fa !== fb) return fa === undefined ? 1 : fb === undefined ? -1 : fa - fb
    return compareCities(a, b)
  })

  const key = (city: string | null, year: number) => `${city ?? ''}\u0000${year}`
  const cellsByKey = new Map<string, SpreadCell>()
  for (const city of cities) {
    for (const year of years) cellsByKey.set(key(city, year), { city, year, plans: 0, mentioning: 0, clauses: 0, planIds: [] })
  }
  for (const p of dated) {
    const cell = cellsByKey.get(key(p.city, p.year))!
    const clauses = matches.get(p.id) ?? 0
    cell.plans++
    cell.planIds.push(p.id)
    cell.clauses += clauses
    if (clauses > 0) cell.mentioning++
  }

  const yearly: YearShare[] = years.map((year) => {
    const inYear = dated.filter((p) => p.year === year)
    const mentioning = inYear.filter((p) => (matches.get(p.id) ?? 0) > 0).length
    return { year, plans: inYear.length, mentioning, share: inYear.length ? mentioning / inYear.length : 0 }
  })

  return {
    ...query,
    cities,
    years,
    cells: [...cellsByKey.values()],
    firstMentions: mentions,
    yearly,
    totals: {
      plans: plans.length,
      mentioning: plans.filter((p) => (matches.get(p.id) ?? 0) > 0).length,
      clauses: plans.reduce((sum, p) => sum + (matches.get(p.id) ?? 0), 0),
      undatedPlans: plans.length - dated.length,
    },
  }
}
