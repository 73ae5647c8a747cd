import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { parseQuery } from '../query/parse-query.js'
import { convexFusion, hybridSemanticWeight, queryType, RRF_K, reciprocalRankFusion } from './rank-fusion.js'

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

describe('convexFusion', () => {
  it('weighs min-max cosine and BM25 over its maximum, 0.75 to 0.25 by default', () => {
    const fused = convexFusion([
      { id: 'near', cosine: 0.9, lexical: 0 },
      { id: 'both', cosine: 0.8, lexical: 4 },
      { id: 'far', cosine: 0.5, lexical: 2 },
      { id: 'keyword only', cosine: null, lexical: 8 },
    ])
    // near: 0.75 × 1; both: 0.75 × (0.8 − 0.5) / 0.4 + 0.25 × 4 / 8; keyword only: 0.25 × 1; far: 0.25 × 2 / 8.
    expect(fused.map((f) => f.id)).toEqual(['near', 'both', 'keyword only', 'far'])
    const expected = [0.75, 0.6875, 0.25, 0.0625]
    fused.forEach((f, i) => expect(f.score).toBeCloseTo(expected[i], 12))
  })

  it('ranks by cosine alone when no item has a query word, and honours another weight', () => {
    const items = [
      { id: 'a', cosine: 0.6, lexical: 0 },
      { id: 'b', cosine: 0.7, lexical: 0 },
    ]
    expect(convexFusion(items).map((f) => [f.id, f.score])).toEqual([['b', 0.75], ['a', 0]])
    expect(convexFusion([{ id: 'a', cosine: 0.6, lexical: 1 }, { id: 'b', cosine: 0.7, lexical: 0 }], 0).map((f) => f.id)).toEqual(['a', 'b'])
  })

  it('gives a one-item semantic list full cosine credit and keeps input order on equal scores', () => {
    expect(convexFusion([{ id: 'x', cosine: 0.3, lexical: 0 }])).toEqual([{ id: 'x', score: 0.75 }])
    const tied = convexFusion([{ id: 'p', cosine: null, lexical: 1 }, { id: 'q', cosine: null, lexical: 1 }])
    expect(tied.map((f) => f.id)).toEqual(['p', 'q'])
  })
})

describe('queryType', () => {
  const tokenizer = createSegmenter()
  const typeOf = (raw: string) => queryType(parseQuery(raw, tokenizer))

  it('calls short terms, dictionary terms and quoted text phrase queries', () => {
    expect(['双减', '课后服务 作业', '集团化办学', '"学生每天综合体育活动时间不低于2小时"'].map(typeOf)).toEqual(['phrase', 'phrase', 'phrase', 'phrase'])
  })

  it('calls free text of up to 8 Chinese characters a short question and longer free text a long one', () => {
    expect(['学校缺老师怎么办', '孩子在学校吃饭安不安全', '人工智能进课堂'].map(typeOf)).toEqual(['short', 'long', 'short'])
  })

  it('weighs the semantic side of questions and of phrase queries at 0.5', () => {
    expect(hybridSemanticWeight(parseQuery('学校缺老师怎么办', tokenizer))).toBe(0.5)
    expect(hybridSemanticWeight(parseQuery('孩子在学校吃饭安不安全', tokenizer))).toBe(0.5)
    // Judged phrase queries (高考, 军训) ranked best from 0.2 to 0.5 within their pinned bands; 0.75 was a default.
    expect(hybridSemanticWeight(parseQuery('双减', tokenizer))).toBe(0.5)
  })
})
