/** Words of the two-plan comparison: status names, plan labels, and the plans worth comparing with one. */
import type { AlignStatus } from '../api/research.js'
import type { PlanRecord } from '../api/types.js'
import { cityName } from './research-labels.js'

export const STATUS_LABEL: Record<AlignStatus, string> = { kept: '保留', reworded: '改写', new: '新增', dropped: '删除' }
export const STATUSES: readonly AlignStatus[] = ['kept', 'reworded', 'new', 'dropped']

export function planLabel(p: Pick<PlanRecord, 'city' | 'year' | 'title'>): string {
  return `${p.year ?? '年份未注明'} · ${cityName(p.city)} · ${p.title}`
}

export function shortPlanLabel(p: Pick<PlanRecord, 'city' | 'year'>): string {
  return `${p.year ?? ''}${p.year ? '年 ' : ''}${cityName(p.city)}`
}

/**
 * The other plans grouped for the second picker: the same place in other years first (what a bureau
 * compares when drafting next year's plan), then the same year elsewhere, then the rest.
 */
export function partnerGroups(plans: readonly PlanRecord[], a: PlanRecord | undefined): { label: string; plans: PlanRecord[] }[] {
  if (!a) return [{ label: '全部文件', plans: [...plans] }]
  const samePlace = (p: PlanRecord) => p.city !== null && p.city === a.city
  const groups = [
    { label: '同一地区的其他年份', plans: plans.filter((p) => p.id !== a.id && samePlace(p)) },
    { label: '同一年份的其他文件', plans: plans.filter((p) => p.id !== a.id && !samePlace(p) && p.year === a.year) },
    { label: '其他文件', plans: plans.filter((p) => p.id !== a.id && !samePlace(p) && p.year !== a.year) },
    { label: '同一份文件', plans: plans.filter((p) => p.id === a.id) },
  ]
  return groups.filter((g) => g.plans.length > 0)
}

/** The plans for the first picker grouped by year, in the order given (年份未注明 for a plan without one). */
export function yearGroups(plans: readonly PlanRecord[]): { label: string; plans: PlanRecord[] }[] {
  const byYear = new Map<string, PlanRecord[]>()
  for (const p of plans) {
    const year = p.year ? `${p.year}年` : '年份未注明'
    byYear.set(year, [...(byYear.get(year) ?? []), p])
  }
  return [...byYear].map(([label, list]) => ({ label, plans: list }))
}

/** A picker's plans narrowed by 查找, with its chosen plan added back when the words left it out: a choice never vanishes. */
export function keepChosen(list: readonly PlanRecord[], all: readonly PlanRecord[], id: string): PlanRecord[] {
  return id && !list.some((p) => p.id === id) ? [...list, ...all.filter((p) => p.id === id)] : [...list]
}
