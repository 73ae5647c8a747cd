import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'

// A primary school's term plan whose last chapter is a week-by-week schedule: each week on a line of its own, its
// dates in brackets, over its items numbered from 1 again.
const TERM_PLAN = `某小学2024—2025学年第二学期学校工作计划
一、指导思想
以党的教育方针为指引，坚持立德树人根本任务，全面提升办学水平。
二、工作目标
1.提升教育教学质量，学生综合素质评价在区域内名列前茅。
2.加强教师队伍建设，培养一批骨干教师。
三、每周工作安排
第一周（2月17日—2月23日）
1.开学典礼；
2.教学常规检查。
第二周（2月24日—3月2日）
1.学雷锋主题活动；
2.安全教育周。
第三周（3月3日—3月9日）
1.教研组活动；
2.家长会。`

describe('parseDocument on a week-by-week schedule inside a numbered chapter', () => {
  it('heads a section with each week, its items numbered from 1 again (the later weeks ran into the first week’s last item)', () => {
    expect(outline(TERM_PLAN).slice(3)).toEqual([
      ['3-1', '每周工作安排', '第一周（2月17日—2月23日）', '1.开学典礼；'],
      ['3-2', '每周工作安排', '第一周（2月17日—2月23日）', '2.教学常规检查。'],
      ['3-1-2', '每周工作安排', '第二周（2月24日—3月2日）', '1.学雷锋主题活动；'],
      ['3-2-2', '每周工作安排', '第二周（2月24日—3月2日）', '2.安全教育周。'],
      ['3-1-3', '每周工作安排', '第三周（3月3日—3月9日）', '1.教研组活动；'],
      ['3-2-3', '每周工作安排', '第三周（3月3日—3月9日）', '2.家长会。'],
    ])
  })

  it('reads weeks in figures, a span of weeks, dates after a space and a week run on into its items', () => {
    const text = `某中学2025年春季学期教务处工作计划
一、主要工作
1.落实课程计划。
2.加强教学常规管理。
二、工作安排
第1周 2月17日-2月23日
1.开学工作检查；
2.制定教研计划。
第2-3周：1.教研组长会议；2.青年教师汇报课。
第4周：
1.期初质量调研。`
    expect(outline(text).slice(2).map(([id, , section, body]) => [id, section, body])).toEqual([
      ['2-1', '第1周 2月17日-2月23日', '1.开学工作检查；'],
      ['2-2', '第1周 2月17日-2月23日', '2.制定教研计划。'],
      ['2-1-2', '第2-3周', '1.教研组长会议；'],
      ['2-2-2', '第2-3周', '2.青年教师汇报课。'],
      ['2-1-3', '第4周', '1.期初质量调研。'],
    ])
  })

  it('leaves a week named in a clause’s text in that clause', () => {
    const text = `某中学2025年春季学期工作计划
一、主要工作
1.开展开学工作检查。
第一周
内完成各班教学计划的制定。
2.加强教学常规管理。`
    expect(outline(text)).toEqual([
      ['1-1', '主要工作', null, '1.开展开学工作检查。\n第一周\n内完成各班教学计划的制定。'],
      ['1-2', '主要工作', null, '2.加强教学常规管理。'],
    ])
  })
})
