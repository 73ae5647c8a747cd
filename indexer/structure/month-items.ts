/**
 * A month heading over items of a level the plan keeps below its clauses: `三、每月工作安排` over `二月份` `（1）开学工作
 * 检查；` `（2）…` in a plan that numbers its clauses 1. and lists （1） inside them. Under the month the （1） items stand
 * in no clause: they are the month's tasks, read as the clauses of the month's section (numbered from 1 again under
 * each month, as a section's clauses are). Left as items of no clause, each was a paragraph of its chapter, the month
 * lines among them.
 * Pure: the numbering and the month lines in, the numbering with those items read as clauses out.
 */
import type { PlanLevel } from '../types.js'
import type { LineNumbering } from './plan-levels.js'
import { RANK, type MarkerKind } from './numbering.js'

export function monthItemsAsClauses(numbering: LineNumbering, months: Set<number>): LineNumbering {
  const roleAt = (i: number) => {
    const m = numbering.markers.get(i)
    return m ? numbering.roles.get(m.kind) : undefined
  }
  const ranges: number[][] = []
  for (const month of months) {
    // The month's lines: up to the next month, or the next heading the plan numbers above its clauses.
    let end = month + 1
    while (end < numbering.lines.length && !months.has(end) && !['chapter', 'section', 'part'].includes(roleAt(end) ?? '')) end++
    if (roleAt(month + 1) !== 'item') continue
    ranges.push([...Array(end - month - 1).keys()].map((k) => month + 1 + k))
  }
  return itemsAsClauses(numbering, ranges)
}

/**
 * The numbering with the items of each range (the lines under a heading) read as clauses: the items of the kind the
 * range's first marker has, when that marker is an item and no clause stands in the range (items inside a clause
 * the range does hold stay that clause's).
 */
export function itemsAsClauses(numbering: LineNumbering, ranges: number[][]): LineNumbering {
  const clauseKind = numbering.clauseKind
  if (clauseKind === null) return numbering
  const markers = new Map(numbering.markers)
  const promoted = new Map<MarkerKind, number>()
  const roleAt = (i: number) => {
    const m = numbering.markers.get(i)
    return m ? numbering.roles.get(m.kind) : undefined
  }
  for (const range of ranges) {
    const firstAt = range.find((i) => numbering.markers.has(i))
    if (firstAt === undefined || roleAt(firstAt) !== 'item' || range.some((i) => roleAt(i) === 'clause')) continue
    const first = numbering.markers.get(firstAt)!
    for (const i of range) {
      const m = numbering.markers.get(i)
      if (m?.kind !== first.kind) continue
      markers.set(i, { ...m, kind: clauseKind })
      promoted.set(m.kind, (promoted.get(m.kind) ?? 0) + 1)
    }
  }
  if (promoted.size === 0) return numbering
  return { ...numbering, markers, levels: recount(numbering, promoted) }
}

/**
 * The levels with the promoted items counted at the clause level, a level left with none dropped. readNumbering lists
 * one level for each kind its markers hold, in the order of RANK: the same order pairs each level with its kind.
 */
function recount(before: LineNumbering, promoted: Map<MarkerKind, number>): PlanLevel[] {
  const kinds = [...new Set([...before.markers.values()].map((m) => m.kind))].sort((a, b) => RANK[a] - RANK[b])
  if (kinds.length !== before.levels.length) return before.levels
  const moved = [...promoted.values()].reduce((a, b) => a + b, 0)
  return before.levels
    .map((level, k) => ({ ...level, count: level.count + (level.role === 'clause' ? moved : 0) - (promoted.get(kinds[k]) ?? 0) }))
    .filter((level) => level.count > 0)
}
