import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A city's numbered, experimental and foreign-language schools call themselves after the city's short name
// (临沂第一中学, 青岛二中, 杭州外国语学校), in their plan's title or on a line of its own under a term's title.
const BODY = [
  '一、指导思想',
  '以新课程标准为指导，深化课堂教学改革，全面提高教育教学质量。',
  '二、主要工作',
  '1.加强教学常规管理。每月开展一次教学常规检查。',
  '2.推进集体备课。各学科每周开展一次集体备课活动。',
]

const identity = (lines: string[]) => {
  const [plan] = parseDocument({ file: 'a.txt', text: lines.join('\n'), fields: {}, url: null })
  const { issuer, city, province, level, year } = plan.plan
  return { issuer, city, province, level, year }
}

describe('parseDocument on a school plan that names its school after the city\'s short name', () => {
  it('reads the school as the issuer, its city and province, and level 校 (临沂第一中学, 青岛二中, 杭州外国语学校)', () => {
    // Before: issuer, city, province and level were all null: a school's name had to begin with the city's full name.
    expect(identity(['临沂第一中学2024-2025学年第一学期教学工作计划', ...BODY])).toEqual({ issuer: '临沂第一中学', city: '临沂市', province: '山东省', level: '校', year: 2024 })
    expect(identity(['2024—2025学年第一学期工作计划', '青岛二中', ...BODY])).toEqual({ issuer: '青岛二中', city: '青岛市', province: '山东省', level: '校', year: 2024 })
    expect(identity(['杭州外国语学校2025年工作计划', ...BODY])).toEqual({ issuer: '杭州外国语学校', city: '杭州市', province: '浙江省', level: '校', year: 2025 })
  })

  it('names no city after a short name that only begins a school\'s own name (东方红小学: 东方 is a city\'s short name too)', () => {
    expect(identity(['2024-2025学年第一学期工作计划', ...BODY, '', '东方红小学', '2024年8月30日'])).toEqual({ issuer: '东方红小学', city: null, province: null, level: '校', year: 2024 })
  })
})
