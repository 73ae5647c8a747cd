import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

/** A plan ending in its 序号 task table copied one cell a line, the last row's unit 各乡镇中心学校 over its month. */
const TEXT = [
  '沅陵县2024年教育工作要点',
  '一、推进教育优质均衡',
  '1.扩大学前教育资源。新建、改扩建公办幼儿园4所，新增学位720个。',
  '附件',
  '2024年重点任务清单',
  '序号', '重点任务', '牵头单位', '责任单位', '完成时限',
  '1', '新建、改扩建公办幼儿园4所', '基础教育股', '计划财务股', '2024年12月',
  '2', '完成农村学校改造项目15个', '计划财务股', '各乡镇中心学校', '2024年11月',
].join('\n')

describe('parseDocument on a task table whose last row names the schools of a place (各乡镇中心学校) over a month', () => {
  it('keeps 各… a unit of the row, no school signing the plan with a month', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: TEXT, fields: {}, url: null })
    // Before: 各乡镇中心学校 / 2024年11月 read as a school signing under its month: both left the table (row 2 lost its
    // unit and deadline, so no row was labelled) and 各乡镇中心学校 became the issuer, its level 校.
    expect([plan.plan.issuer, plan.plan.level]).toEqual([null, '区县'])
    expect(plan.clauses.slice(1).map((c) => c.text)).toEqual([
      '1.新建、改扩建公办幼儿园4所。牵头单位：基础教育股；责任单位：计划财务股；完成时限：2024年12月。',
      '2.完成农村学校改造项目15个。牵头单位：计划财务股；责任单位：各乡镇中心学校；完成时限：2024年11月。',
    ])
  })
})
