/**
 * Orders a result set for the three modes, as a RankedSet that yields pages without sorting everything.
 * Pure functions of the data they are given: the caller (search-modes.ts) computes BM25 where asked.
 * Keyword: tier, then BM25 (rerank pool) or length (beyond it), then newer plans, then document order.
 * Browse (no search term): document order. sort=date: newest year first (date-asc: oldest), then plan, then clause order.
 * Hybrid: a convex combination of cosine and BM25 over the semantic list and the first keyword hits; when
 * the query holds an exact phrase, every clause containing it stays above the semantic-only neighbours.
 */
import { convexFusion, HYBRID_SEMANTIC_WEIGHT } from '../rank-fusion.js'
import { topK } from '../top-k.js'
import type { ClauseRows } from './clause-rows.js'
import { rankWeights } from './rank-weights.js'

export interface RankedSet {
  total: number
  page(offset: number, limit: number): number[]
  /** Every rowid in rank order. */
  sorted(): number[]
  /** Score of a rowid, larger is better. */
  score(rowid: number): number
}

export type Compare = (a: number, b: number) => number

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

/** Keyword hits ordered by tier and length: the BM25 rerank pool is the head of this order. */
export interface KeywordPool {
  /** Every keyword hit. */
  rowids: ArrayLike<number>
  /** The best `rankWeights.rerankPool` hits by tier and length: the clauses to score with BM25. */
  pool: number[]
  /**
   * Tier plus length proxy by rowid, the order beyond the pool: written for the hits that could enter the pool
   * only; `withProxy` writes it for others when the order beyond the pool is asked.
   */
  proxy: Float64Array
  withProxy(rowids: number[]): number[]
}

/** `tier` holds each hit's tier by rowid. */
export function keywordPool(rows: ClauseRows, rowids: ArrayLike<number>, tier: Float64Array): KeywordPool {
  const proxy = rows.scratch(1)
  const withProxy = <T extends ArrayLike<number>>(list: T): T => {
    for (let i = 0; i < list.length; i++) proxy[list[i]] = lengthProxy(rows, tier, list[i])
    return list
  }
  const candidates = withProxy(poolCandidates(rowids, tier, rankWeights.rerankPool))
  return { rowids, pool: topK(candidates, rankWeights.rerankPool, byProxy(rows, proxy)), proxy, withProxy }
}

/** A hit's tier plus the length proxy of BM25 (shorter is better), below the gap between two tiers. */
export function lengthProxy(rows: ClauseRows, tier: Float64Array, rowid: number): number {
  return tier[rowid] + rankWeights.within * (rows.avgLength / (rows.avgLength + rows.length[rowid]))
}

/**
 * The hits that can be in a pool of `size`: those of the highest tiers that together hold `size` hits. Every
 * tier weight is a multiple of the smallest (rankWeights.near) and the length proxy adds less than it, so a
 * hit never outranks one of a higher tier. At a million clauses this spares the heap most of the hits.
 */
function poolCandidates(rowids: ArrayLike<number>, tier: Float64Array, size: number): ArrayLike<number> {
  const unit = rankWeights.near
  if (rowids.length <= size * 4 || rankWeights.within >= unit) return rowids
  // One pass: the count of hits per tier level, grown as higher levels appear.
  let counts = new Int32Array(64)
  for (let i = 0; i < rowids.length; i++) {
    const t = tier[rowids[i]]
    if (t < 0 || t % unit !== 0) return rowids
    const level = t / unit
    if (level >= counts.length) {
      const grown = new Int32Array(Math.max(level + 1, counts.length * 2))
      grown.set(counts)
      counts = grown
    }
    counts[level]++
  }
  let level = counts.length - 1
  let n = counts[level]
  while (n < size && level > 0) n += counts[--level]
  if (level === 0) return rowids
  const floor = level * unit
  return keep(rowids, (r) => tier[r] >= floor)
}

function keep(rowids: ArrayLike<number>, test: (rowid: number) => boolean): number[] {
  const out: number[] = []
  for (let i = 0; i < rowids.length; i++) if (test(rowids[i])) out.push(rowids[i])
  return out
}

function byProxy(rows: ClauseRows, proxy: Float64Array): Compare {
  return (a, b) => proxy[b] - proxy[a] || rows.year[b] - rows.year[a] || a - b
}

/**
 * Keyword relevance: the pool ordered by tier, then its BM25 scores squashed within the tier; the rest of
 * each tier follows by length, shortest first. `bm25` scores some pool clauses; it is asked tier by tier,
 * best first, only as deep as the pages read: BM25 only orders clauses within a tier, so the first page needs
 * the scores of the tiers it reaches (reading each pool clause's text is most of a query's time).
 *
 * `demote`, asked for each tier before it is scored, names the clauses of it whose heading tier does not hold
 * (their heading has the terms only across two words: clause-texts.ts): they move down by rankWeights.heading
 * into the tier below, before that is scored. Checked tier by tier like BM25, so only as deep as the pages read.
 */
export function keywordSet(
  rows: ClauseRows,
  hits: KeywordPool,
  tier: Float64Array,
  bm25: (rowids: number[]) => Map<number, number>,
  demote: (rowids: number[]) => number[] = () => [],
): RankedSet {
  const within = rankWeights.within
  const order = byProxy(rows, hits.proxy)
  const key = new Map<number, number>()
  const byKey = (a: number, b: number) => key.get(b)! - key.get(a)! || rows.year[b] - rows.year[a] || a - b
  const groups = tierGroups(hits.pool, tier, within)
  const ranked: number[] = []
  let scored = 0
  const inPool = new Set(hits.pool)
  // Hits beyond the pool follow it by tier and length; a clause moved below the pool's lowest tier joins them.
  const beyond = hits.rowids.length > hits.pool.length
  let lowest = Infinity
  for (const r of hits.pool) lowest = Math.min(lowest, tier[r])
  const checked = new Set<number>()
  /** Moves the clauses of the next group whose heading tier does not hold into the group of their new tier. */
  const settleHeadings = () => {
    const group = groups[scored]
    const moved = new Set(demote(group.filter((r) => !checked.has(r))))
    for (const r of group) checked.add(r)
    if (moved.size === 0) return
    for (const r of moved) {
      tier[r] -= rankWeights.heading
      // Below every tier the pool holds while hits it did not take remain: those may outrank it, so it is
      // ranked with them (rest), by its new tier and its length.
      if (beyond && tier[r] < lowest) inPool.delete(r)
    }
    // One group (tiers too close to split) is ranked at once, by keys that read the tier.
    if (groups.length === 1) {
      groups[0] = group.filter((r) => inPool.has(r))
      return
    }
    groups[scored] = group.filter((r) => !moved.has(r))
    // Split groups are whole tiers, best first.
    for (const r of moved) {
      if (!inPool.has(r)) continue
      let at = scored + 1
      while (at < groups.length && tier[groups[at][0]] > tier[r]) at++
      if (at < groups.length && tier[groups[at][0]] === tier[r]) groups[at].push(r)
      else groups.splice(at, 0, [r])
    }
  }
  /** Ranks whole tiers until `count` pool clauses are ranked (or the pool is). */
  const rankTo = (count: number) => {
    while (ranked.length < count && scored < groups.length) {
      settleHeadings()
      const group = groups[scored++]
      const scores = bm25(group)
      for (const r of group) {
        const s = scores.get(r) ?? 0
        key.set(r, tier[r] + (within * s) / (1 + s))
      }
      for (const r of group.sort(byKey)) ranked.push(r)
    }
  }
  const rest = () => hits.withProxy(keep(hits.rowids, (r) => !inPool.has(r)))

  return {
    total: hits.rowids.length,
    page(offset, limit) {
      rankTo(offset + limit)
      if (offset + limit <= ranked.length) return ranked.slice(offset, offset + limit)
      return [...ranked, ...topK(rest(), offset + limit - ranked.length, order)].slice(offset, offset + limit)
    },
    sorted: () => {
      rankTo(Infinity)
      return [...ranked, ...rest().sort(order)]
    },
    score: (r) => {
      if (inPool.has(r) && !key.has(r)) rankTo(Infinity)
      return key.get(r) ?? lengthProxy(rows, tier, r)
    },
  }
}

/**
 * The pool split by tier, best first, when BM25 (squashed below `within`) cannot carry a clause past another
 * tier: every two tiers differ by more than `within`. Otherwise one group, ranked at once.
 */
function tierGroups(pool: number[], tier: Float64Array, within: number): number[][] {
  const byTier = new Map<number, number[]>()
  for (const r of pool) {
    const group = byTier.get(tier[r])
    if (group) group.push(r)
    else byTier.set(tier[r], [r])
  }
  const tiers = [...byTier.keys()].sort((a, b) => b - a)
  for (let i = 1; i < tiers.length; i++) if (tiers[i - 1] - tiers[i] <= within * (1 + 1e-9)) return pool.length > 0 ? [[...pool]] : []
  return tiers.map((t) => byTier.get(t)!)
}

/** The clauses a hybrid result fuses: the semantic list and the first keyword hits (the rerank pool). */
export function hybridCandidates(keywordSorted: readonly number[], semantic: readonly number[]): number[] {
  return [...new Set([...semantic, ...keywordSorted.slice(0, rankWeights.rerankPool)])]
}

/**
 * The fused order of a hybrid result. Each candidate (hybridCandidates) gets the convex combination of its
 * cosine and its BM25 (rank-fusion.ts). Keyword hits beyond the candidates follow in keyword order. With
 * `pinKeyword` (the query holds an exact phrase) every keyword hit ranks above every semantic-only neighbour,
 * and among them every clause with text above every heading-only one. `sims` are the cosines to fuse
 * (heading-only clauses already moved down by the caller).
 */
export function hybridOrder(
  keywordAll: readonly number[],
  semantic: readonly number[],
  sims: Float32Array,
  candidates: readonly number[],
  bm25: Map<number, number>,
  pinKeyword: boolean,
  headingOnly: (rowid: number) => boolean = () => false,
  semanticWeight: number = HYBRID_SEMANTIC_WEIGHT,
): { order: number[]; score: Map<number, number> } {
  const isKeyword = new Set(keywordAll)
  const inSemantic = new Set(semantic)
  const fused = convexFusion(
    candidates.map((r) => ({ id: r, cosine: inSemantic.has(r) ? sims[r] : null, lexical: bm25.get(r) ?? 0 })),
    semanticWeight,
  )
  const isCandidate = new Set(candidates)
  const tail = keywordAll.filter((r) => !isCandidate.has(r))
  // Fused scores lie in [0, 1]. Pinned hits with text take the band [4.5, 5.5], pinned heading-only ones
  // [3, 4], the rest [0, 1]; the tail keeps the bottom of its band.
  const band = (r: number) => (pinKeyword && isKeyword.has(r) ? (headingOnly(r) ? 3 : 4.5) : 0)
  const score = new Map<number, number>()
  for (const item of fused) score.set(item.id, item.score + band(item.id))
  for (const r of tail) score.set(r, band(r))
  // Band by band, best first: the fused head (already best first), then the tail in keyword order. Linear,
  // so a phrase matching most of a large corpus costs no sort of its whole tail.
  const head = fused.map((item) => item.id)
  const order: number[] = []
  for (const level of [4.5, 3, 0]) {
    for (const r of head) if (band(r) === level) order.push(r)
    for (const r of tail) if (band(r) === level) order.push(r)
  }
  return { order, score }
}

/**
 * `order` with every heading-only clause moved to just after the last clause with text that matches the query
 * at least as strongly, the rest in place: a table-of-contents title does not outrank a clause whose text says
 * as much, whatever their cosines (semantic mode, where words are not required, and hybrid free text, where a
 * short title's BM25 is high). `strength` is how much of the query a clause matches (phrase found 1, or words
 * found); 0 is no match, which is never moved and moves nothing.
 */
export function headingOnlyBelowText(order: readonly number[], strength: (rowid: number) => number, headingOnly: (rowid: number) => boolean): number[] {
  // lastAtLeast[s]: the last position of a clause with text whose strength is s or more; only the strengths
  // of titles that match are asked for.
  const lastAtLeast = new Map<number, number>()
  for (const r of order) if (headingOnly(r) && strength(r) > 0) lastAtLeast.set(strength(r), -1)
  if (lastAtLeast.size === 0) return [...order]
  const strengths = [...lastAtLeast.keys()]
  order.forEach((r, i) => {
    if (headingOnly(r)) return
    const own = strength(r)
    for (const s of strengths) if (s <= own) lastAtLeast.set(s, i)
  })
  const after = new Map<number, number[]>()
  order.forEach((r, i) => {
    const s = strength(r)
    if (s <= 0 || !headingOnly(r)) return
    const target = lastAtLeast.get(s)!
    if (target <= i) return
    const moved = after.get(target)
    if (moved) moved.push(r)
    else after.set(target, [r])
  })
  if (after.size === 0) return [...order]
  const isMoved = new Set([...after.values()].flat())
  const out: number[] = []
  order.forEach((r, i) => {
    if (!isMoved.has(r)) out.push(r)
    const moved = after.get(i)
    if (moved) out.push(...moved)
  })
  return out
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
