import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'

const PLAN = (last: string) => `某市实验幼儿园2024学年第一学期工作计划
一、指导思想
以立德树人为根本任务，全面提高保教质量。
二、主要工作
1.加强师德师风建设。
2.规范保育工作。
${last}
加强领导，明确责任，确保各项工作落到实处。
九月份：
1.开学典礼。
2.新生入学教育。
十月份：
1.国庆主题活动。
2.秋季运动会。
十一月份：
1.家长开放日。`

describe('parseDocument on months printed after the prose of a last chapter, with no schedule heading', () => {
  it('reads the months as the plan\'s schedule, a chapter 工作安排 counted after the last, not as sections of 保障措施', () => {
    // Before: 3-1 … 3-1-3 in chapter 保障措施, sections 九月份 / 十月份 / 十一月份, as if the months were safeguards.
    expect(outline(PLAN('三、保障措施')).slice(3)).toEqual([
      ['p2', '保障措施', null, '加强领导，明确责任，确保各项工作落到实处。'],
      ['4-1', '工作安排', '九月份', '1.开学典礼。'],
      ['4-2', '工作安排', '九月份', '2.新生入学教育。'],
      ['4-1-2', '工作安排', '十月份', '1.国庆主题活动。'],
      ['4-2-2', '工作安排', '十月份', '2.秋季运动会。'],
      ['4-1-3', '工作安排', '十一月份', '1.家长开放日。'],
    ])
  })

  it('keeps the months sections of a chapter whose title announces them (三、月工作安排), a line of prose before them or not', () => {
    expect(outline(PLAN('三、月工作安排')).slice(3)).toEqual([
      ['p2', '月工作安排', null, '加强领导，明确责任，确保各项工作落到实处。'],
      ['3-1', '月工作安排', '九月份', '1.开学典礼。'],
      ['3-2', '月工作安排', '九月份', '2.新生入学教育。'],
      ['3-1-2', '月工作安排', '十月份', '1.国庆主题活动。'],
      ['3-2-2', '月工作安排', '十月份', '2.秋季运动会。'],
      ['3-1-3', '月工作安排', '十一月份', '1.家长开放日。'],
    ])
  })
})
