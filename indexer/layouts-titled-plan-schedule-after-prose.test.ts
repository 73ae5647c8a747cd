import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'

// A school's term plan that heads its chapters by title alone (工作目标, 主要工作 over 1. clauses), closes with a
// chapter of prose (保障措施 / 加强领导……。) and then lists its months with no schedule heading. The title rules read
// 保障措施 as no title (no clause under it), so its prose ran into the clause above, and the months were sections
// of 主要工作; months written with their tasks on one line (九月：开学典礼；新生入学教育。) were text of that clause.
const HEAD = `某小学2024学年第一学期工作计划
指导思想
本学期，我校以立德树人为根本任务，全面提升教育教学质量。
工作目标
1.德育工作扎实有效，学生行为习惯明显改善。
2.教学质量稳步提升。
主要工作
1.加强师德师风建设。
2.抓好安全教育，落实安全责任制。`

const TOP = [
  ['p1', '指导思想', null, '本学期，我校以立德树人为根本任务，全面提升教育教学质量。'],
  ['1-1', '工作目标', null, '1.德育工作扎实有效，学生行为习惯明显改善。'],
  ['1-2', '工作目标', null, '2.教学质量稳步提升。'],
  ['2-1', '主要工作', null, '1.加强师德师风建设。'],
  ['2-2', '主要工作', null, '2.抓好安全教育，落实安全责任制。'],
]

describe('parseDocument on a plan of titled chapters whose months follow the prose of its last chapter', () => {
  it('heads the prose with its title and reads the months as the plan’s schedule, a chapter 工作安排 counted after it', () => {
    const text = `${HEAD}\n保障措施\n加强领导，明确责任，确保各项工作落到实处。\n九月份\n1.开学典礼，新生入学教育。\n2.教师节庆祝活动。\n十月份\n1.国庆节爱国主义教育。\n2.秋季运动会。`
    expect(outline(text)).toEqual([
      ...TOP,
      ['p2', '保障措施', null, '加强领导，明确责任，确保各项工作落到实处。'],
      ['4-1', '工作安排', '九月份', '1.开学典礼，新生入学教育。'],
      ['4-2', '工作安排', '九月份', '2.教师节庆祝活动。'],
      ['4-1-2', '工作安排', '十月份', '1.国庆节爱国主义教育。'],
      ['4-2-2', '工作安排', '十月份', '2.秋季运动会。'],
    ])
  })

  it('reads the months as 工作安排 when a titled chapter follows them, that chapter counted after the schedule', () => {
    const text = `${HEAD}\n保障措施\n加强领导，明确责任，确保各项工作落到实处。\n九月份\n1.开学典礼，新生入学教育。\n十月份\n1.国庆节爱国主义教育。\n其他要求\n1.各部门按计划落实。\n2.未尽事宜另行通知。`
    expect(outline(text)).toEqual([
      ...TOP,
      ['p2', '保障措施', null, '加强领导，明确责任，确保各项工作落到实处。'],
      ['4-1', '工作安排', '九月份', '1.开学典礼，新生入学教育。'],
      ['4-1-2', '工作安排', '十月份', '1.国庆节爱国主义教育。'],
      ['5-1', '其他要求', null, '1.各部门按计划落实。'],
      ['5-2', '其他要求', null, '2.未尽事宜另行通知。'],
    ])
  })

  it('keeps the months sections of a chapter whose title announces them, over a line of prose', () => {
    const text = `${HEAD}\n月工作安排\n各部门按月落实以下工作。\n九月份\n1.开学典礼，新生入学教育。\n十月份\n1.国庆节爱国主义教育。`
    expect(outline(text)).toEqual([
      ...TOP,
      ['p2', '月工作安排', null, '各部门按月落实以下工作。'],
      ['3-1', '月工作安排', '九月份', '1.开学典礼，新生入学教育。'],
      ['3-1-2', '月工作安排', '十月份', '1.国庆节爱国主义教育。'],
    ])
  })
})

describe('parseDocument on months written with their tasks on one line in a plan of titled chapters', () => {
  it('heads a section with each month under the schedule’s title, its tasks kept whole as the section’s text', () => {
    const text = `${HEAD}\n月份安排\n九月：开学典礼；新生入学教育；教师节庆祝。\n十月：国庆主题活动；秋季运动会。\n十一月：家长开放日；期中质量检测。`
    expect(outline(text)).toEqual([
      ...TOP,
      ['p2', '月份安排', '九月', '开学典礼；新生入学教育；教师节庆祝。'],
      ['p3', '月份安排', '十月', '国庆主题活动；秋季运动会。'],
      ['p4', '月份安排', '十一月', '家长开放日；期中质量检测。'],
    ])
  })

  it('reads them as the plan’s schedule after the prose of a last chapter that does not announce them', () => {
    const text = `${HEAD}\n保障措施\n加强领导，明确责任，确保各项工作落到实处。\n九月：开学典礼；新生入学教育；教师节庆祝。\n十月：国庆主题活动；秋季运动会。`
    expect(outline(text)).toEqual([
      ...TOP,
      ['p2', '保障措施', null, '加强领导，明确责任，确保各项工作落到实处。'],
      ['p3', '工作安排', '九月', '开学典礼；新生入学教育；教师节庆祝。'],
      ['p4', '工作安排', '十月', '国庆主题活动；秋季运动会。'],
    ])
  })
  it('cuts months run on into their numbered items, all on one line as a web copy flattens them, under the schedule’s title', () => {
    const text = `${HEAD}\n月份安排\n九月份：1.开学典礼；2.新生入学教育。十月份：1.国庆节爱国主义教育；2.秋季运动会。十一月份：1.期中考试。`
    expect(outline(text)).toEqual([
      ...TOP,
      ['3-1', '月份安排', '九月份', '1.开学典礼；'],
      ['3-2', '月份安排', '九月份', '2.新生入学教育。'],
      ['3-1-2', '月份安排', '十月份', '1.国庆节爱国主义教育；'],
      ['3-2-2', '月份安排', '十月份', '2.秋季运动会。'],
      ['3-1-3', '月份安排', '十一月份', '1.期中考试。'],
    ])
  })
})
