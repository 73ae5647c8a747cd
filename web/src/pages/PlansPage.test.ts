// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { PlanRecord } from '../api/types.js'

/** 130 plans: 120 of 2024 in cities 城市1…城市120, and 10 of 2025 in 南京市. */
const PLANS = Array.from({ length: 130 }, (_, i) => {
  const city = i < 120 ? `城市${i + 1}` : '南京市'
  const year = i < 120 ? 2024 : 2025
  return {
    id: `p${i + 1}`,
    displayName: `${city}${year}年教育工作要点`,
    title: `${year}年教育工作要点`,
    city,
    province: '某省',
    year,
    clauseCount: i + 1,
    outlineOnlyCount: 0,
    passageCount: 0,
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

async function openPlans(url = '/plans') {
  const { default: PlansPage } = await import('./PlansPage.vue')
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/plans', component: PlansPage }, { path: '/p/:id', component: { template: '<p />' } }] })
  await router.push(url)
  wrapper = mount(PlansPage, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { w: wrapper, router }
}

const rowCities = (w: VueWrapper) => w.findAll('tbody tr').map((tr) => tr.findAll('td')[0].text())

describe('PlansPage', () => {
  it('draws the first 50 of 130 plans, 50 more on each 显示更多 with the focus on the first row added, and no button once all are shown', async () => {
    const { w } = await openPlans('/plans?sort=clauseCount&dir=asc')
    expect(w.findAll('tbody tr')).toHaveLength(50)
    expect(w.get('[role=status]').text()).toMatch(/^130 份文件/)
    expect(w.get('.plans__more span').text()).toBe('已显示 50 份，共 130 份')
    expect(w.get('.plans__more button').text()).toBe('显示更多（再显示 50 份）')
    await w.get('.plans__more button').trigger('click')
    await flushPromises()
    expect(w.findAll('tbody tr')).toHaveLength(100)
    expect(document.activeElement?.textContent).toBe('城市512024年教育工作要点')
    expect(w.get('.plans__more span').text()).toBe('已显示 100 份，共 130 份')
    expect(w.get('.plans__more button').text()).toBe('显示更多（再显示 30 份）')
    await w.get('.plans__more button').trigger('click')
    await flushPromises()
    expect(w.findAll('tbody tr')).toHaveLength(130)
    expect(w.find('.plans__more').exists()).toBe(false)
  })

  it('filters and sorts over every plan, not only the rows drawn, and starts again from the first 50', async () => {
    const { w, router } = await openPlans('/plans?sort=clauseCount&dir=asc')
    await w.get('.plans__more button').trigger('click')
    // The ten 南京市 plans are rows 121–130: none is drawn before the filter.
    expect(rowCities(w)).not.toContain('南京市')
    await router.replace('/plans?sort=clauseCount&dir=asc&f=南京')
    await flushPromises()
    expect(rowCities(w)).toEqual(Array(10).fill('南京市'))
    expect(w.find('.plans__more').exists()).toBe(false)
    await router.replace('/plans?sort=clauseCount&dir=desc')
    await flushPromises()
    expect(w.findAll('tbody tr')).toHaveLength(50)
    expect(w.findAll('tbody tr')[0].findAll('td')[4].text()).toBe('130')
  })
})
