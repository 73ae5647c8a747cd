import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A city bureau's work plan as its site prints it (2025): the month it was issued alone under the title, an opening
// paragraph, then a label alone over the numbered items.
const PLAN = (month: string, label: string) => [
  '济宁市教育局2025年教育工作要点',
  month,
  '2025年是“十四五”规划收官之年。全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，办好人民满意的教育。',
  label,
  '一、加强党的全面领导。深入开展党纪学习教育，落实意识形态工作责任制。',
  '二、推进基础教育扩优提质。新建改扩建中小学幼儿园10所，新增学位8000个。',
].join('\n')

const records = (text: string) => {
  const [plan] = parseDocument({ file: 'a.txt', text, fields: {}, url: null })
  return plan.clauses.map((c) => [c.id.slice(plan.plan.id.length), c.text])
}

describe('parseDocument on a plan dated by the month under its title, its items under a label', () => {
  it('reads neither the month line nor the label line (重点工作： 主要任务: 工作要点：) as a passage', () => {
    // Before: p1 2025年3月, p2 the opening paragraph, p3 重点工作：, then 0-1 0-2.
    for (const [month, label] of [['2025年3月', '重点工作：'], ['二〇二五年三月', '主要任务:'], ['（2025年3月）', '工作要点：']]) {
      expect(records(PLAN(month, label))).toEqual([
        ['-p1', '2025年是“十四五”规划收官之年。全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，办好人民满意的教育。'],
        ['-0-1', '一、加强党的全面领导。深入开展党纪学习教育，落实意识形态工作责任制。'],
        ['-0-2', '二、推进基础教育扩优提质。新建改扩建中小学幼儿园10所，新增学位8000个。'],
      ])
    }
  })

  it('keeps a notice\'s addressee line (各县市区教育局：) over the items as text', () => {
    expect(records(PLAN('2025年3月', '各县市区教育局：'))[1]).toEqual(['-p2', '各县市区教育局：'])
  })

  it('dates a plan whose title names no year by the month under its title, or under its signer', () => {
    // Before: year null and the warning year_missing; 二〇二五年三月 was passage p1.
    const underTitle = parseDocument({ file: 'a.txt', text: '兖州区实验小学教学工作计划\n二〇二五年三月\n一、加强教学常规管理。每月开展一次教学常规检查。\n二、深化课堂教学改革。每位教师每学期上一节公开课。', fields: {}, url: null })[0]
    const underSigner = parseDocument({ file: 'a.txt', text: '兖州区实验小学教学工作计划\n一、加强教学常规管理。每月开展一次教学常规检查。\n二、深化课堂教学改革。每位教师每学期上一节公开课。\n\n兖州区实验小学\n2025年3月', fields: {}, url: null })[0]
    for (const plan of [underTitle, underSigner]) {
      expect([plan.plan.year, plan.plan.issuer, plan.plan.level, plan.plan.warnings]).toEqual([2025, '兖州区实验小学', '校', []])
      expect(plan.clauses.map((c) => c.text)).toEqual(['一、加强教学常规管理。每月开展一次教学常规检查。', '二、深化课堂教学改革。每位教师每学期上一节公开课。'])
    }
  })
})
