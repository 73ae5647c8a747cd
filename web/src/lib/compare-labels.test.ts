import { describe, expect, it } from 'vitest'
import type { PlanRecord } from '../api/types.js'
import { keepChosen, yearGroups } from './compare-labels.js'

const plan = (id: string, year: number | null) => ({ id, year, city: '南京市', title: `${year ?? ''}年教育工作要点` }) as unknown as PlanRecord

describe('yearGroups', () => {
  it('groups the first picker’s plans by year in the order given, a plan without a year under 年份未注明', () => {
    const groups = yearGroups([plan('a', 2023), plan('b', 2024), plan('c', null), plan('d', 2023)])
    expect(groups.map((g) => [g.label, g.plans.map((p) => p.id)])).toEqual([['2023年', ['a', 'd']], ['2024年', ['b']], ['年份未注明', ['c']]])
  })
})

describe('keepChosen', () => {
  const all = [plan('a', 2023), plan('b', 2024), plan('c', 2025)]
  it('adds the chosen plan back to a list the 查找 words left it out of, and leaves a list holding it or no choice as it is', () => {
    expect(keepChosen([all[0]], all, 'c').map((p) => p.id)).toEqual(['a', 'c'])
    expect(keepChosen([all[0], all[2]], all, 'c').map((p) => p.id)).toEqual(['a', 'c'])
    expect(keepChosen([all[0]], all, '').map((p) => p.id)).toEqual(['a'])
  })
})
