import { describe, expect, it } from 'vitest'
import { normalizeForMatch } from '../normalize.js'
import { corpusFiles, corpusLine } from '../../test/fixtures/corpus-fixture.js'
import { harvestTerms } from './term-harvest.js'

describe('harvestTerms', () => {
  it('takes the quoted slogans of a clause and skips a quotation that is a phrase with a comma', () => {
    // “思想引领、学习在先” holds a 、, so it is a phrase, not a name.
    expect(harvestTerms([corpusLine('000', '1.全面强化党的创新理论武装')])).toEqual(['三进'])
  })

  it('returns adjacent quotations separately, sorted, and skips a cited title longer than 12 characters', () => {
    // 《加强民办学校党的建设实施细则》 has 14 characters.
    expect(harvestTerms([corpusLine('000', '2.切实加强党对教育工作的全面领导')])).toEqual([
      '双培养',
      '双带头人',
      '标杆院系',
      '样板支部',
    ])
  })

  it('harvests every quoted name of a long clause once', () => {
    expect(harvestTerms([corpusLine('000', '4.提升思想政治教育水平')])).toEqual([
      '九渊杯',
      '厚道荆门',
      '大思政',
      '大思政课',
      '大课堂',
      '小课堂',
      '思政第一课',
    ])
    expect(harvestTerms([corpusLine('000', '5.健全“五育并举”育人体系')])).toEqual(['一校两特', '五育并举', '四位一体'])
  })

  it('takes cited titles of up to 12 characters and drops codes made of digits only', () => {
    // The clause also quotes “1530” (a code) and cites a 13-character regulation title.
    expect(harvestTerms([corpusLine('001', '34.推进平安校园建设。严格落实')])).toEqual([
      '小手拉大手',
      '校园天眼平台',
      '校园安全操作手册',
    ])
    expect(harvestTerms([corpusLine('002', '全面启动市级《普通高中学校办学质量评价指南》')])).toEqual(['县中振兴', '指南'])
  })

  it('recovers from an unclosed CJK quote by pairing each closing mark with the nearest opening mark', () => {
    // The source reads “学宪法讲宪法”“宪法卫士“宪法晨读”: the quote after 宪法卫士 was never closed.
    const line = corpusLine('002', '深入学习贯彻落实习近平法治思想')
    expect(harvestTerms([line])).toEqual(['三项制度', '学宪法讲宪法', '宪法晨读'])
  })

  it('pairs ASCII quotes in order of appearance, so normalised text harvests the same balanced quotations', () => {
    const line = corpusLine('003', '1.着力培养“有根有魂”的时代新人')
    const expected = ['一体两翼行动', '三进', '中国心', '有根有魂', '民族魂', '爱国主义教育实施纲要', '经典诵写', '追寻文化遗产']
    expect(harvestTerms([line])).toEqual(expected)
    expect(harvestTerms([normalizeForMatch(line)])).toEqual(expected)
    // With ASCII marks an unclosed quote shifts the pairing: the span after it is taken instead.
    const unbalanced = normalizeForMatch(corpusLine('002', '深入学习贯彻落实习近平法治思想'))
    expect(harvestTerms([unbalanced])).toEqual(['三项制度', '学宪法讲宪法', '宪法卫士'])
  })

  it('harvests 「…」 quotations of traditional text as written', () => {
    expect(harvestTerms(['持續鞏固「雙減」成效，落實「一崗雙責」'])).toEqual(['一崗雙責', '雙減'])
  })

  it('harvests the coined terms of the whole corpus, each a short name without punctuation', () => {
    const terms = harvestTerms(corpusFiles().map((f) => f.text))
    for (const example of ['三进', '双带头人', '标杆院系', '厚道荆门', '一校两特', '县管校聘', '公民同招', '三个课堂']) {
      expect(terms).toContain(example)
    }
    expect(terms).not.toContain('1530')
    expect(terms).not.toContain('思想引领、学习在先')
    expect(terms).toEqual([...new Set(terms)].sort())
    for (const term of terms) {
      expect(term.length).toBeGreaterThanOrEqual(2)
      expect(term.length).toBeLessThanOrEqual(12)
      expect(term).not.toMatch(/[，。；：！？、,.;:!?\s“”"《》]/)
    }
  })

  it('returns nothing for text without quotations', () => {
    expect(harvestTerms([corpusLine('000', '3.纵深推进全面从严治党').replace(/“[^”]*”/g, ''), ''])).toEqual([])
  })
})
