import { describe, expect, it } from 'vitest'
import type { SpreadResponse, ThemeCityResponse } from '../api/research.js'
import { firstColumns, firstRows, spreadHeatmap, themeCityHeatmap } from './research-cells.js'

const spread: SpreadResponse = {
  query: '双减',
  mode: 'keyword',
  cities: ['江门市', null],
  years: [2023, 2024],
  cells: [
    { city: '江门市', year: 2023, plans: 1, mentioning: 1, clauses: 2, planIds: ['jiangmen-2023-jiaoyuju-gongzuo-yaodian'] },
    { city: '江门市', year: 2024, plans: 0, mentioning: 0, clauses: 0, planIds: [] },
    { city: null, year: 2023, plans: 0, mentioning: 0, clauses: 0, planIds: [] },
    { city: null, year: 2024, plans: 5, mentioning: 3, clauses: 4, planIds: ['p1', 'p2', 'p3', 'p4', 'p5'] },
  ],
  firstMentions: [{ city: '江门市', year: 2023, planId: 'jiangmen-2023-jiaoyuju-gongzuo-yaodian', planTitle: '江门市教育局2023年工作要点', clauses: 2 }],
  yearly: [],
  totals: { plans: 6, mentioning: 4, clauses: 6, undatedPlans: 0 },
}

describe('spreadHeatmap', () => {
  it('labels shares, keeps a year without plans apart from a zero, and marks the first mention', () => {
    const m = spreadHeatmap(spread, 'share')
    expect(m.yLabels).toEqual(['江门市', '地区未注明'])
    expect(m.cells.map((c) => [c.x, c.y, c.value, c.label, c.first])).toEqual([
      [0, 0, 1, '100%', true],
      [1, 0, null, '', false],
      [0, 1, null, '', false],
      [1, 1, 0.6, '60%', false],
    ])
    expect(m.max).toBe(1)
  })

  it('links a named city to the search page and the plans without a city to their plans', () => {
    const m = spreadHeatmap(spread, 'clauses')
    expect(m.cells[0].to).toEqual({ path: '/search', query: { q: '双减', year: '2023', city: '江门市' } })
    expect(m.cells[3].to).toEqual({ path: '/research/clauses', query: { q: '双减', year: '2024', plan: ['p1', 'p2', 'p3', 'p4', 'p5'], label: '地区未注明 2024年' } })
    expect(m.cells[1].to).toBeNull()
    expect(m.cells[3].label).toBe('4')
    expect(m.csv[0]).toEqual(['城市', '年份', '文件数', '提及的文件数', '提及占比', '条款数', '首次提及'])
    expect(m.csv[4]).toEqual(['地区未注明', 2024, 5, 3, 0.6, 4, ''])
  })
})

describe('themeCityHeatmap', () => {
  it('puts the cities with most clauses first, whatever order the server names them in', () => {
    const t: ThemeCityResponse = {
      query: '双减', mode: 'keyword', themes: ['体育', '德育'], cities: ['安阳市', '安庆市', '鞍山市'], total: 5, unnamedCityPlanIds: [],
      cells: [
        { theme: '体育', city: '安阳市', clauses: 0 }, { theme: '体育', city: '安庆市', clauses: 1 }, { theme: '体育', city: '鞍山市', clauses: 2 },
        { theme: '德育', city: '安阳市', clauses: 0 }, { theme: '德育', city: '安庆市', clauses: 1 }, { theme: '德育', city: '鞍山市', clauses: 1 },
      ],
    }
    const m = themeCityHeatmap(t)
    expect(m.xLabels).toEqual(['鞍山市', '安庆市', '安阳市'])
    expect(m.cells.filter((c) => c.y === 0).map((c) => [m.xLabels[c.x], c.value])).toEqual([['安阳市', 0], ['安庆市', 1], ['鞍山市', 2]])
  })
})

describe('firstRows', () => {
  it('draws the first rows of a long heatmap and keeps every row in its CSV', () => {
    const m = spreadHeatmap(spread, 'share')
    const one = firstRows(m, 1)
    expect(one.yLabels).toEqual(['江门市'])
    expect(one.cells.every((c) => c.y === 0)).toBe(true)
    expect(one.csv).toEqual(m.csv)
    expect(firstRows(m, 5)).toBe(m)
  })
})

describe('firstColumns', () => {
  it('draws the first columns of a wide heatmap and keeps every column in its CSV', () => {
    const m = spreadHeatmap(spread, 'share')
    const one = firstColumns(m, 1)
    expect(one.xLabels).toEqual(['2023'])
    expect(one.cells.every((c) => c.x === 0)).toBe(true)
    expect(one.csv).toEqual(m.csv)
    expect(firstColumns(m, 2)).toBe(m)
  })
})
