import { describe, expect, it } from 'vitest'
import { RRF_K, reciprocalRankFusion } from './rank-fusion.js'

describe('reciprocalRankFusion', () => {
  it('sums 1 / (k + rank) over the lists that hold an item', () => {
    const fused = reciprocalRankFusion([['a', 'b', 'c'], ['c', 'a']])
    expect(fused.map((f) => f.id)).toEqual(['a', 'c', 'b'])
    expect(fused[0]).toEqual({ id: 'a', score: 1 / 61 + 1 / 62, ranks: [1, 2] })
    expect(fused[1]).toEqual({ id: 'c', score: 1 / 63 + 1 / 61, ranks: [3, 1] })
    expect(fused[2]).toEqual({ id: 'b', score: 1 / 62, ranks: [2, null] })
  })

  it('uses k = 60 by default and honours another k', () => {
    expect(RRF_K).toBe(60)
    expect(reciprocalRankFusion([['x']], 0)[0].score).toBe(1)
  })

  it('keeps first-appearance order on equal scores and counts a repeated id once per list', () => {
    const fused = reciprocalRankFusion([['a', 'a', 'b'], ['b', 'a']])
    expect(fused.map((f) => [f.id, f.ranks])).toEqual([
      ['a', [1, 2]],
      ['b', [3, 1]],
    ])
  })

  it('returns nothing for no lists', () => {
    expect(reciprocalRankFusion([])).toEqual([])
  })
})
