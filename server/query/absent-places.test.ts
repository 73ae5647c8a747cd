import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { absentPlaces, enclosingCities, withoutAbsentPlaces } from './absent-places.js'
import { parseQuery } from './parse-query.js'
import type { PlaceValues } from './place-mentions.js'

const tokenizer = createSegmenter()
/** The places and years of the bundled corpus. */
const VALUES: PlaceValues = {
  city: ['荆门市', '江门市', '长沙市', '泉州市', '大兴安岭地区', '荣成市'],
  province: ['湖北省', '广东省', '湖南省', '福建省', '黑龙江省', '山东省', '河北省'],
  year: [2020, 2023, 2024, 2025],
}
const absent = (q: string) => absentPlaces(parseQuery(q, tokenizer), VALUES, tokenizer)

describe('absentPlaces', () => {
  it('names the cities and provinces a query names that the index has no plan of, by full or short name', () => {
    expect(absent('南京 双减')).toEqual(['南京市'])
    expect(absent('浙江省的课后服务')).toEqual(['浙江省'])
    expect(absent('武汉市和深圳的双减')).toEqual(['武汉市', '深圳市'])
    expect(absent('杭州市余杭区')).toEqual(['杭州市', '余杭区'])
  })

  it('names nothing for places the index holds, or words that are no place', () => {
    expect(absent('荆门 双减')).toEqual([])
    expect(absent('湖北 学前教育')).toEqual([])
    expect(absent('课后服务怎么收费')).toEqual([])
  })

  it('leaves a short name several divisions bear, and a county by its short name: 吉林, 东方', () => {
    expect(absent('吉林 双减')).toEqual([])
    expect(absent('东方 双减')).toEqual([])
  })
})

describe('enclosingCities', () => {
  const enclosing = (q: string) => enclosingCities(parseQuery(q, tokenizer), VALUES, tokenizer)

  it('names the held city an absent district or county lies in: 东宝区 and 掇刀区 in 荆门市, 钟祥市 too, 新会区 in 江门市', () => {
    expect(enclosing('东宝区的双减')).toEqual([{ name: '东宝区', text: '东宝区', city: '荆门市' }])
    expect(enclosing('掇刀区')).toEqual([{ name: '掇刀区', text: '掇刀区', city: '荆门市' }])
    expect(enclosing('钟祥市课后服务')).toEqual([{ name: '钟祥市', text: '钟祥市', city: '荆门市' }])
    expect(enclosing('荆门市东宝区和新会区的双减')).toEqual([
      { name: '东宝区', text: '东宝区', city: '荆门市' },
      { name: '新会区', text: '新会区', city: '江门市' },
    ])
  })

  it('names none for a district of a city not held, a name several districts bear, or a held city: 余杭区, 鼓楼区, 荆门', () => {
    expect(enclosing('杭州市余杭区')).toEqual([])
    expect(enclosing('鼓楼区的双减')).toEqual([])
    expect(enclosing('荆门 双减')).toEqual([])
  })
})

describe('withoutAbsentPlaces', () => {
  const without = (q: string) => withoutAbsentPlaces(q, parseQuery(q, tokenizer), VALUES, tokenizer)
  it('takes out the places no plan here is of, as typed or in full, and leaves the held ones: 深圳今年教育重点 → 今年教育重点', () => {
    expect(without('深圳今年教育重点')).toBe('今年教育重点')
    expect(without('深圳市2026年的双减')).toBe('2026年的双减')
    expect(without('杭州市余杭区明年的课后服务')).toBe('明年的课后服务')
    expect(without('荆门2026年的双减')).toBe('荆门2026年的双减')
  })
})
