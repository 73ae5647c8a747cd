import { beforeAll, describe, expect, it } from 'vitest'
import { loadCorpusBuild } from '../test/fixtures/corpus-build.js'
import { anonymisedAuthor, displayNames, planAuthor } from './plan-identity.js'
import type { IndexBuild, PlanRecord } from './types.js'

let build: IndexBuild

beforeAll(async () => {
  build = await loadCorpusBuild()
})

describe('displayName on the bundled corpus', () => {
  it('gives each of the 11 plans its own name: issuer or anonymised body, title, compilation and position', () => {
    expect(build.plans.map((p) => p.displayName)).toEqual([
      '荆门市教育局《市教育局2025年教育工作要点》',
      '大兴安岭地区《2024年全区教育工作要点》，收录于《教育和体育局2024年工作要点汇编(7篇)》第1篇',
      '荣成市《2024年全市教育和体育工作要点》，收录于《教育和体育局2024年工作要点汇编(7篇)》第2篇',
      '某区教育和体育局《区教育和体育局2024年工作要点》，收录于《教育和体育局2024年工作要点汇编(7篇)》第3篇',
      '河北省某市教育局《市教育局2024年工作要点》，收录于《教育和体育局2024年工作要点汇编(7篇)》第4篇',
      '某县《县2024年教育体育工作要点》，收录于《教育和体育局2024年工作要点汇编(7篇)》第5篇',
      '某县《县2024年教育体育工作要点》，收录于《教育和体育局2024年工作要点汇编(7篇)》第6篇',
      '某县教育和体育局《县教育和体育局2024年工作要点》，收录于《教育和体育局2024年工作要点汇编(7篇)》第7篇',
      '江门市教育局《江门市教育局2023年工作要点》',
      '长沙市教育局《2020年全市教育工作要点》',
      '泉州市教育局《2025年泉州市教育工作要点》',
    ])
    expect(new Set(build.plans.map((p) => p.displayName)).size).toBe(build.plans.length)
  })
})

describe('displayNames', () => {
  const plan = (over: Partial<PlanRecord>): PlanRecord => ({ ...build.plans[9], ...over })

  it('adds the year when the title does not give it', () => {
    expect(displayNames([plan({ title: '全市教育工作要点', year: 2021 })])).toEqual(['长沙市教育局《全市教育工作要点》（2021年）'])
  })

  it('adds the source file, then the id, when two plans would still share a name', () => {
    const a = plan({ id: 'a', source: { file: '2021/a.txt', url: null, partOf: null } })
    const b = plan({ id: 'b', source: { file: '2021/b.txt', url: null, partOf: null } })
    const c = plan({ id: 'c', source: { file: '2021/b.txt', url: null, partOf: null } })
    expect(displayNames([a, b, c])).toEqual([
      '长沙市教育局《2020年全市教育工作要点》（2021/a.txt）',
      '长沙市教育局《2020年全市教育工作要点》（2021/b.txt）（b）',
      '长沙市教育局《2020年全市教育工作要点》（2021/b.txt）（c）',
    ])
  })
})

describe('planAuthor', () => {
  it('prefers the issuer, then the city, then the anonymised body of the title', () => {
    expect(planAuthor({ title: '2020年全市教育工作要点', issuer: '长沙市教育局', city: '长沙市', province: '湖南省' })).toBe('长沙市教育局')
    expect(planAuthor({ title: '2024年全市教育和体育工作要点', issuer: null, city: '荣成市', province: '山东省' })).toBe('荣成市')
    expect(planAuthor({ title: '区教育和体育局2024年工作要点', issuer: null, city: null, province: null })).toBe('某区教育和体育局')
    expect(planAuthor({ title: '2024年教育工作要点', issuer: null, city: null, province: null })).toBeNull()
  })
})

describe('anonymisedAuthor', () => {
  it('reads a bare 县/区/市 and an education body before the year, with the province when known', () => {
    expect(anonymisedAuthor('县2024年教育体育工作要点', null)).toBe('某县')
    expect(anonymisedAuthor('市教育局2024年工作要点', '河北省')).toBe('河北省某市教育局')
    expect(anonymisedAuthor('《县教育和体育局2024年工作要点》', null)).toBe('某县教育和体育局')
  })

  it('does not take a title that names a body other than education for an anonymised one', () => {
    expect(anonymisedAuthor('市场监管局2024年工作要点', null)).toBeNull()
    expect(anonymisedAuthor('江门市教育局2023年工作要点', null)).toBeNull()
  })
})
