/**
 * The ways a title names its issuer and its year that a plain `某市教育局2024年工作要点` does not: a school year or a
 * term after the issuer (`2023—2024学年`, `2024学年第一学期`, `2024-25学年`), the bureau's 党组 after 中共, a
 * development zone a city names with its short name (`青岛经济技术开发区教育局`), a school year in Chinese numerals
 * (`二〇二三至二〇二四学年`), a centre of the bureau's, a city's short name over its county-level city, the issuer in
 * brackets after the title, and a title's own issuer on a page its city's bureau posted (`来源：恩施州教育局`).
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const BODY = '\n一、加强党的全面领导\n1.深入学习贯彻党的二十大精神。持续推进主题教育成果转化。\n2.加强基层党组织建设。推进校长负责制。\n'

const identity = (head: string) => {
  const [plan] = parseDocument({ file: 'x.txt', text: head + BODY, fields: {}, url: null })
  const { issuer, city, level, year } = plan.plan
  return { issuer, city, level, year }
}

describe('parseDocument reads the issuer and the year a title names in every form', () => {
  it.each([
    ['荆门市教育局2023—2024学年工作要点', 2023],
    ['荆门市教育局2024学年第一学期工作要点', 2024],
    ['荆门市教育局2024-25学年工作要点', 2024],
    ['荆门市教育局2024-2025学年第二学期工作要点', 2024],
  ])('takes the bureau a title names before its school year as the issuer: %s', (title, year) => {
    expect(identity(title)).toEqual({ issuer: '荆门市教育局', city: '荆门市', level: '市', year })
  })

  it('takes the bureau’s party group a title names after 中共 as the issuer: 中共荆门市教育局党组2024年工作要点', () => {
    expect(identity('中共荆门市教育局党组2024年工作要点')).toEqual({ issuer: '中共荆门市教育局党组', city: '荆门市', level: '市', year: 2024 })
  })

  it('takes a development zone’s bureau a title names after its city’s short name as the issuer: 青岛经济技术开发区教育局', () => {
    expect(identity('青岛经济技术开发区教育局2024年工作要点')).toEqual({ issuer: '青岛经济技术开发区教育局', city: '青岛市', level: '区县', year: 2024 })
  })

  it('takes a bureau’s centre a title names with its place as the issuer: 荆门市教育发展中心2024年工作要点', () => {
    expect(identity('荆门市教育发展中心2024年工作要点')).toEqual({ issuer: '荆门市教育发展中心', city: '荆门市', level: '市', year: 2024 })
  })

  it('takes a county-level city’s bureau named under its city’s short name as the issuer: 威海荣成市教育和体育局', () => {
    expect(identity('威海荣成市教育和体育局2024年工作要点')).toEqual({ issuer: '威海荣成市教育和体育局', city: '荣成市', level: '区县', year: 2024 })
  })

  it('takes the body a title names in brackets after it as the issuer: 2024年教育工作要点（荆门市教育局）', () => {
    expect(identity('2024年教育工作要点（荆门市教育局）')).toEqual({ issuer: '荆门市教育局', city: '荆门市', level: '市', year: 2024 })
  })

  it('takes the county bureau its title names over the city bureau whose page posted it (来源)', () => {
    expect(identity('巴东县教育局2024年工作要点\n来源：恩施州教育局  发布时间：2024-03-01')).toEqual({ issuer: '巴东县教育局', city: '巴东县', level: '区县', year: 2024 })
  })

  it('takes the body whose office printed the plan as the issuer, when only its 版记 names one: 湖北省教育厅办公室 … 印发', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: `2024年全省教育工作要点${BODY}\n湖北省教育厅办公室                2024年2月1日印发`, fields: {}, url: null })
    expect([plan.plan.issuer, plan.plan.province, plan.plan.level, plan.plan.publishDate]).toEqual(['湖北省教育厅', '湖北省', '省', '2024-02-01'])
  })

  it('dates a plan whose title names no year, signed in December, to the year after: it plans the year to come', () => {
    expect(identity('荆门市教育局工作要点\n\n荆门市教育局\n2023年12月28日')).toEqual({ issuer: '荆门市教育局', city: '荆门市', level: '市', year: 2024 })
    expect(identity('荆教发〔2023〕45号\n荆门市教育局工作要点\n\n荆门市教育局\n2023年12月28日').year).toBe(2024)
  })

  it('keeps the year of the signature for a plan signed before December, and the title’s year over any date', () => {
    expect(identity('荆门市教育局工作要点\n\n荆门市教育局\n2024年2月20日').year).toBe(2024)
    expect(identity('荆门市教育局2024年工作要点\n\n荆门市教育局\n2024年12月28日').year).toBe(2024)
    expect(identity('荆门市教育局工作总结\n\n荆门市教育局\n2023年12月28日').year).toBe(2023)
  })

  it('reads a school year in Chinese numerals as its first year: 二〇二三至二〇二四学年荆门市教育工作要点 is 2023', () => {
    expect(identity('二〇二三至二〇二四学年荆门市教育工作要点')).toEqual({ issuer: null, city: '荆门市', level: '市', year: 2023 })
  })
})
