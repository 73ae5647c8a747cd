// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { PlanRecord } from '../api/types.js'
import { filterPlans } from '../lib/plan-table.js'

/** 24 plans, more than the 20 from which the 查找文件 box shows: 12 cities of 江苏省 in 2023 and 2024, one titled with AI. */
const PLANS = Array.from({ length: 24 }, (_, i) => {
  const city = `城市${(i % 12) + 1}`
  const year = 2023 + Math.floor(i / 12)
  return {
    id: `p${i + 1}`,
    title: i === 5 ? `${city}${year}年人工智能（AI）教育行动要点` : `${city}${year}年教育工作要点`,
    city,
    province: '江苏省',
    issuer: null,
    docNumber: i === 7 ? `苏教〔${year}〕8号` : null,
    year,
  } as unknown as PlanRecord
})

vi.mock('../api/client.js', async (actual) => ({
  ...(await actual<typeof import('../api/client.js')>()),
  api: { plans: async () => ({ plans: PLANS }) },
}))

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

async function openDiff() {
  const { default: PlanDiffPage } = await import('./PlanDiffPage.vue')
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/compare/plans', component: PlanDiffPage }, { path: '/compare', component: { template: '<p />' } }] })
  await router.push('/compare/plans')
  wrapper = mount(PlanDiffPage, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

const listed = (w: VueWrapper) => w.findAll('select')[0].findAll('option').map((o) => o.attributes('value')).filter(Boolean).sort()

describe('PlanDiffPage', () => {
  it('narrows the first plan list by 查找文件 to exactly the plans the plans page filter keeps, a Latin word in any case', async () => {
    const w = await openDiff()
    const box = w.get('input[type="search"]')
    expect(listed(w)).toHaveLength(24)
    for (const typed of ['AI', 'ai', 'Ai', '城市6 2023', '江苏 2024', '苏教〔2023〕', '没有这样的文件']) {
      await box.setValue(typed)
      const expected = filterPlans(PLANS, typed).map((p) => p.id).sort()
      expect(listed(w), typed).toEqual(expected)
      expect(w.get('[role="status"]').text(), typed).toBe(`${expected.length} 份文件符合`)
    }
    // Before: the box matched its own label, case and all: ai found nothing, a province or 文号 nothing.
    await box.setValue('ai')
    expect(listed(w)).toEqual(['p6'])
    await box.setValue('江苏 2024')
    expect(listed(w)).toHaveLength(12)
    await box.setValue('  ')
    expect(w.get('[role="status"]').text()).toBe('共 24 份文件')
  })
})
