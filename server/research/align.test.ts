import { describe, expect, it } from 'vitest'
import { alignPairs, charScorer, contentKey, sideBySide, vectorScorer } from './align.js'

describe('contentKey', () => {
  it('drops the clause number, punctuation and spaces, and folds traditional characters', () => {
    expect(contentKey('5.健全“五育并举”育人体系。')).toBe(contentKey('12、健全五育並舉育人体系'))
  })
})

describe('alignPairs', () => {
  const a = ['1.推进学前教育优质普惠发展。', '2.落实从严治党。', '3.开展校园足球联赛。']
  const b = ['1.深入推进全面从严治党。', '2.普及普惠发展学前教育，推进学前教育优质发展。', '3.建设智慧校园。']

  it('pairs reworded clauses across a reordering and leaves unrelated ones unpaired', () => {
    const pairs = alignPairs(a.length, b.length, charScorer(a, b))
    expect(pairs.map((p) => [p.i, p.j]).sort()).toEqual([[0, 1], [1, 0]])
  })

  it('lays out rows in the second plan’s order with a dropped clause right after the row of the clause before it in the first plan', () => {
    const pairs = alignPairs(a.length, b.length, charScorer(a, b))
    expect(sideBySide(a.length, b.length, pairs).map((r) => [r.i, r.j])).toEqual([[1, 0], [2, null], [0, 1], [null, 2]])
  })
})

describe('vectorScorer', () => {
  const unit = (...v: number[]) => {
    const n = Math.hypot(...v)
    return Float32Array.from(v.map((x) => x / n))
  }
  const a = ['1.推进学前教育优质普惠发展。', '2.统筹做好各项工作。']
  const b = ['1.实施精准考核奖惩。', '2.普及普惠发展学前教育。']

  it('pairs by cosine from the threshold up, and by shared characters below it', () => {
    // a[1]–b[0] are close in meaning by their vectors (0.9); a[0]–b[1] only share characters (cosine 0.5).
    const va = [unit(1, 0, 0), unit(0, 1, 0)]
    const vb = [unit(0, 0.9, Math.sqrt(1 - 0.81)), unit(0.5, 0, Math.sqrt(0.75))]
    const pairs = alignPairs(2, 2, vectorScorer(va, vb, { a, b }))
    expect(pairs.map((p) => [p.i, p.j, Math.round(p.score * 100) / 100]).sort()).toEqual([[0, 1, 0.5], [1, 0, 0.9]])
  })
})
