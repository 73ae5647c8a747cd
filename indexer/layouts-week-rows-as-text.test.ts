import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'

// A school's week-by-week schedule written as a table in text: a head row (周次 日期 内容), then one week a row, its
// dates after a tab or a space. A row ending in no full stop took the next row into it (…新生入学教育第二周 9.8-9.12…).
const PLAN = `某某小学2024学年第一学期工作计划
一、指导思想
以立德树人为根本任务，全面提高教育质量。
二、主要工作
（一）加强师德建设。组织教师学习师德规范。
（二）推进课程改革。开展校本教研活动。
三、行事历
周次\t日期\t内容
第一周\t9.1-9.5\t开学典礼；新生入学教育
第二周\t9.8-9.12\t教师节庆祝活动；常规检查
第三周 9.15-9.19 校运会筹备`

describe('parseDocument on a week-by-week table written as text', () => {
  it('keeps each week’s row apart, the week and its dates the label of what the row says, the head row gone', () => {
    expect(outline(PLAN).slice(3)).toEqual([
      ['p2', '行事历', '第一周 9.1-9.5', '开学典礼；新生入学教育'],
      ['p3', '行事历', '第二周 9.8-9.12', '教师节庆祝活动；常规检查'],
      ['p4', '行事历', '第三周 9.15-9.19', '校运会筹备'],
    ])
  })

  it('still joins a sentence wrapped before a week that has no dates after it', () => {
    const text = PLAN.replace('第一周\t9.1-9.5\t开学典礼；新生入学教育', '各班在开学后，\n第一周 内完成计划制定')
    expect(outline(text).slice(3, 5)).toEqual([
      ['p2', '行事历', null, '周次 日期 内容'],
      ['p3', '行事历', null, '各班在开学后，第一周 内完成计划制定'],
    ])
  })
})
