import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { absentYears } from './absent-years.js'
import { datedInSentence } from './dates-in-sentences.js'
import { parseQuery } from './parse-query.js'
import { findPlaceMentions } from './place-mentions.js'

const tokenizer = createSegmenter()
const values = { city: ['荆门市', '大兴安岭地区'], province: ['湖北省'], year: [2020, 2023, 2024, 2025] }
const find = (q: string) => findPlaceMentions(parseQuery(q, tokenizer), values, {}, tokenizer)

describe('a year a pasted sentence dates something by', () => {
  it('is a deadline, a date within the year or a baseline with its change: 力争2025年通过, 到2025年, 2025年底前, 2024年3月, 比2022年下降', () => {
    expect(datedInSentence('力争2025年通过义务教育优质均衡发展督导评估', '2025')).toBe(true)
    expect(datedInSentence('到2025年建成', '2025年')).toBe(true)
    expect(datedInSentence('2025年底前完成', '2025')).toBe(true)
    expect(datedInSentence('2024年3月召开', '2024')).toBe(true)
    expect(datedInSentence('近视率比2022年下降0.5个百分点', '2022')).toBe(true)
  })

  it('is not a year before its topic, nor one compared as a plan\'s: 2024年的双减, 长沙2024年课后服务, 2024年中考, 比起2024年，2025年的计划, 2025年比2024年多了什么', () => {
    for (const [q, y] of [['2024年的双减', '2024'], ['长沙2024年课后服务', '2024'], ['2024年中考改革', '2024'], ['2024年初中招生', '2024'], ['比起2024年，2025年的计划多了什么', '2024'], ['2025年比2024年多了什么', '2024']]) {
      expect(datedInSentence(q, y), q).toBe(false)
    }
  })

  it('filters nothing by it: 力争2025年通过义务教育优质均衡发展督导评估 (a 2024 plan\'s sentence) names no year, where 2025年的督导评估 names 2025', () => {
    expect(find('力争2025年通过义务教育优质均衡发展督导评估')).toBeNull()
    expect(find('2025年的督导评估')?.filters).toEqual({ year: [2025] })
  })

  it('names no year missing: 全市儿童青少年总体近视率比2022年下降0.5个百分点 is no question about 2022\'s plans, 2022年的双减 is', () => {
    expect(absentYears(parseQuery('全市儿童青少年总体近视率比2022年下降0.5个百分点', tokenizer), values.year)).toEqual([])
    expect(absentYears(parseQuery('2022年的双减', tokenizer), values.year)).toEqual([2022])
  })
})
