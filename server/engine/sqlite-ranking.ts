/**
 * Orders a result set for the three modes, as a RankedSet that yields pages without sorting everything.
 * Keyword: tier, then BM25 (rerank pool) or length (beyond it), then newer plans, then document order.
 * Browse (no search term): document order. sort=date: newest year first (date-asc: oldest), then plan, then clause order.
 * Hybrid: a convex combination of cosine and BM25 over the semantic list and the first keyword hits; when
 * the query holds an exact phrase, every clause containing it stays above the semantic-only neighbours.
 */
import type { ClauseRows } from './clause-rows.js'
import { convexFusion } from './rank-fusion.js'
import { rankWeights } from './sqlite-search.js'
import { topK } from './top-k.js'

export interface RankedSet {
  total: number
  page(offset: number, limit: number): number[]
  /** Every rowid in rank order. */
  sorted(): number[]
  /** Score of a rowid, larger is better. */
  score(rowid: number): number
}

type Compare = (a: number, b: number) => number

/** A set ordered by one comparator. */
export function orderedSet(rowids: ArrayLike<number>, compare: Compare, score: (rowid: number) => number): RankedSet {
  return {
    total: rowids.length,
    page: (offset, limit) => topK(rowids, offset + limit, compare).slice(offset),
    sorted: () => Array.from(rowids).sort(compare),
    score,
  }
}

/**
 * Newest year first (oldest first with `ascending`), unknown years (stored as 0) last either way, then
 * plan, then clause order: rowids follow plan and order.
 */
export function dateOrder(rows: ClauseRows, ascending = false): Compare {
  if (!ascending) return (a, b) => rows.year[b] - rows.year[a] || a - b
  const key = (r: number) => rows.year[r] || Number.MAX_SAFE_INTEGER
  return (a, b) => key(a) - key(b) || a - b
}

/**
 * Keyword relevance. `tier` holds each match's tier by rowid; `bm25` scores the rerank pool (the best
 * clauses by tier and length) and the rest of each tier follows by length, shortest first.
 */
export function keywordSet(rows: ClauseRows, rowids: number[], tier: Float64Array, bm25: (pool: number[]) => Map<number, number>): RankedSet {
  const within = rankWeights.within
  const proxy = rows.scratch(1)
  for (const r of rowids) proxy[r] = tier[r] + within * (rows.avgLength / (rows.avgLength + rows.length[r]))
  const byProxy: Compare = (a, b) => proxy[b] - proxy[a] || rows.year[b] - rows.year[a] || a - b

  const pool = topK(rowids, rankWeights.rerankPool, byProxy)
  const scores = bm25(pool)
  const key = new Map<number, number>()
  for (const r of pool) {
    const s = scores.get(r) ?? 0
    key.set(r, tier[r] + (within * s) / (1 + s))
  }
  const ranked = pool.sort((a, b) => key.get(b)! - key.get(a)! || rows.year[b] - rows.year[a] || a - b)
  const inPool = new Set(ranked)
  const rest = () => rowids.filter((r) => !inPool.has(r))

  return {
    total: rowids.length,
    page(offset, limit) {
      if (offset + limit <= ranked.length) return ranked.slice(offset, offset + limit)
      return [...ranked, ...topK(rest(), offset + limit - ranked.length, byProxy)].slice(offset, offset + limit)
    },
    sorted: () => [...ranked, ...rest().sort(byProxy)],
    score: (r) => key.get(r) ?? proxy[r],
  }
}

/**
 * The fused order of a hybrid result. The candidates are the semantic list and the first keyword hits
 * (the rerank pool): each gets the convex combination of its cosine and its BM25 (rank-fusion.ts).
 * Keyword hits beyond the pool follow in keyword order. With `pinKeyword` (the query holds an exact
 * phrase) every keyword hit ranks above every semantic-only neighbour.
 */
export function hybridOrder(
  keyword: RankedSet,
  semantic: readonly number[],
  sims: Float32Array,
  lexical: (candidates: number[]) => Map<number, number>,
  pinKeyword: boolean,
): { order: number[]; score: Map<number, number> } {
  const keywordAll = keyword.sorted()
  const isKeyword = new Set(keywordAll)
  const inSemantic = new Set(semantic)
  const candidates = [...new Set([...semantic, ...keywordAll.slice(0, rankWeights.rerankPool)])]
  const bm25 = lexical(candidates)
  const fused = convexFusion(
    candidates.map((r) => ({ id: r, cosine: inSemantic.has(r) ? sims[r] : null, lexical: bm25.get(r) ?? 0 })),
  )
  const isCandidate = new Set(candidates)
  const tail = keywordAll.filter((r) => !isCandidate.has(r))
  // Fused scores lie in [0, 1]: +2 puts pinned hits above all others, the tail keeps the bottom of its band.
  const pin = (r: number) => (pinKeyword && isKeyword.has(r) ? 2 : 0)
  const score = new Map<number, number>()
  for (const item of fused) score.set(item.id, item.score + pin(item.id))
  for (const r of tail) score.set(r, pin(r))
  const head = fused.map((item) => item.id)
  const order = pinKeyword
    ? [...head.filter((r) => isKeyword.has(r)), ...tail, ...head.filter((r) => !isKeyword.has(r))]
    : [...head, ...tail]
  return { order, score }
}

/** Top `perPlan` hits of every plan with its total, plans ordered by their best hit. */
export function groupByPlan(rows: ClauseRows, sorted: number[], perPlan: number): { plan: number; total: number; rowids: number[] }[] {
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
