import { describe, expect, it } from 'vitest'
import { ClauseRows, type ClauseRowInput } from './clause-rows.js'
import { rankWeights } from './rank-weights.js'
import { headingOnlyBelowText, keywordPool, keywordSet } from './ranking.js'

/** Clauses 1..n with lengths and years from a fixed sequence (no randomness: the expected order is exact). */
function rowsOf(n: number): ClauseRows {
  const input: ClauseRowInput[] = []
  for (let r = 1; r <= n; r++) {
    input.push({ rowid: r, planId: `p${r % 7}`, year: 2015 + (r % 11), city: null, province: null, level: null, outlineOnly: false, firstIndexedMs: 0, themes: [], length: 20 + ((r * 37) % 400) })
  }
  return new ClauseRows(input)
}

describe('keywordPool', () => {
  it('picks the best 200 of 5 000 hits in mixed tiers by tier, then length, then year, then rowid, as sorting every hit does', () => {
    const rows = rowsOf(5000)
    const rowids = Array.from({ length: 5000 }, (_, i) => i + 1)
    const tier = new Float64Array(5001)
    // Word counts 0–3, text, heading and nearness mixed so that the top tiers hold fewer than 200 hits.
    for (const r of rowids) tier[r] = ((r * 7) % 4) * rankWeights.word + (r % 3 === 0 ? rankWeights.withText : 0) + (r % 5 === 0 ? rankWeights.heading : 0) + (r % 11 === 0 ? rankWeights.near : 0)
    const proxyOf = (r: number) => tier[r] + rankWeights.within * (rows.avgLength / (rows.avgLength + rows.length[r]))
    const expected = [...rowids].sort((a, b) => proxyOf(b) - proxyOf(a) || rows.year[b] - rows.year[a] || a - b).slice(0, rankWeights.rerankPool)
    const { pool } = keywordPool(rows, rowids, tier)
    expect(pool).toEqual(expected)
    expect(new Set(pool.map((r) => tier[r])).size).toBeGreaterThan(1)
  })
})
describe('keywordSet', () => {
  it('scores only the tiers the first page reaches, and ranks every page as scoring the whole pool at once does', () => {
    const rows = rowsOf(5000)
    const rowids = Array.from({ length: 5000 }, (_, i) => i + 1)
    const tier = new Float64Array(5001)
    // 3 words and text: 1 in 8 hits; fewer words below.
    for (const r of rowids) tier[r] = (r % 8 === 0 ? 3 : r % 2) * rankWeights.word + rankWeights.withText + (r % 5 === 0 ? rankWeights.heading : 0)
    const bm25 = (pool: number[]) => new Map(pool.map((r) => [r, ((r * 13) % 17) / 4]))
    const asked: number[] = []
    const lazy = keywordSet(rows, keywordPool(rows, rowids, tier), tier, (pool) => (asked.push(...pool), bm25(pool)))
    const eagerPool = keywordPool(rows, rowids, tier)
    const key = (r: number) => { const s = bm25([r]).get(r)!; return tier[r] + (rankWeights.within * s) / (1 + s) }
    const expected = [...eagerPool.pool].sort((a, b) => key(b) - key(a) || rows.year[b] - rows.year[a] || a - b)

    expect(lazy.page(0, 20)).toEqual(expected.slice(0, 20))
    expect(asked.length).toBe(eagerPool.pool.filter((r) => tier[r] === tier[expected[0]]).length)
    expect(asked.length).toBeLessThan(rankWeights.rerankPool)
    expect(lazy.page(180, 20)).toEqual(expected.slice(180, 200))
    expect(lazy.score(expected[199])).toBe(key(expected[199]))
    expect(new Set(asked).size).toBe(rankWeights.rerankPool)
  })
})
describe('keywordSet with headings whose terms run across words', () => {
  it('moves such a clause into the tier below, ranked there by BM25, checked once, before that tier is scored', () => {
    const rows = rowsOf(8)
    const rowids = [1, 2, 3, 4, 5, 6, 7, 8]
    const tier = new Float64Array(9)
    // 1–3: a heading hit; 4–8: the term in the text only. 2 holds it in its heading only across two words.
    for (const r of rowids) tier[r] = rankWeights.word + rankWeights.withText + (r <= 3 ? rankWeights.heading : 0)
    const bm25 = (pool: number[]) => new Map(pool.map((r) => [r, r === 2 ? 5 : 1 / r]))
    const asked: number[][] = []
    const demote = (group: number[]) => (asked.push([...group]), group.filter((r) => r === 2))
    const set = keywordSet(rows, keywordPool(rows, rowids, tier), tier, bm25, demote)
    // 2 scores best by BM25 in the lower tier; the rest of each tier by BM25, larger first.
    expect(set.page(0, 8)).toEqual([1, 3, 2, 4, 5, 6, 7, 8])
    expect(asked).toEqual([[1, 2, 3], [4, 5, 6, 7, 8]])
    expect(tier[2]).toBe(rankWeights.word + rankWeights.withText)
  })
})
describe('keywordSet with a heading demoted below the pool', () => {
  it('ranks a clause moved below the lowest tier the pool took with the hits beyond the pool, after every clause of a higher tier', () => {
    // 150 heading hits (1–150), 500 near hits (151–650), 10 plain hits (651–660): the pool of 200 takes the 150
    // and 50 of the near hits. Clause 1's heading holds the terms only across words: it drops to a plain hit.
    const rows = rowsOf(660)
    const rowids = Array.from({ length: 660 }, (_, i) => i + 1)
    const tier = new Float64Array(661)
    const base = rankWeights.word + rankWeights.withText
    for (const r of rowids) tier[r] = base + (r <= 150 ? rankWeights.heading : r <= 650 ? rankWeights.near : 0)
    const set = keywordSet(rows, keywordPool(rows, rowids, tier), tier, (pool) => new Map(pool.map((r) => [r, 1])), (group) => group.filter((r) => r === 1))
    const sorted = set.sorted()
    const at = sorted.indexOf(1)
    // The 649 clauses of higher tiers, then clause 1 among the 10 plain hits by length.
    expect(sorted.slice(0, 649).every((r) => tier[r] > base)).toBe(true)
    expect(sorted.slice(649).every((r) => tier[r] === base)).toBe(true)
    expect(at).toBeGreaterThanOrEqual(649)
    expect(set.page(0, 660)).toEqual(sorted)
    expect(set.score(1)).toBeLessThan(set.score(650))
  })
})
describe('headingOnlyBelowText', () => {
  // Rowids 1–6; 2 and 5 are heading-only; 1, 2, 4 and 5 contain the phrase.
  const headingOnly = (r: number) => r === 2 || r === 5
  const matches = new Set([1, 2, 4, 5])
  const phrase = (r: number) => (matches.has(r) ? 1 : 0)

  it('moves heading-only matches ranked above the last text match to just after it, keeping their order', () => {
    expect(headingOnlyBelowText([2, 5, 3, 1, 6, 4], phrase, headingOnly)).toEqual([3, 1, 6, 4, 2, 5])
  })

  it('leaves a heading-only match already below every text match, and clauses outside the matches, in place', () => {
    expect(headingOnlyBelowText([1, 3, 4, 2, 6, 5], phrase, headingOnly)).toEqual([1, 3, 4, 2, 6, 5])
  })

  it('changes nothing when no clause with text matches', () => {
    expect(headingOnlyBelowText([2, 3, 5], (r) => (r === 3 ? 0 : 1), headingOnly)).toEqual([2, 3, 5])
  })

  it('moves a title only below clauses with text that hold as many of the query\'s words', () => {
    // Words found: titles 2 (3 words) and 5 (2); clauses with text 4 (3), 1 (2), 3 (1), 6 (none).
    const words = new Map([[2, 3], [5, 2], [4, 3], [1, 2], [3, 1]])
    const strength = (r: number) => words.get(r) ?? 0
    expect(headingOnlyBelowText([2, 5, 4, 1, 6, 3], strength, headingOnly)).toEqual([4, 2, 1, 5, 6, 3])
  })
})
