import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A school's office plans its part of the school's work and signs it above the date (临沂第一中学教务处 / 2024年8月30日),
// its last part a list of months the office's signature closes.
const PLAN = (title: string, signer: string) => [
  title,
  '一、指导思想',
  '以新课程标准为指导，深化课堂教学改革，全面提高教育教学质量。',
  '二、主要工作',
  '1.加强教学常规管理。每月开展一次教学常规检查。',
  '2.推进集体备课。各学科每周开展一次集体备课活动。',
  '三、工作安排',
  '九月：开学常规检查；',
  '十月：青年教师优质课评选。',
  '',
  signer,
  '2024年8月30日',
].join('\n')

describe('parseDocument on a plan a school\'s office signs', () => {
  it('reads 临沂第一中学教务处 and 长沙市第一中学德育处 above the date as the signer, not a passage, and the plan as the school\'s', () => {
    // Before: 临沂第一中学教务处 was passage p4 under 三、工作安排, after 十月：青年教师优质课评选。
    const cases: [string, string, string, string][] = [
      ['临沂第一中学2024-2025学年第一学期教学工作计划', '临沂第一中学教务处', '临沂市', '山东省'],
      ['长沙市第一中学2024-2025学年第一学期德育工作计划', '长沙市第一中学德育处', '长沙市', '湖南省'],
    ]
    for (const [title, signer, city, province] of cases) {
      const [plan] = parseDocument({ file: 'a.txt', text: PLAN(title, signer), fields: {}, url: null })
      const { issuer, level, signDate } = plan.plan
      expect([issuer, plan.plan.city, plan.plan.province, level, signDate, plan.clauses.slice(-2).map((c) => c.text)]).toEqual([
        signer, city, province, '校', '2024-08-30', ['九月：开学常规检查；', '十月：青年教师优质课评选。'],
      ])
    }
  })
})
