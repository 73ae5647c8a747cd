import { describe, expect, it } from 'vitest'
import type { PlanRecord } from '../../../indexer/types.js'
import { filterPlans } from './plan-table.js'

const plan = (id: string, over: Partial<PlanRecord>): PlanRecord =>
  ({ id, title: `${over.city ?? ''}${over.year ?? ''}年教育工作要点`, city: null, province: null, issuer: null, docNumber: null, year: null, ...over }) as PlanRecord

const PLANS = [
  plan('a', { city: '南京市', province: '江苏省', year: 2024 }),
  plan('b', { city: '南京市', province: '江苏省', year: 2023 }),
  plan('c', { city: '南通市', province: '江苏省', year: 2024, docNumber: '通教〔2024〕3号' }),
]

describe('filterPlans', () => {
  it('keeps the plans holding every word typed, each in any field', () => {
    expect(filterPlans(PLANS, '南京 2024').map((p) => p.id)).toEqual(['a'])
    expect(filterPlans(PLANS, '江苏  2024 ').map((p) => p.id)).toEqual(['a', 'c'])
    expect(filterPlans(PLANS, '通教〔2024〕').map((p) => p.id)).toEqual(['c'])
    expect(filterPlans(PLANS, '').map((p) => p.id)).toEqual(['a', 'b', 'c'])
    expect(filterPlans(PLANS, '南京 2025')).toEqual([])
  })

  it('finds a Latin word whatever its case: AI, ai and Ai each keep the plan whose title says AI', () => {
    const plans = [...PLANS, plan('d', { title: '南京市2025年人工智能（AI）教育行动要点', city: '南京市', year: 2025 })]
    for (const typed of ['AI', 'ai', 'Ai', 'ai 南京']) expect(filterPlans(plans, typed).map((p) => p.id), typed).toEqual(['d'])
  })

  it('reads full-width digits and letters as half width, on either side: ２０２４ finds 2024, ai finds （ＡＩ）', () => {
    expect(filterPlans(PLANS, '南京　２０２４').map((p) => p.id)).toEqual(['a'])
    const plans = [...PLANS, plan('d', { title: '南京市2025年人工智能（ＡＩ）教育行动要点', city: '南京市', year: 2025 })]
    expect(filterPlans(plans, 'ai').map((p) => p.id)).toEqual(['d'])
  })
})
