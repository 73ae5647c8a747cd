/**
 * Orders a result set for the three modes. Keyword: the rank key, then newer plans, then document order.
 * Browse (no search term): document order. sort=date: newest year first, then plan, then clause order.
 * Hybrid: reciprocal rank fusion of the keyword and the semantic lists; when the query holds an exact
 * phrase, every clause containing it stays above the semantic-only neighbours.
 */
import type { ClauseRows } from './clause-rows.js'
import { reciprocalRankFusion } from './rank-fusion.js'
import { topK } from './top-k.js'

export interface RankedSet {
  rowids: number[] | Int32Array
  /** Score per rowid, larger is better. */
  score: (rowid: number) => number
  compare: (a: number, b: number) => number
}

/** `keys` is indexed by rowid; null means browse (document order). */
export function keywordOrder(rows: ClauseRows, keys: Float64Array | null): (a: number, b: number) => number {
  if (keys === null) return (a, b) => a - b
  return (a, b) => keys[b] - keys[a] || rows.year[b] - rows.year[a] || a - b
}

/** Newest year first (unknown years last), then plan, then clause order: rowids follow plan and order. */
export function dateOrder(rows: ClauseRows): (a: number, b: number) => number {
  return (a, b) => rows.year[b] - rows.year[a] || a - b
}

/** The fused order of a hybrid result: keyword-ranked rowids and semantic-ranked rowids, best first. */
export function hybridOrder(keyword: number[], semantic: number[], pinKeyword: boolean): { order: number[]; score: Map<number, number> } {
  const fused = reciprocalRankFusion([keyword, semantic])
  const score = new Map<number, number>()
  // A keyword hit gets +1 when pinned: RRF scores are below 2/61, so pinned hits all rank first.
  for (const item of fused) score.set(item.id, item.score + (pinKeyword && item.ranks[0] !== null ? 1 : 0))
  const order = fused.map((item) => item.id).sort((a, b) => score.get(b)! - score.get(a)!)
  return { order, score }
}

/** One page of a ranked set. */
export function page(set: RankedSet, offset: number, limit: number): number[] {
  return topK(set.rowids, offset + limit, set.compare).slice(offset)
}

/** Top `perPlan` hits of every plan with its total, plans ordered by their best hit. */
export function groupByPlan(rows: ClauseRows, set: RankedSet, perPlan: number): { plan: number; total: number; rowids: number[] }[] {
  const sorted = Array.from(set.rowids).sort(set.compare)
  const groups = new Map<number, { plan: number; total: number; rowids: number[] }>()
  for (const r of sorted) {
    const plan = rows.plan[r]
    let group = groups.get(plan)
    if (!group) {
      group = { plan, total: 0, rowids: [] }
      groups.set(plan, group)
    }
    group.total++
    if (group.rowids.length < perPlan) group.rowids.push(r)
  }
  return [...groups.values()]
}
