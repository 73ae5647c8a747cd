/**
 * A comparison is read from the earlier plan to the later one: 新增 is what the later plan adds, 删除 what it drops.
 * Picked the other way round (2025 as 较早 / 参照, 2023 as 较新 / 对比), every label reads backwards and nothing said so.
 */
import type { PlanRecord } from '../api/types.js'

type Dated = Pick<PlanRecord, 'year'> | undefined

/** A note when the reference plan is of a later year than the one compared with it; null otherwise or when a year is unknown. */
export function reversedOrderNote(a: Dated, b: Dated): string | null {
  if (!a || !b || a.year === null || b.year === null || a.year <= b.year) return null
  return `较早 / 参照文件（${a.year}年）比较新 / 对比文件（${b.year}年）晚，“新增”和“删除”会颠倒。`
}
