/** The filters a search page holds, as chips a user reads and removes one by one (已选 above the results, 无结果 tips). */
import { ALL_FILTER_FIELDS, type AnyFilterField, type SearchState } from './url-state.js'

export const FILTER_LABELS: Record<AnyFilterField, string> = {
  city: '城市',
  province: '省份',
  year: '年份',
  theme: '主题',
  level: '层级',
  exceptCity: '不含城市',
  exceptProvince: '不含省份',
  exceptYear: '不含年份',
}

export interface FilterChip {
  field: AnyFilterField
  /** The value as the URL holds it (a year as digits). */
  value: string
  /** 城市：荆门市, 年份：2024年, 不含城市：荆门市. */
  text: string
}

export function filterChips(state: SearchState): FilterChip[] {
  return ALL_FILTER_FIELDS.flatMap((field) =>
    state[field].map((v) => {
      const value = String(v)
      const shown = field === 'year' || field === 'exceptYear' ? `${value}年` : value
      return { field, value, text: `${FILTER_LABELS[field]}：${shown}` }
    }),
  )
}
