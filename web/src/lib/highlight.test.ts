import { describe, expect, it } from 'vitest'
import { countMarks, foldForMatch, markTerms } from './highlight.js'

const CLAUSE = '22.强化教育督导评估。巩固深化教育督导体制改革成果,重点对“双减”、教育支出“两个只增不减”、心理健康、校园安全、民办学校办学规范等落实情况开展实地督导和履职评价。'

describe('markTerms', () => {
  it('marks every occurrence of each term in a real clause', () => {
    const parts = markTerms(CLAUSE, ['教育督导'])
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['教育督导', '教育督导'])
    expect(parts.map((p) => p.text).join('')).toBe(CLAUSE)
  })

  it('merges overlapping terms into one mark', () => {
    const parts = markTerms('推进县中振兴计划', ['县中', '县中振兴', '振兴计划'])
    expect(parts).toEqual([{ text: '推进', mark: false }, { text: '县中振兴计划', mark: true }])
  })

  it('matches across full-width, case and quote differences without changing the text', () => {
    const text = '推进ＡＩ教育与“人工智能+”行动'
    const parts = markTerms(text, ['ai', '"人工智能+"'])
    expect(parts).toEqual([
      { text: '推进', mark: false }, { text: 'ＡＩ', mark: true }, { text: '教育与', mark: false },
      { text: '“人工智能+”', mark: true }, { text: '行动', mark: false },
    ])
  })

  it('returns the text unmarked when no term occurs', () => {
    expect(countMarks(markTerms(CLAUSE, ['课后服务']))).toBe(0)
  })
})

describe('foldForMatch', () => {
  it('keeps the length so offsets match the original', () => {
    const text = '“双减”ＡＢＣ　K15'
    expect(foldForMatch(text)).toBe('"双减"abc k15')
    expect(foldForMatch(text)).toHaveLength(text.length)
  })
})
