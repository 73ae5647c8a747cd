import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'

const SCHOOL_PLAN = `临沂第二实验小学2024—2025学年度第一学期学校工作计划
一、指导思想
以习近平新时代中国特色社会主义思想为指导，落实立德树人根本任务。
二、主要工作
（一）加强党建引领
1.落实“第一议题”制度。每月组织一次集中学习。
2.开展“一支部一品牌”创建活动。
（二）深化教学改革
1.落实“双减”政策。严控书面作业总量。
三、每月工作安排
九月份：
1.开学典礼；
2.新生入学教育；
3.教师节庆祝活动。
十月份：
1.国庆节安全教育；
2.秋季运动会。
十一月份：
1.期中质量检测；
2.家长会。
临沂第二实验小学
2024年8月30日`

const CONTINUING = `某县实验中学2024年春季学期工作计划
一、主要工作
1.加强教师队伍建设。开展青年教师基本功比赛。
2.落实“双减”政策。严控作业总量。
二、工作安排
2月：
1.开学工作检查；
2.制定学期计划。
3月：
3.学雷锋活动；
4.安全教育周。
4—5月：
5.春季运动会；
6.期中考试。
三、保障措施
1.加强组织领导。成立工作专班。`

describe('parseDocument on a month-by-month schedule inside a numbered chapter', () => {
  it('heads a section with each month, its items numbered from 1 again (the later months ran into the first month’s last item)', () => {
    expect(outline(SCHOOL_PLAN).slice(4)).toEqual([
      ['3-1', '每月工作安排', '九月份', '1.开学典礼；'],
      ['3-2', '每月工作安排', '九月份', '2.新生入学教育；'],
      ['3-3', '每月工作安排', '九月份', '3.教师节庆祝活动。'],
      ['3-1-2', '每月工作安排', '十月份', '1.国庆节安全教育；'],
      ['3-2-2', '每月工作安排', '十月份', '2.秋季运动会。'],
      ['3-1-3', '每月工作安排', '十一月份', '1.期中质量检测；'],
      ['3-2-3', '每月工作安排', '十一月份', '2.家长会。'],
    ])
  })

  it('heads a section with each month when the items number on through the months (9月：, a span 4—5月), the chapter after it read as before', () => {
    expect(outline(CONTINUING).slice(2)).toEqual([
      ['2-1', '工作安排', '2月', '1.开学工作检查；'],
      ['2-2', '工作安排', '2月', '2.制定学期计划。'],
      ['2-3', '工作安排', '3月', '3.学雷锋活动；'],
      ['2-4', '工作安排', '3月', '4.安全教育周。'],
      ['2-5', '工作安排', '4—5月', '5.春季运动会；'],
      ['2-6', '工作安排', '4—5月', '6.期中考试。'],
      ['3-1', '保障措施', null, '1.加强组织领导。成立工作专班。'],
    ])
  })

  it('heads a section with a month whose line runs on into its items (九月：1.开学典礼；2.…), the later months no longer in the first month’s last item', () => {
    const text = '某小学2024年秋季学期工作计划\n一、主要工作\n1.加强师德建设。\n2.落实双减政策。\n二、工作安排\n九月：1.开学典礼；2.新生入学教育。\n十月：1.秋季运动会；2.国庆安全教育。\n十一月：1.期中检测；2.家长会。'
    expect(outline(text).slice(2)).toEqual([
      ['2-1', '工作安排', '九月', '1.开学典礼；'],
      ['2-2', '工作安排', '九月', '2.新生入学教育。'],
      ['2-1-2', '工作安排', '十月', '1.秋季运动会；'],
      ['2-2-2', '工作安排', '十月', '2.国庆安全教育。'],
      ['2-1-3', '工作安排', '十一月', '1.期中检测；'],
      ['2-2-3', '工作安排', '十一月', '2.家长会。'],
    ])
  })

  it('leaves one month line over items as text of the clause above (one is no schedule)', () => {
    const text = '某县教育局2024年工作要点\n一、重点工作\n1.推进集团化办学。\n2.深化课堂教学改革。全年开展：\n3月：\n3.召开全县教育工作会议。'
    expect(outline(text).map((r) => r[3])).toEqual(['1.推进集团化办学。', '2.深化课堂教学改革。全年开展：\n3月：', '3.召开全县教育工作会议。'])
  })
})
