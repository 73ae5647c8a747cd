import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { parseQuery } from './parse-query.js'
import { findPlaceMentions } from './place-mentions.js'
import { comparisonAsk, planLevelAsk } from './plan-level-ask.js'

const tokenizer = createSegmenter()
const ask = (q: string) => planLevelAsk(q, parseQuery(q, tokenizer))

describe('planLevelAsk', () => {
  it('reads a question about which places say something as the spread of its topic across places', () => {
    expect(ask('哪些城市提到了人工智能')).toEqual({ query: '人工智能', asks: 'places' })
    expect(ask('各地怎么做课后服务')).toEqual({ query: '课后服务', asks: 'places' })
    expect(ask('哪些地方在搞集团化办学')).toEqual({ query: '集团化办学', asks: 'places' })
    expect(ask('哪个城市最重视体育')).toEqual({ query: '体育', asks: 'places' })
    // Which do not: the spread shows the places that do and those that do not (the topic was read as excluded, 城市 searched).
    expect(ask('哪些城市没有提双减')).toEqual({ query: '双减', asks: 'places' })
    expect(ask('提到双减的城市有哪些')).toEqual({ query: '双减', asks: 'places' })
    expect(ask('开展课后服务的地方有几个')).toEqual({ query: '开展 课后服务', asks: 'places' })
    expect(ask('没有提到双减的城市')).toEqual({ query: '双减', asks: 'places' })
    expect(ask('提到人工智能的城市？')).toEqual({ query: '人工智能', asks: 'places' })
    // A place word that is the topic: no question about places.
    expect(ask('建设宜居的城市')).toBeNull()
  })

  it('gives the topic in the case it was typed, full-width letters half-width: 哪些城市提到了AI is AI, not ai', () => {
    expect(ask('哪些城市提到了AI')).toEqual({ query: 'AI', asks: 'places' })
    expect(ask('哪一年开始提STEAM')).toEqual({ query: 'STEAM', asks: 'years' })
    expect(ask('哪些城市提到了ＡＩ')).toEqual({ query: 'AI', asks: 'places' })
    expect(ask('各地Python编程怎么做')).toEqual({ query: 'Python 编程', asks: 'places' })
  })

  it('reads a 地区 after a qualifier as a kind of place, a topic: 农村地区有多少留守儿童, 民族地区有哪些学校 and 贫困地区有哪些资助政策 ask no which places', () => {
    expect(ask('农村地区有多少留守儿童')).toBeNull()
    expect(ask('民族地区有哪些学校')).toBeNull()
    expect(ask('贫困地区有哪些资助政策')).toBeNull()
    expect(ask('提到双减的地区有哪些')).toEqual({ query: '双减', asks: 'places' })
    expect(ask('哪些地区有留守儿童')).toEqual({ query: '留守儿童', asks: 'places' })
  })

  it('reads a question about since when or how something changed as the spread of its topic across years', () => {
    expect(ask('哪一年开始提双减')).toEqual({ query: '双减', asks: 'years' })
    expect(ask('这几年双减有什么变化')).toEqual({ query: '双减', asks: 'years' })
    expect(ask('什么时候开始提人工智能')).toEqual({ query: '人工智能', asks: 'years' })
    expect(ask('最早提出课后服务的是哪个城市')).toEqual({ query: '课后服务', asks: 'places' })
  })

  it('offers nothing for a topic alone, a quoted phrase, pasted plan text, or a question that names no topic', () => {
    expect(ask('课后服务')).toBeNull()
    expect(ask('"哪些城市"')).toBeNull()
    expect(ask('每年开展一次学生体质健康监测，监测结果向社会公布，哪些城市的学校要纳入年度考核评价体系之中去落实')).toBeNull()
    expect(ask('哪些城市')).toBeNull()
    // A topic that says 变化 or names each district, without asking.
    expect(ask('气候变化教育')).toBeNull()
    expect(ask('各区课后服务收费标准')).toBeNull()
    expect(ask('各区课后服务收费标准是怎样的')).toEqual({ query: '课后服务 收费 标准', asks: 'places' })
  })
})

describe('comparisonAsk', () => {
  const VALUES = { city: ['荆门市', '江门市', '长沙市', '泉州市'], province: ['湖北省', '广东省'], year: [2023, 2024, 2025] }
  const compare = (q: string) =>
    comparisonAsk(q, () => {
      const named = findPlaceMentions(parseQuery(q, tokenizer), VALUES, {}, tokenizer)
      return named && { rest: parseQuery(named.rest, tokenizer), cities: named.filters.city ?? [] }
    })

  it('reads a question comparing the cities it names as the comparison of its topic, city by city', () => {
    expect(compare('荆门和江门的双减有什么不同')).toEqual({ query: '双减', asks: 'compare', city: ['荆门市', '江门市'] })
    expect(compare('荆门与江门在课后服务上的区别')).toEqual({ query: '课后服务', asks: 'compare', city: ['荆门市', '江门市'] })
    expect(compare('比较长沙和泉州的课后服务')).toEqual({ query: '课后服务', asks: 'compare', city: ['长沙市', '泉州市'] })
  })

  it('reads 哪个更, 谁更 between the cities named as a comparison: 荆门和泉州哪个更重视体育', () => {
    expect(compare('荆门和泉州哪个更重视体育')).toEqual({ query: '体育', asks: 'compare', city: ['荆门市', '泉州市'] })
    expect(compare('长沙和江门谁更重视劳动教育')).toEqual({ query: '劳动教育', asks: 'compare', city: ['长沙市', '江门市'] })
    expect(compare('荆门和泉州哪一个更重视体育')).toEqual({ query: '体育', asks: 'compare', city: ['荆门市', '泉州市'] })
  })

  it('reads a question comparing the years it names as the spread of its topic year by year', () => {
    expect(compare('2024年和2025年的双减有什么不同')).toEqual({ query: '双减', asks: 'years' })
    // How it changed between them, asked in any words: the topic without the years (planLevelAsk kept them: 2024 2025 双减).
    expect(compare('2024年和2025年的双减有啥变化')).toEqual({ query: '双减', asks: 'years' })
    expect(compare('2024年和2025年的双减有什么变化')).toEqual({ query: '双减', asks: 'years' })
    expect(compare('比较二〇二三年和二〇二四年的课后服务')).toEqual({ query: '课后服务', asks: 'years' })
    // Two cities and two years: the cities are compared, year by year within each column.
    expect(compare('2024年荆门和2025年江门的双减有什么不同')).toEqual({ query: '双减', asks: 'compare', city: ['荆门市', '江门市'] })
  })

  it('offers no comparison of years for one year, or for a year the index does not hold and nothing else named', () => {
    expect(compare('2024年的双减有什么不同')).toBeNull()
    expect(compare('2024年和二〇二四年的双减有什么不同')).toBeNull()
    expect(compare('比较二〇二三年和二Ｏ二四年的课后服务')).toEqual({ query: '课后服务', asks: 'years' })
    expect(compare('1998年和1999年的双减有什么不同')).toBeNull()
  })

  it('offers no comparison for one city, or two cities without a word that compares', () => {
    expect(compare('荆门的双减有什么不同')).toBeNull()
    expect(compare('荆门和江门的双减')).toBeNull()
  })
})
