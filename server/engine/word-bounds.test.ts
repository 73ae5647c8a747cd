import { describe, expect, it } from 'vitest'
import { testSegmenter } from '../../test/fixtures/engine-fixtures.js'
import { encodeWordLengths, STRADDLE_WEIGHT, weightedOccurrences, wordLengthsOf, wordStarts } from './word-bounds.js'

const segmenter = testSegmenter()
const startsOf = (text: string) => wordStarts(wordLengthsOf(text, (t) => segmenter.cut(t))!, text.length)

describe('word bounds', () => {
  it('store the lengths of the words, a run longer than 255 in pieces', () => {
    expect([...encodeWordLengths(['推进', '就近', '入学'])!]).toEqual([2, 2, 2])
    expect([...encodeWordLengths(['a'.repeat(300), '入学'])!]).toEqual([255, 45, 2])
    expect(encodeWordLengths([])).toBeNull()
  })

  it('are not stored when the words do not give the text back', () => {
    expect(wordLengthsOf('深入学习', () => ['深入', '学'])).toBeNull()
  })

  it('count 入学 across 深入 | 学习 and 纳入 | 学校 at the straddle weight, and as a word in full', () => {
    expect(weightedOccurrences('深入学习贯彻党的二十大精神', '入学', startsOf('深入学习贯彻党的二十大精神'))).toBe(STRADDLE_WEIGHT)
    expect(weightedOccurrences('将劳动教育纳入学校课程', '入学', startsOf('将劳动教育纳入学校课程'))).toBe(STRADDLE_WEIGHT)
    expect(weightedOccurrences('落实义务教育免试就近入学', '入学', startsOf('落实义务教育免试就近入学'))).toBe(1)
  })

  it('count a term inside one word in full: 高中 in 普通高中, 小学 in 中小学', () => {
    expect(weightedOccurrences('推动普通高中多样化发展', '高中', startsOf('推动普通高中多样化发展'))).toBe(1)
    expect(weightedOccurrences('加强中小学教师队伍建设', '小学', startsOf('加强中小学教师队伍建设'))).toBe(1)
  })

  it('count a term with one end on a word boundary in full: 交通安全 in 道路交通 | 安全', () => {
    const text = '开展学校道路交通安全综合整治'
    expect(segmenter.cut(text)).toContain('道路交通')
    expect(weightedOccurrences(text, '交通安全', startsOf(text))).toBe(1)
  })

  it('count 中学 across 高中 | 学生 at the straddle weight', () => {
    const text = '免除普通高中学生学费'
    expect(weightedOccurrences(text, '中学', startsOf(text))).toBe(STRADDLE_WEIGHT)
  })

  it('count one character inside a longer word at the straddle weight: 带 in 一带一路, and as a word in full', () => {
    const text = '深度融入一带一路建设'
    expect(segmenter.cut(text)).toContain('一带一路')
    expect(weightedOccurrences(text, '带', startsOf(text))).toBe(STRADDLE_WEIGHT)
    expect(weightedOccurrences('严禁学生带手机进课堂', '带', startsOf('严禁学生带手机进课堂'))).toBe(1)
  })

  it('count every occurrence alike without bounds', () => {
    expect(weightedOccurrences('深入学习,就近入学', '入学', null)).toBe(2)
  })
})
