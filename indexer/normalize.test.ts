import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeForMatch, toSimplified } from './normalize.js'

describe('normalizeForMatch', () => {
  it('folds width, quotes, case and traditional characters in one pass', () => {
    expect(normalizeForMatch('“雙減”ＡＢＣ１２３、課後服務　K15')).toBe('"双减"abc123,课后服务 k15')
    expect(normalizeForMatch('縣管校聘 學校安全 臺灣')).toBe('县管校聘 学校安全 台湾')
  })

  it('keeps simplified Chinese text unchanged', () => {
    const text = '4.推动义务教育优质均衡发展。结合人口结构变化,优化中小学校布局。'
    expect(normalizeForMatch(text)).toBe(text)
  })

  it('keeps every offset: output length always equals input length', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
      expect(normalizeForMatch(s)).toHaveLength(s.length)
    }))
  })

  it('converts traditional to simplified only, leaving width and case alone', () => {
    expect(toSimplified('雙減ＡＢ')).toBe('双减ＡＢ')
  })
})
