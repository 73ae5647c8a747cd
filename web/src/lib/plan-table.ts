/** Sorting and filtering for the plans table; the state is kept in the URL (`sort`, `dir`, `f`). */
import type { PlanRecord } from '../../../indexer/types.js'

export type PlanSortKey = 'title' | 'city' | 'province' | 'year' | 'publishDate' | 'clauseCount'
export const PLAN_SORT_KEYS: readonly PlanSortKey[] = ['title', 'city', 'province', 'year', 'publishDate', 'clauseCount']
export type SortDir = 'asc' | 'desc'

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true })

/** Missing values sort last in both directions, so a table never opens on a block of blanks. */
export function sortPlans(plans: readonly PlanRecord[], key: PlanSortKey, dir: SortDir): PlanRecord[] {
  const sign = dir === 'asc' ? 1 : -1
  return [...plans].sort((a, b) => {
    const x = a[key]
    const y = b[key]
    if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1
    if (y === null || y === undefined) return -1
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
    return order * sign || collator.compare(a.title, b.title)
  })
}

/** A Chinese keyboard types digits and letters full width (２０２４, ＡＩ) as readily as half width: both read alike. */
function folded(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/**
 * Plans whose title, place, issuer, 文号 or year hold every word typed: with a few hundred plans over 200 cities and
 * 12 years, 南京 2024 (a city and a year, two fields) is how one plan is found; as one string it matched nothing.
 */
export function filterPlans(plans: readonly PlanRecord[], text: string): PlanRecord[] {
  const words = folded(text).trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...plans]
  return plans.filter((p) => {
    const fields = [p.title, p.city, p.province, p.issuer, p.docNumber, p.year?.toString()].map((v) => folded(v ?? ''))
    return words.every((w) => fields.some((v) => v.includes(w)))
  })
}
