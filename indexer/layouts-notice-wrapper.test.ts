import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

const parse = parseHandmadeText
const records = (file: string) => {
  const [plan] = parse(file)
  return outlineRows(plan)
}

describe('parseDocument on a 印发 notice (title, 文号, addressees, 现将…印发给你们, signature, （此件公开发布）) wrapped around a plan titled without its place', () => {
  it('takes the plan’s title from its own title line and the 文号, issuer, place and date from the notice, with none of the notice in any record', () => {
    const { title, issuer, city, province, year, docNumber, publishDate, warnings } = parse('deyang-2024-notice-wrapper-disclosure.txt')[0].plan
    expect({ title, issuer, city, province, year, docNumber, publishDate, warnings }).toEqual({
      title: '2024年全市教育工作要点',
      issuer: '德阳市教育局',
      city: '德阳市',
      province: '四川省',
      year: 2024,
      docNumber: '德教〔2024〕12号',
      publishDate: '2024-02-27',
      warnings: [],
    })
    expect(records('deyang-2024-notice-wrapper-disclosure.txt')).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持稳中求进工作总基调，着力抓好以下重点工作。'],
      ['-1-1', '一坚持立德树人根本任务', null, 1, '1.推进大中小学思政课一体化建设。打造思政“金课”30堂。'],
      ['-1-2', '一坚持立德树人根本任务', null, 2, '2.加强学生心理健康教育。配齐专兼职心理健康教师。'],
      ['-2-3', '二推动各级各类教育高质量发展', null, 3, '3.扩大学前教育普惠资源。新增公办学位3000个。'],
      ['-2-4', '二推动各级各类教育高质量发展', null, 4, '4.推进义务教育优质均衡。组建教育集团15个。'],
      ['-2-5', '二推动各级各类教育高质量发展', null, 5, '5.推动职业教育提质培优。建设高水平专业群10个。'],
    ])
  })
})
