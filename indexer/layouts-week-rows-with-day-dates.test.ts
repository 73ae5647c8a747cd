import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'

// A school's week-by-week schedule written as a table in text, its dates to the day (9月1日-9月5日), a span of weeks
// in a row (第3-4周) and, in a 学期行事历, a column of the department in charge. Cleaning read the space between a week
// and a date in figures as a PDF's (9 月 is a quantity and its unit) and took it out, so every row after the first
// ran onto the one above (…新生入学教育第2周9月8日-9月12日教师节…) and the schedule was one paragraph.
const PLAN = (schedule: string) => `某小学2024学年第一学期工作计划
一、指导思想
以立德树人为根本任务，全面提高教育质量。
二、主要工作
（一）加强师德建设。组织教师学习师德规范。
（二）推进课程改革。开展校本教研活动。
${schedule}`

describe('parseDocument on week rows dated to the day', () => {
  it('keeps each row apart, a span of weeks too, the week and its dates the label of what is done in it', () => {
    const text = PLAN('三、行事历\n周次 日期 内容\n第1周 9月1日-9月5日 开学准备；新生入学教育\n第2周 9月8日-9月12日 教师节庆祝活动；常规检查\n第3-4周 9月15日-9月26日 校运会筹备；国庆放假安排')
    expect(outline(text).slice(3)).toEqual([
      ['p2', '行事历', '第1周 9月1日-9月5日', '开学准备；新生入学教育'],
      ['p3', '行事历', '第2周 9月8日-9月12日', '教师节庆祝活动；常规检查'],
      ['p4', '行事历', '第3-4周 9月15日-9月26日', '校运会筹备；国庆放假安排'],
    ])
  })

  it('labels a column after what is done by the head row’s name for it (负责部门)', () => {
    const text = PLAN('三、学期行事历\n周次\t日期\t工作内容\t负责部门\n第1周\t9月1日-9月5日\t开学典礼；新生入学教育\t德育处\n第2周\t9月8日-9月12日\t教师节庆祝活动\t工会\n第3-4周\t9月15日—26日\t校运会筹备\t体育组')
    expect(outline(text).slice(3)).toEqual([
      ['p2', '学期行事历', '第1周 9月1日-9月5日', '开学典礼；新生入学教育（负责部门：德育处）'],
      ['p3', '学期行事历', '第2周 9月8日-9月12日', '教师节庆祝活动（负责部门：工会）'],
      ['p4', '学期行事历', '第3-4周 9月15日—26日', '校运会筹备（负责部门：体育组）'],
    ])
  })

  it('still closes up the spaces inside a week or a date a PDF spaced out', () => {
    const text = PLAN('三、行事历\n第 1 周 9 月 1 日-9 月 5 日 开学准备\n第 2 周 9 月 8 日-9 月 12 日 教师节庆祝活动')
    expect(outline(text).slice(3)).toEqual([
      ['p2', '行事历', '第1周 9月1日-9月5日', '开学准备'],
      ['p3', '行事历', '第2周 9月8日-9月12日', '教师节庆祝活动'],
    ])
  })
})
