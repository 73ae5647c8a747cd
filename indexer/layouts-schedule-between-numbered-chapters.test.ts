import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'

// A kindergarten's term plan that prints its months with no schedule heading after the prose of a chapter that does
// not announce them (三、保障措施 / 加强领导……。 / 九月份： …), and then one more numbered chapter (四、其他). a33ad35 read
// such months as a chapter 工作安排 only when they closed the plan; followed by 四、 they stayed sections of 保障措施
// (ids 3-1 … 3-1-3), as if they were safeguards.
const PLAN = (chapter: string, prose: string) => `某市实验幼儿园2024学年第一学期工作计划
一、指导思想
以立德树人为根本任务，全面提高保教质量。
二、主要工作
1.加强师德师风建设。
2.规范保育工作。
${chapter}
${prose}
九月份：
1.开学典礼。
2.新生入学教育。
十月份：
1.国庆主题活动。
2.秋季运动会。
十一月份：
1.家长开放日。
四、其他
1.未尽事宜另行通知。`

describe('parseDocument on months printed between numbered chapters, with no schedule heading', () => {
  it('reads the months as a chapter 工作安排, counted after the plan’s last chapter, and 四、其他 as its own chapter', () => {
    expect(outline(PLAN('三、保障措施', '加强领导，明确责任，确保各项工作落到实处。')).slice(3)).toEqual([
      ['p2', '保障措施', null, '加强领导，明确责任，确保各项工作落到实处。'],
      ['5-1', '工作安排', '九月份', '1.开学典礼。'],
      ['5-2', '工作安排', '九月份', '2.新生入学教育。'],
      ['5-1-2', '工作安排', '十月份', '1.国庆主题活动。'],
      ['5-2-2', '工作安排', '十月份', '2.秋季运动会。'],
      ['5-1-3', '工作安排', '十一月份', '1.家长开放日。'],
      ['4-1', '其他', null, '1.未尽事宜另行通知。'],
    ])
  })

  it('keeps the months sections of a chapter whose prose leads into them with a colon', () => {
    expect(outline(PLAN('三、主要活动', '本学期各月活动安排如下：')).slice(3)).toEqual([
      ['p2', '主要活动', null, '本学期各月活动安排如下：'],
      ['3-1', '主要活动', '九月份', '1.开学典礼。'],
      ['3-2', '主要活动', '九月份', '2.新生入学教育。'],
      ['3-1-2', '主要活动', '十月份', '1.国庆主题活动。'],
      ['3-2-2', '主要活动', '十月份', '2.秋季运动会。'],
      ['3-1-3', '主要活动', '十一月份', '1.家长开放日。'],
      ['4-1', '其他', null, '1.未尽事宜另行通知。'],
    ])
  })

  it('keeps the months sections of a chapter whose title announces them', () => {
    expect(outline(PLAN('三、每月工作安排', '各部门按月落实以下工作。')).slice(4, 5)).toEqual([['3-1', '每月工作安排', '九月份', '1.开学典礼。']])
  })
})
