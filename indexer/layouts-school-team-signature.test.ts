import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })[0]

const PLAN = `2024-2025学年第一学期八年级组工作计划
一、指导思想
以学校工作计划为指导，落实立德树人根本任务。
二、具体工作
1、加强常规管理。每周召开一次年级组例会。
2、抓好教学质量。组织月考并做好质量分析。
三、工作安排
十二月：第二次月考，冬季安全教育。
元月：期末复习与考试。`

describe('parseDocument on a school team’s plan signed by the team alone (八年级组, 数学教研组, 教务处) above its date', () => {
  it('keeps the team’s name out of the last passage (it was a passage 八年级组 under 三、工作安排) and names no issuer it does not place', () => {
    const plan = parse(`${PLAN}\n八年级组\n2024年8月28日`)
    expect(plan.clauses.at(-1)!.text).toBe('元月：期末复习与考试。')
    const { issuer, signDate, year } = plan.plan
    expect({ issuer, signDate, year }).toEqual({ issuer: null, signDate: '2024-08-28', year: 2024 })
  })

  it('reads a subject team, a lesson-planning team and an office the same way, over a full date or a month', () => {
    for (const signer of ['初二数学教研组', '高一语文备课组', '综合实践学科组', '教务处']) {
      expect(parse(`${PLAN}\n${signer}\n2024年9月`).clauses.at(-1)!.text).toBe('元月：期末复习与考试。')
      expect(parse(`${PLAN}\n${signer}\n二〇二四年八月二十八日`).clauses.at(-1)!.text).toBe('元月：期末复习与考试。')
    }
  })

  it('keeps such a name that no date follows as the text it is', () => {
    expect(parse(`${PLAN}\n数学教研组`).clauses.slice(-2).map((c) => c.text)).toEqual(['元月：期末复习与考试。', '数学教研组'])
  })
})
