// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import FacetPanel from './FacetPanel.vue'
import type { Facets } from '../api/types.js'
import { emptySearchState } from '../lib/url-state.js'

const FACETS: Facets = {
  city: [{ value: '荆门市', count: 3 }, { value: '江门市', count: 2 }, { value: '深圳市', count: 1 }],
  province: [{ value: '湖北省', count: 3 }, { value: '广东省', count: 3 }],
  year: [{ value: '2024', count: 2 }, { value: '2025', count: 4 }],
  theme: [{ value: '义务教育', count: 5 }, { value: '校外培训', count: 4 }],
  level: [{ value: '市', count: 6 }],
}

const manyCities: Facets = {
  ...FACETS,
  city: Array.from({ length: 14 }, (_, i) => ({ value: `城市${i + 1}`, count: 20 - i })),
}

describe('FacetPanel', () => {
  it('lists each facet with its values and counts, years newest first', () => {
    const w = mount(FacetPanel, { props: { facets: FACETS, selected: emptySearchState() } })
    expect(w.findAll('legend').map((l) => l.text())).toEqual(['城市', '省份', '年份', '主题', '层级'])
    const years = w.findAll('fieldset')[2].findAll('label').map((l) => l.text())
    expect(years).toEqual(['2025年4', '2024年2'])
    expect(w.findAll('input[type="checkbox"]:checked')).toHaveLength(0)
    expect(w.text()).not.toContain('清除全部')
  })

  it('emits the field and value of a ticked box', async () => {
    const w = mount(FacetPanel, { props: { facets: FACETS, selected: emptySearchState() } })
    await w.get('input[name="city"][value="江门市"]').setValue(true)
    await w.get('input[name="year"][value="2025"]').setValue(true)
    expect(w.emitted('toggle')).toEqual([['city', '江门市'], ['year', '2025']])
  })

  it('offers to leave out a city, a province or a year, and emits which', async () => {
    const w = mount(FacetPanel, { props: { facets: FACETS, selected: emptySearchState() } })
    await w.get('button[aria-label="排除 荆门市"]').trigger('click')
    await w.get('button[aria-label="排除 2024年"]').trigger('click')
    expect(w.emitted('exclude')).toEqual([['exceptCity', '荆门市'], ['exceptYear', '2024']])
    // Themes and levels are narrowed by ticking, not left out.
    expect(w.findAll('fieldset')[3].findAll('button.facet__exclude')).toHaveLength(0)
  })

  it('lists the values left out under their facet, brings one back on request, and offers 清除全部 for them', async () => {
    const selected = { ...emptySearchState(), exceptCity: ['武汉市'] }
    const w = mount(FacetPanel, { props: { facets: FACETS, selected } })
    expect(w.get('.facet__left-out').text()).toBe('已排除： 武汉市 ×')
    await w.get('button[aria-label="取消排除 武汉市"]').trigger('click')
    expect(w.emitted('include')).toEqual([['exceptCity', '武汉市']])
    expect(w.text()).toContain('清除全部')
  })

  it('keeps the keyboard in the list when a value is left out: the focus moves to the next row', async () => {
    const w = mount(FacetPanel, { props: { facets: FACETS, selected: emptySearchState() }, attachTo: document.body })
    const button = w.get('button[aria-label="排除 荆门市"]')
    ;(button.element as HTMLElement).focus()
    await button.trigger('click')
    expect(document.activeElement?.getAttribute('value')).toBe('江门市')
    w.unmount()
  })

  it('shows ticked values as checked, keeps a ticked value without results, and offers 清除全部', async () => {
    const selected = { ...emptySearchState(), city: ['荆门市', '武汉市'], year: [2025] }
    const w = mount(FacetPanel, { props: { facets: FACETS, selected } })
    const checked = w.findAll('input:checked').map((i) => (i.element as HTMLInputElement).value)
    expect(checked).toEqual(['荆门市', '武汉市', '2025'])
    expect(w.get('input[value="武汉市"]').element.closest('label')?.textContent).toBe('武汉市0')
    const clear = w.findAll('button').find((b) => b.text() === '清除全部')!
    await clear.trigger('click')
    expect(w.emitted('clear')).toEqual([[]])
  })

  it('shows the first values of a long facet and the rest on request', async () => {
    const w = mount(FacetPanel, { props: { facets: manyCities, selected: emptySearchState() } })
    const cityBoxes = () => w.findAll('input[name="city"]')
    expect(cityBoxes()).toHaveLength(8)
    const more = w.findAll('button').find((b) => b.text().startsWith('显示全部'))!
    expect(more.text()).toBe('显示全部（另有 6 项）')
    expect(more.attributes('aria-expanded')).toBe('false')
    await more.trigger('click')
    expect(cityBoxes()).toHaveLength(14)
    expect(more.text()).toBe('收起')
  })

  it('offers a 查找 box on a facet of many values, narrows the list to the names typed, and keeps ticked values listed', async () => {
    const cities: Facets = { ...FACETS, city: Array.from({ length: 150 }, (_, i) => ({ value: i === 77 ? '南京市' : `城市${i + 1}`, count: 200 - i })) }
    const selected = { ...emptySearchState(), city: ['城市1'] }
    const w = mount(FacetPanel, { props: { facets: cities, selected } })
    // The short facets have no box; years, a sequence of a dozen, are listed whole.
    expect(w.findAll('input[type="search"]').map((i) => i.attributes('aria-label'))).toEqual(['查找城市'])
    await w.get('input[aria-label="查找城市"]').setValue('南京')
    expect(w.findAll('input[name="city"]').map((i) => (i.element as HTMLInputElement).value)).toEqual(['城市1', '南京市'])
    expect(w.get('.facet__found').text()).toBe('1 个城市含“南京”')
    expect(w.text()).not.toContain('显示全部')
    await w.get('input[aria-label="查找城市"]').setValue('武汉')
    expect(w.get('.facet__found').text()).toContain('没有名称含“武汉”的城市')
  })

  it('lists a dozen years whole rather than hiding the oldest', () => {
    const years: Facets = { ...FACETS, year: Array.from({ length: 12 }, (_, i) => ({ value: String(2015 + i), count: i + 1 })) }
    const w = mount(FacetPanel, { props: { facets: years, selected: emptySearchState() } })
    expect(w.findAll('input[name="year"]')).toHaveLength(12)
  })

  it('says so when there is nothing to filter', () => {
    const w = mount(FacetPanel, { props: { facets: null, selected: emptySearchState() } })
    expect(w.text()).toContain('暂无可筛选的项目。')
  })

  it('keeps the last known counts, dimmed, with the reason, when the latest search failed', () => {
    const selected = { ...emptySearchState(), city: ['荆门市', '武汉市'] }
    const w = mount(FacetPanel, { props: { facets: FACETS, selected, staleReason: '无法连接到检索服务' } })
    expect(w.get('[data-testid="facets-stale"]').text()).toBe('数量未能更新：无法连接到检索服务。下面灰色的数字是上一次检索的结果。')
    expect(w.get('section').classes()).toContain('facets--stale')
    expect(w.get('input[value="荆门市"]').element.closest('label')?.textContent).toBe('荆门市3')
    // Ticked but not among the last counts: no number at all rather than a 0 that reads as "none".
    expect(w.get('input[value="武汉市"]').element.closest('label')?.textContent).toBe('武汉市')
  })

  it('shows no counts and says why when no search has answered yet', () => {
    const selected = { ...emptySearchState(), year: [2025] }
    const w = mount(FacetPanel, { props: { facets: null, selected, staleReason: '无法连接到检索服务' } })
    expect(w.get('[data-testid="facets-stale"]').text()).toBe('数量未能更新：无法连接到检索服务。')
    expect(w.get('input[value="2025"]').element.closest('label')?.textContent).toBe('2025年')
  })
})
