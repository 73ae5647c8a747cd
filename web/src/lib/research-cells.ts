/**
 * The research heatmaps as plain data: axis labels, one cell per pair with its value, its label, its
 * link and a sentence for screen readers, and the CSV of the same numbers. Pure, so tested without a chart.
 */
import type { RouteLocationRaw } from 'vue-router'
import type { SpreadResponse, ThemeCityResponse } from '../api/research.js'
import type { CsvCell } from './csv-text.js'
import { cityName, clausesLink, percent } from './research-labels.js'

export type SpreadMeasure = 'share' | 'clauses'

export interface HeatCell {
  x: number
  y: number
  /** Null: nothing to measure (no plan of that city in that year), drawn apart from a zero. */
  value: number | null
  label: string
  /** The first year the row mentions the query. */
  first: boolean
  to: RouteLocationRaw | null
  describe: string
}

export interface HeatmapModel {
  xLabels: string[]
  yLabels: string[]
  cells: HeatCell[]
  /** Top of the colour scale. */
  max: number
  percent: boolean
  csv: CsvCell[][]
}

export function spreadHeatmap(s: SpreadResponse, measure: SpreadMeasure): HeatmapModel {
  const firstYear = new Map(s.firstMentions.map((m) => [m.city, m.year]))
  const cells: HeatCell[] = s.cells.map((c) => {
    const x = s.years.indexOf(c.year)
    const y = s.cities.indexOf(c.city)
    const name = cityName(c.city)
    if (c.plans === 0) {
      return { x, y, value: null, label: '', first: false, to: null, describe: `${name} ${c.year}年：没有工作要点` }
    }
    const value = measure === 'share' ? c.mentioning / c.plans : c.clauses
    const label = measure === 'share' ? percent(value) : String(value)
    const first = firstYear.get(c.city) === c.year
    const to = clausesLink({ q: s.query, mode: s.mode, city: c.city, year: c.year, planIds: c.planIds, label: `${name} ${c.year}年` })
    return {
      x, y, value, label, first, to,
      describe: `${name} ${c.year}年：${c.plans} 份文件中 ${c.mentioning} 份提及，共 ${c.clauses} 条${first ? '（首次提及）' : ''}`,
    }
  })
  const values = cells.map((c) => c.value ?? 0)
  return {
    xLabels: s.years.map(String),
    yLabels: s.cities.map(cityName),
    cells,
    max: measure === 'share' ? 1 : Math.max(1, ...values),
    percent: measure === 'share',
    csv: [
      ['城市', '年份', '文件数', '提及的文件数', '提及占比', '条款数', '首次提及'],
      ...s.cells.map((c) => [
        cityName(c.city), c.year, c.plans, c.mentioning, c.plans ? Math.round((c.mentioning / c.plans) * 1000) / 1000 : null,
        c.clauses, firstYear.get(c.city) === c.year ? '是' : '',
      ]),
    ],
  }
}

/**
 * Themes down, cities across: the cities with most clauses first (the server lists them by name), so with 150 of
 * them the ones that say most are in view and the cities without a clause come last, not 安阳市 at 0 beside 安庆市.
 */
export function themeCityHeatmap(t: ThemeCityResponse): HeatmapModel {
  const totals = new Map<string | null, number>()
  for (const c of t.cells) totals.set(c.city, (totals.get(c.city) ?? 0) + c.clauses)
  const cities = [...t.cities].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0))
  const cells: HeatCell[] = t.cells.map((c) => {
    const name = cityName(c.city)
    return {
      x: cities.indexOf(c.city),
      y: t.themes.indexOf(c.theme),
      value: c.clauses,
      label: String(c.clauses),
      first: false,
      to: clausesLink({ q: t.query, mode: t.mode, city: c.city, theme: c.theme, planIds: t.unnamedCityPlanIds, label: `${name} · ${c.theme}` }),
      describe: `${c.theme} · ${name}：${c.clauses} 条`,
    }
  })
  return {
    xLabels: cities.map(cityName),
    yLabels: t.themes,
    cells,
    max: Math.max(1, ...t.cells.map((c) => c.clauses)),
    percent: false,
    csv: [['主题', '城市', '条款数'], ...t.cells.map((c) => [c.theme, cityName(c.city), c.clauses])],
  }
}

/**
 * The first `rows` rows of a heatmap, for a long one drawn in part: 144 cities × 12 years was a chart 5 000 px tall.
 * The CSV keeps every row, so the download is the whole table whatever is drawn.
 */
export function firstRows(model: HeatmapModel, rows: number): HeatmapModel {
  if (model.yLabels.length <= rows) return model
  return { ...model, yLabels: model.yLabels.slice(0, rows), cells: model.cells.filter((c) => c.y < rows) }
}

/** Likewise the first `columns` columns: 144 cities across were a theme map 7 000 px wide. */
export function firstColumns(model: HeatmapModel, columns: number): HeatmapModel {
  if (model.xLabels.length <= columns) return model
  return { ...model, xLabels: model.xLabels.slice(0, columns), cells: model.cells.filter((c) => c.x < columns) }
}

/** The cell at a row and column, for the table beside a chart. */
export function cellAt(model: HeatmapModel, x: number, y: number): HeatCell | undefined {
  return model.cells.find((c) => c.x === x && c.y === y)
}
