import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import type { SearchFilters } from '../engine/types.js'
import { parseQuery } from './parse-query.js'
import { findPlaceMentions, placeForms, type PlaceValues } from './place-mentions.js'
import { LEAVE_OUT_WORDS } from './said-exclusions.js'

const tokenizer = createSegmenter()
/** The places and years of the bundled corpus, and 中山市. */
const VALUES: PlaceValues = {
  city: ['荆门市', '江门市', '长沙市', '泉州市', '大兴安岭地区', '荣成市', '中山市'],
  province: ['湖北省', '广东省', '湖南省', '福建省', '黑龙江省', '山东省', '河北省'],
  year: [2020, 2023, 2024, 2025],
}
const find = (q: string, filtered: SearchFilters = {}) => findPlaceMentions(parseQuery(q, tokenizer), VALUES, filtered, tokenizer)

describe('placeForms', () => {
  it('gives a place its full name and its name without the administrative suffix', () => {
    expect(placeForms('荆门市')).toEqual(['荆门市', '荆门'])
    expect(placeForms('大兴安岭地区')).toEqual(['大兴安岭地区', '大兴安岭'])
    expect(placeForms('广西壮族自治区')).toEqual(['广西壮族自治区', '广西'])
    expect(placeForms('内蒙古自治区')).toEqual(['内蒙古自治区', '内蒙古'])
    expect(placeForms('恩施土家族苗族自治州')).toEqual(['恩施土家族苗族自治州', '恩施'])
  })

  it('keeps a two-character name whole: 沙市 is not 沙', () => {
    expect(placeForms('沙市')).toEqual(['沙市'])
  })
})

describe('findPlaceMentions', () => {
  it('reads a city written without 市 as a city filter and leaves the topic to search', () => {
    expect(find('荆门 双减')).toEqual({ mentions: [{ field: 'city', text: '荆门', longer: ['荆门市'] }], filters: { city: ['荆门市'] }, rest: '双减' })
  })

  it('reads a place or a year named as the one not asked for as a filter that leaves it out, with the words that say so: 荆门以外的城市, 除了2024年的, 不看江门的, 去年以外', () => {
    const except = (text: string, field: 'city' | 'province' | 'year', longer: string[], extra = {}) => ({ field, text, longer, except: true, ...extra })
    expect(find('荆门以外的城市怎么做课后服务')).toEqual({ mentions: [except('荆门', 'city', ['荆门市'])], filters: { exceptCity: ['荆门市'] }, rest: '怎么做课后服务' })
    expect(find('除了2024年的课后服务')).toEqual({ mentions: [except('2024', 'year', ['2024年度', '2024年'])], filters: { exceptYear: [2024] }, rest: '课后服务' })
    expect(find('荆门市之外 双减')).toEqual({ mentions: [except('荆门市', 'city', [])], filters: { exceptCity: ['荆门市'] }, rest: '双减' })
    expect(find('不看江门的双减')).toEqual({ mentions: [except('江门', 'city', ['江门市'])], filters: { exceptCity: ['江门市'] }, rest: '双减' })
    expect(find('除了荆门，其他城市怎么做双减')).toMatchObject({ filters: { exceptCity: ['荆门市'] }, rest: '怎么做双减' })
    expect(find('除了湖北省以外的课后服务')).toMatchObject({ filters: { exceptProvince: ['湖北省'] }, rest: '课后服务' })
    expect(findPlaceMentions(parseQuery('去年以外的课后服务', tokenizer), { ...VALUES, currentYear: 2026 }, {}, tokenizer)).toEqual({
      mentions: [except('去年', 'year', [], { relative: true })],
      filters: { exceptYear: [2025] },
      rest: '课后服务',
    })
  })

  it('reads 不是荆门的 as 荆门 left out, 非荆门户籍 as no place left out, and keeps a topic that opens with 地方 or 年度', () => {
    expect(find('不是荆门的双减')).toMatchObject({ filters: { exceptCity: ['荆门市'] }, rest: '双减' })
    expect(find('非荆门户籍学生入学')?.filters.exceptCity).toBeUndefined()
    expect(find('除了荆门以外的地方课程')).toMatchObject({ filters: { exceptCity: ['荆门市'] }, rest: '地方课程' })
    expect(find('不看江门的地区教研')).toMatchObject({ filters: { exceptCity: ['江门市'] }, rest: '地区教研' })
    expect(find('除了2024年的年度考核')).toMatchObject({ filters: { exceptYear: [2024] }, rest: '年度考核' })
  })

  it('leaves a place out within the province named beside it: 湖北省除了荆门以外的双减', () => {
    expect(find('湖北省除了荆门以外的双减')).toMatchObject({ filters: { province: ['湖北省'], exceptCity: ['荆门市'] }, rest: '双减' })
  })

  it('drops a place left out when the place asked for is of the same kind: 除了荆门以外，泉州的双减 is 泉州 alone', () => {
    expect(find('除了荆门以外，泉州的双减')).toMatchObject({ filters: { city: ['泉州市'] }, rest: '双减' })
    expect(find('除了荆门以外，泉州的双减')?.filters.exceptCity).toBeUndefined()
  })

  it('reads a year written in Chinese numerals or by its last two digits as the year it is', () => {
    expect(find('24年的双减')).toEqual({ mentions: [{ field: 'year', text: '24年', longer: [] }], filters: { year: [2024] }, rest: '双减' })
    expect(find('25年荆门的课后服务')).toMatchObject({ filters: { city: ['荆门市'], year: [2025] }, rest: '课后服务' })
    expect(find('二〇二四年的双减')).toMatchObject({ filters: { year: [2024] }, rest: '双减' })
    expect(find('15年免费教育')).toBeNull()
    // A year no plan is of stays as typed, to be said absent (absent-years.ts); 上一年级 is a grade.
    expect(find('二〇二六年的双减')).toBeNull()
    expect(findPlaceMentions(parseQuery('孩子上一年级前的幼小衔接', tokenizer), { ...VALUES, currentYear: 2026 }, {}, tokenizer)).toBeNull()
  })

  it('reads no place or year the user left out as the one asked for: 荆门的双减 with 荆门市 left out stays as typed', () => {
    expect(find('荆门的双减', { exceptCity: ['荆门市'] })).toBeNull()
    expect(find('2024年的双减', { exceptYear: [2024] })).toBeNull()
    expect(find('荆门2024年的双减', { exceptYear: [2024] })).toMatchObject({ filters: { city: ['荆门市'] } })
  })

  it('keeps a place excluded with a minus as text to exclude, as typed: -荆门 双减', () => {
    expect(find('-荆门 双减')).toBeNull()
  })

  it('leaves out of the rest a piece that names nothing, as the parser leaves such a term: 我想知道荆门的双减 → 双减', () => {
    expect(find('我想知道荆门的双减')).toMatchObject({ filters: { city: ['荆门市'] }, rest: '双减' })
    expect(find('帮我看看长沙的教师队伍')).toMatchObject({ filters: { city: ['长沙市'] }, rest: '教师队伍' })
    expect(find('请问泉州2025年有什么课后服务')).toMatchObject({ filters: { city: ['泉州市'], year: [2025] }, rest: '有什么课后服务' })
    expect(find('荆门 "的" 双减')).toMatchObject({ rest: '"的" 双减' })
  })

  it('leaves out a place or year said again wherever it stands so, but keeps a kept phrase and a date: 荆门我是荆门的老师 → 老师', () => {
    expect(find('荆门我是荆门的老师，')?.rest).toBe('老师')
    expect(find('荆门 双减 荆门')).toEqual({ mentions: [{ field: 'city', text: '荆门', longer: ['荆门市'] }], filters: { city: ['荆门市'] }, rest: '双减' })
    expect(find('大兴安岭，大兴安岭的双减')?.rest).toBe('双减')
    expect(find('2024年 2024年3月起的课后服务')?.rest).toBe('2024年3月起的课后服务')
    const kept = findPlaceMentions(parseQuery('泉州 泉州师范学院', tokenizer), VALUES, {}, tokenizer, ['泉州师范学院'])
    expect(kept?.rest).toBe('泉州师范学院')
  })

  it('reads a plan\'s document number as its city and year: 江教办[2023]5号 lists that plan, 江教办〔2023〕5号的双减 searches 双减 in it', () => {
    const values = { ...VALUES, documents: [{ docNumber: '江教办〔2023〕5号', city: '江门市', province: '广东省', year: 2023 }] }
    const withNumbers = (q: string) => findPlaceMentions(parseQuery(q, tokenizer), values, {}, tokenizer)
    expect(withNumbers('江教办[2023]5号')).toEqual({ mentions: [{ field: 'city', text: '江教办[2023]5号', longer: [] }], filters: { city: ['江门市'], year: [2023] }, rest: '' })
    expect(withNumbers('江教办〔2023〕5号的双减')).toMatchObject({ filters: { city: ['江门市'], year: [2023] }, rest: '双减' })
    expect(withNumbers('江教办〔2023〕6号')).toBeNull()
  })

  it('reads a year and a city inside one question, with the 的 between them and the topic', () => {
    expect(find('2024年长沙市的课后服务怎么做')).toMatchObject({ filters: { city: ['长沙市'], year: [2024] }, rest: '课后服务怎么做' })
  })

  it('reads a province by its short name', () => {
    expect(find('湖北 学前教育')).toMatchObject({ filters: { province: ['湖北省'] }, rest: '学前教育' })
  })

  it('reads a query that is only a place or a year as its filters, with nothing left to search', () => {
    expect(find('荆门')).toMatchObject({ filters: { city: ['荆门市'] }, rest: '' })
    expect(find('湖北省')).toMatchObject({ filters: { province: ['湖北省'] }, rest: '' })
    expect(find('荆门市 2025年')).toMatchObject({ filters: { city: ['荆门市'], year: [2025] }, rest: '' })
  })

  it('leaves a query that keeps one character beside its place as typed', () => {
    expect(find('荆门 教')).toBeNull()
  })

  it('ignores places and years the index does not hold', () => {
    expect(find('南京 双减')).toBeNull()
    expect(find('2019年 双减')).toBeNull()
  })

  it('leaves a place or year the user\'s filter rules out to their filter', () => {
    expect(find('荆门 双减', { city: ['江门市'] })).toBeNull()
    expect(find('2024 双减', { yearFrom: 2025 })).toBeNull()
    expect(find('2024年的双减', { year: [2023] })).toBeNull()
  })

  it('reads a place or year the user\'s filter holds, so the words searched are the rest: 荆门 双减 under 荆门市, 2024年的双减 under 2024', () => {
    expect(find('荆门 双减', { city: ['荆门市'] })).toEqual({ mentions: [{ field: 'city', text: '荆门', longer: ['荆门市'] }], filters: { city: ['荆门市'] }, rest: '双减' })
    expect(find('荆门的双减', { city: ['荆门市', '江门市'] })?.filters).toEqual({ city: ['荆门市'] })
    expect(find('2024年的双减', { year: [2024] })).toEqual({ mentions: [{ field: 'year', text: '2024年', longer: ['2024年度'] }], filters: { year: [2024] }, rest: '双减' })
    expect(find('2024 双减', { yearFrom: 2020 })?.filters).toEqual({ year: [2024] })
    expect(find('二〇二四年的双减', { year: [2024] })?.filters).toEqual({ year: [2024] })
  })

  it('does not read a place inside a longer word or a quoted phrase', () => {
    expect(find('中山大学 招生')).toBeNull()
    expect(find('"长沙市的课后服务"')).toBeNull()
    expect(find('"湖北省"')).toBeNull()
    expect(find('"荆门" 双减')).toBeNull()
  })

  it('does not read a choice between texts as a filter', () => {
    expect(find('荆门 | 江门 双减')).toBeNull()
  })
})

describe('the words that leave something out', () => {
  it('leave out a place as they leave out a topic, each word of said-exclusions.ts: 不看荆门的双减, 不看课后服务的双减', () => {
    for (const word of LEAVE_OUT_WORDS.split('|')) {
      expect(find(`${word}荆门的双减`)).toMatchObject({ filters: { exceptCity: ['荆门市'] }, rest: '双减' })
      expect(parseQuery(`${word}课后服务的双减`, tokenizer).exclude).toEqual([{ kind: 'phrase', text: '课后服务', match: '课后服务' }])
    }
  })
})

describe('findPlaceMentions on a short query the segmenter keeps whole', () => {
  it('reads a year or a place at either end of it', () => {
    expect(find('2024年双减')).toMatchObject({ filters: { year: [2024] }, rest: '双减' })
    expect(find('荆门双减')).toMatchObject({ filters: { city: ['荆门市'] }, rest: '双减' })
    expect(find('双减 长沙')).toMatchObject({ filters: { city: ['长沙市'] }, rest: '双减' })
  })

  it('reads a year at the edge of a short clause joined to a question: 早在2024年，2025年的计划多了什么 filters both years', () => {
    expect(find('早在2024年，2025年的计划多了什么新内容')).toMatchObject({ filters: { year: [2025, 2024] } })
    expect(find('比起2024年，2025年的计划多了什么新内容')).toMatchObject({ filters: { year: [2024, 2025] }, rest: '比起,计划多了什么新内容' })
    expect(find('2024年，荆门的双减')).toMatchObject({ filters: { year: [2024], city: ['荆门市'] }, rest: '双减' })
  })

  it('reads a short term that is only a place or a year whole, as its filter', () => {
    expect(find('荆门市')).toMatchObject({ filters: { city: ['荆门市'] }, rest: '' })
    expect(find('2024年度')).toMatchObject({ filters: { year: [2024] }, rest: '' })
  })
})

describe('findPlaceMentions of a question comparing the places or years it names', () => {
  const rest = (q: string) => find(q)?.rest

  it('leaves the topic without the words that compare: 2024年和2025年的双减有什么不同 → 双减', () => {
    expect(rest('2024年和2025年的双减有什么不同')).toBe('双减')
    expect(rest('荆门和江门的双减有什么区别？')).toBe('双减')
    expect(rest('荆门和江门的课后服务一样吗')).toBe('课后服务')
    expect(rest('荆门和江门在双减上有何区别')).toBe('双减')
    expect(rest('荆门和江门双减的差别在哪')).toBe('双减')
    expect(rest('荆门的双减和江门相比')).toBe('双减')
  })

  it('keeps them where one place is named or where they open a topic: 荆门的双减有什么不同, 荆门和江门的不同学段', () => {
    expect(rest('荆门的双减有什么不同')).toBe('双减有什么不同')
    expect(rest('荆门和江门的不同学段')).toBe('不同学段')
    // 哪个更 stays for the parser, which reads it as asking (mention-frames.ts): 重视体育 alone would be one short phrase.
    expect(rest('荆门与泉州哪个更重视体育')).toBe('哪个更重视体育')
  })
})

describe('findPlaceMentions with relative years', () => {
  const inYear = (q: string, currentYear: number) => findPlaceMentions(parseQuery(q, tokenizer), { ...VALUES, currentYear }, {}, tokenizer)

  it('reads 近三年 and 最近两年 as the recent years the index holds, beside a place: 荆门近两年的双减', () => {
    expect(inYear('近三年的课后服务', 2026)).toEqual({ mentions: [{ field: 'year', text: '近三年', longer: [], relative: true }], filters: { year: [2023, 2024, 2025] }, rest: '课后服务' })
    expect(inYear('荆门近两年的双减', 2026)).toMatchObject({ filters: { city: ['荆门市'], year: [2024, 2025] }, rest: '双减' })
    expect(inYear('近两年 2020年的双减', 2026)).toMatchObject({ filters: { year: [2020] } })
  })

  it('reads a year that starts or ends a span as the years of the span: 2024年以来的双减 is 2024 and 2025, not 2024 alone', () => {
    expect(find('2024年以来的双减')).toEqual({ mentions: [{ field: 'year', text: '2024年以来', longer: [] }], filters: { year: [2024, 2025] }, rest: '双减' })
    expect(find('2024年起荆门的课后服务')).toMatchObject({ filters: { city: ['荆门市'], year: [2024, 2025] }, rest: '课后服务' })
    expect(find('2024年以前的双减')).toMatchObject({ filters: { year: [2020, 2023] }, rest: '双减' })
    // A year the index holds no plan of still bounds the span: 2021年以来 is every plan since.
    expect(find('2021年以来的双减')).toMatchObject({ filters: { year: [2023, 2024, 2025] }, rest: '双减' })
    expect(find('"2024年以来"的双减')).toBeNull()
  })

  it('reads a range of years as its years held, the words that say it gone: 2023到2025年的课后服务, 2024至2025年的双减', () => {
    expect(find('2023到2025年的课后服务')).toEqual({ mentions: [{ field: 'year', text: '2023到2025年', longer: [] }], filters: { year: [2023, 2024, 2025] }, rest: '课后服务' })
    expect(find('2024至2025年的双减')).toMatchObject({ filters: { year: [2024, 2025] }, rest: '双减' })
  })

  it('reads no year from a span that holds no plan: 2025年以后的双减 and 2020年以前的双减 are not filtered to 2025 and 2020', () => {
    expect(find('2025年以后的双减')).toBeNull()
    expect(find('2020年以前的双减')).toBeNull()
    expect(find('荆门2025年以后的双减')).toEqual({ mentions: [{ field: 'city', text: '荆门', longer: ['荆门市'] }], filters: { city: ['荆门市'] }, rest: '2025年以后的双减' })
  })

  it("reads 去年 as last year's plans when the index holds that year, and 今年 as no year when it holds none", () => {
    expect(inYear('去年泉州的课后服务', 2026)).toEqual({
      mentions: [
        { field: 'city', text: '泉州', longer: ['泉州市'] },
        { field: 'year', text: '去年', longer: [], relative: true },
      ],
      filters: { city: ['泉州市'], year: [2025] },
      rest: '课后服务',
    })
    expect(inYear('今年泉州的课后服务', 2026)).toMatchObject({ filters: { city: ['泉州市'] }, rest: '课后服务' })
    expect(inYear('今年的课后服务', 2025)).toMatchObject({ filters: { year: [2025] }, rest: '课后服务' })
    expect(inYear('去年的课后服务', 2026)?.filters).toEqual({ year: [2025] })
  })

  it('reads no year from a relative year or a span excluded with a minus: 双减 -去年, 课后服务 -近两年, 双减 -2024年以来', () => {
    expect(inYear('双减 -去年', 2026)).toBeNull()
    expect(inYear('课后服务 -近两年', 2026)).toBeNull()
    expect(inYear('双减 -2024年以来', 2026)).toBeNull()
    expect(inYear('"去年的" 双减', 2026)).toBeNull()
  })

  it('leaves 去年 alone when the user filters on a year, typed a year, or quoted the word', () => {
    expect(findPlaceMentions(parseQuery('去年 课后服务', tokenizer), { ...VALUES, currentYear: 2026 }, { year: [2020] }, tokenizer)).toBeNull()
    expect(inYear('2024年 去年 课后服务', 2026)?.filters).toEqual({ year: [2024] })
    expect(inYear('"去年" 泉州 课后服务', 2026)?.filters).toEqual({ city: ['泉州市'] })
  })

  it("lists a place's plans when what is left names nothing: 荆门的政策 is 荆门's plans, not the word 政策", () => {
    expect(find('荆门的政策')).toEqual({ mentions: [{ field: 'city', text: '荆门', longer: ['荆门市'] }], filters: { city: ['荆门市'] }, rest: '' })
  })
})
