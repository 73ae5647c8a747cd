import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { absentYears, withoutRelativeYears, withoutYears } from './absent-years.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const HELD = [2020, 2023, 2024, 2025]
const NOW = new Date('2026-12-03T00:00:00Z')
const absent = (q: string) => absentYears(parseQuery(q, tokenizer), HELD, NOW)

describe('absent years', () => {
  it('names a plan year the index holds no plan of: 2026年的双减 and 2021年 课后服务', () => {
    expect(absent('2026年的双减')).toEqual([2026])
    expect(absent('2021年 课后服务')).toEqual([2021])
    expect(absent('2021年和2026年的课后服务')).toEqual([2021, 2026])
  })

  it('says nothing of a year that bounds a span of held years, and names one that bounds none: 2021年以来, 2026年以来', () => {
    expect(absent('2021年以来的双减')).toEqual([])
    expect(absent('2026年以来的双减')).toEqual([2026])
  })

  it('names the years of a span that holds no plan, in December 2026: 2025年以后 is 2026 and 2027, 2020年以前 2000 to 2019', () => {
    expect(absent('2025年以后的双减')).toEqual([2026, 2027])
    expect(absent('2020年以前的双减')).toEqual([...Array(20).keys()].map((i) => 2000 + i))
    expect(absent('2024年以来的双减')).toEqual([])
    expect(absent('双减 -2025年以后')).toEqual([])
    expect(absent('2017到2019年的双减')).toEqual([2017, 2018, 2019])
    expect(absent('2023到2025年的双减')).toEqual([])
  })

  it('takes a span that holds no plan out of the query for the topic in every year: 2025年以后的双减 → 双减', () => {
    expect(withoutYears('2025年以后的双减', [2026, 2027])).toBe('双减')
    expect(withoutYears('2020年以前的双减', [2019])).toBe('双减')
  })

  it('says nothing of held years, target years beyond next year, decades, or excluded words', () => {
    expect(absent('2024年的双减')).toEqual([])
    expect(absent('2035年 教育强国')).toEqual([])
    expect(absent('2020年代的教育')).toEqual([])
    expect(absent('双减 -2026年')).toEqual([])
    expect(absent('双减')).toEqual([])
  })

  it('names the year of 今年 and 明年 when the index holds no plan of it, in December 2026: 2026 and 2027; 去年 is held', () => {
    expect(absent('今年的双减政策')).toEqual([2026])
    expect(absent('明年有什么新政策')).toEqual([2027])
    expect(absent('去年的课后服务')).toEqual([])
    expect(absent('"今年" 双减')).toEqual([])
    expect(absent('"今年的" 双减')).toEqual([])
    expect(absent('双减 -今年的')).toEqual([])
    // Said once as typed and once as a year: the year is asked for.
    expect(absent('今年 "今年"')).toEqual([2026])
  })

  it('takes the years out of the query for the topic in every year: 2026年的双减 → 双减', () => {
    expect(withoutYears('2026年的双减', [2026])).toBe('双减')
    expect(withoutYears('泉州 2021年度 课后服务', [2021])).toBe('泉州 课后服务')
    expect(withoutYears('2026年', [2026])).toBe('')
    expect(withoutYears('二〇二六年的双减', [2026])).toBe('双减')
  })
})

describe('absentYears of a year in Chinese numerals', () => {
  it('says the index holds no plan of 二〇二六年', () => {
    const tokenizer = createSegmenter()
    expect(absentYears(parseQuery('二〇二六年的双减', tokenizer), [2023, 2024, 2025], new Date('2026-06-01'))).toEqual([2026])
    expect(absentYears(parseQuery('二〇二四年的双减', tokenizer), [2023, 2024, 2025], new Date('2026-06-01'))).toEqual([])
  })
})

describe('withoutRelativeYears', () => {
  it('takes 今年, 明年, 去年 and 前年 out of a query and tidies what is left; quoted, the word stays', () => {
    expect(withoutRelativeYears('今年课后服务有什么新要求')).toBe('课后服务有什么新要求')
    expect(withoutRelativeYears('明年的双减')).toBe('双减')
    expect(withoutRelativeYears('课后服务')).toBe('课后服务')
    expect(withoutRelativeYears('"今年"的目标')).toBe('"今年"的目标')
  })
})
