import { describe, expect, it } from 'vitest'
import { ndcgAt, precisionAt, recallAt, summarize } from './metrics.js'

const grades = new Map([
  ['jingmen-2025-2-6', 2],
  ['changsha-2020-6-3', 2],
  ['quanzhou-2025-3-9', 1],
])

describe('precisionAt', () => {
  it('counts judged clauses of any grade in the top k, over k', () => {
    expect(precisionAt(['x', 'jingmen-2025-2-6', 'quanzhou-2025-3-9', 'y'], grades, 10)).toBe(0.2)
    expect(precisionAt(['jingmen-2025-2-6', 'x'], grades, 2)).toBe(0.5)
  })
})

describe('recallAt', () => {
  it('is the share of judged clauses found in the top k', () => {
    expect(recallAt(['changsha-2020-6-3', 'x', 'quanzhou-2025-3-9'], grades, 20)).toBeCloseTo(2 / 3, 10)
    expect(recallAt(['changsha-2020-6-3', 'x', 'quanzhou-2025-3-9'], grades, 2)).toBeCloseTo(1 / 3, 10)
    expect(recallAt(['x'], new Map(), 20)).toBe(0)
  })
})

describe('ndcgAt', () => {
  it('is 1 for the ideal order and lower when a grade-2 clause slips below a grade-1 clause', () => {
    expect(ndcgAt(['jingmen-2025-2-6', 'changsha-2020-6-3', 'quanzhou-2025-3-9'], grades, 10)).toBeCloseTo(1, 10)
    // ideal: 3/log2(2) + 3/log2(3) + 1/log2(4) = 3 + 1.8928 + 0.5; got: 1 + 3/log2(3) + 3/log2(4)
    const ideal = 3 + 3 / Math.log2(3) + 1 / 2
    const got = 1 + 3 / Math.log2(3) + 3 / 2
    expect(ndcgAt(['quanzhou-2025-3-9', 'changsha-2020-6-3', 'jingmen-2025-2-6'], grades, 10)).toBeCloseTo(got / ideal, 10)
  })

  it('charges for judged clauses the ranking never returns', () => {
    expect(ndcgAt(['jingmen-2025-2-6'], grades, 10)).toBeCloseTo(3 / (3 + 3 / Math.log2(3) + 1 / 2), 10)
    expect(ndcgAt([], grades, 10)).toBe(0)
  })
})

describe('summarize', () => {
  it('averages the three metrics over the questions', () => {
    const s = summarize([
      { ranked: ['jingmen-2025-2-6'], grades },
      { ranked: [], grades },
    ])
    expect(s.p10).toBeCloseTo(0.05, 10)
    expect(s.r20).toBeCloseTo(1 / 6, 10)
    expect(s.ndcg10).toBeCloseTo(3 / (3 + 3 / Math.log2(3) + 1 / 2) / 2, 10)
  })
})
