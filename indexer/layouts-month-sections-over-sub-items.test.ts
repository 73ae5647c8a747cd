import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A school term plan numbering its clauses 1. (its lists （1） inside them), whose month-by-month schedule lists each
// month's tasks （1）（2） straight under the month: no 1. stands above them.
const TERM_PLAN = `某县第一中学2025年春季学期工作计划
一、指导思想
以习近平新时代中国特色社会主义思想为指导，落实立德树人根本任务。
二、主要工作
（一）加强党建引领
1.落实“第一议题”制度。每月组织一次集中学习：
（1）集中学习党的二十届三中全会精神；
（2）开展专题研讨。
2.开展党支部品牌创建活动。
（二）深化教学改革
1.落实“双减”政策。严控书面作业总量。
三、每月工作安排
二月份
（1）开学工作检查；
（2）制定学期工作计划。
三月份
（1）学雷锋志愿服务活动；
（2）安全教育周活动；
（3）教师课堂教学比赛。
四月份
（1）期中质量检测；
（2）春季运动会。
某县第一中学
2025年2月10日`

function parse(text: string) {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  return plan
}
const outline = (text: string) => {
  const plan = parse(text)
  return plan.clauses.map((c) => [c.id.slice(plan.plan.id.length + 1), c.chapter?.title ?? null, c.section, c.number, c.text])
}

describe('parseDocument on month headings over （1）（2） items in a plan numbering its clauses 1.', () => {
  it('heads a section with each month and reads its （1）（2） items as the month’s clauses (they were paragraphs, the months among them)', () => {
    expect(outline(TERM_PLAN).slice(4)).toEqual([
      ['3-1', '每月工作安排', '二月份', 1, '（1）开学工作检查；'],
      ['3-2', '每月工作安排', '二月份', 2, '（2）制定学期工作计划。'],
      ['3-1-2', '每月工作安排', '三月份', 1, '（1）学雷锋志愿服务活动；'],
      ['3-2-2', '每月工作安排', '三月份', 2, '（2）安全教育周活动；'],
      ['3-3', '每月工作安排', '三月份', 3, '（3）教师课堂教学比赛。'],
      ['3-1-3', '每月工作安排', '四月份', 1, '（1）期中质量检测；'],
      ['3-2-3', '每月工作安排', '四月份', 2, '（2）春季运动会。'],
    ])
  })

  it('keeps the （1） items inside a clause above the schedule in that clause', () => {
    expect(outline(TERM_PLAN)[1]).toEqual(['2-1', '主要工作', '（一）加强党建引领', 1, '1.落实“第一议题”制度。每月组织一次集中学习：\n（1）集中学习党的二十届三中全会精神；\n（2）开展专题研讨。'])
  })

  it('counts the months’ items at the clause level of the plan’s levels', () => {
    expect(parse(TERM_PLAN).plan.levels).toEqual([
      { marker: '一、', role: 'chapter', count: 3 },
      { marker: '（一）', role: 'section', count: 2 },
      { marker: '1.', role: 'clause', count: 10 },
      { marker: '（1）', role: 'item', count: 2 },
    ])
  })

  it('reads 1月 over （1）（2） and ① items likewise, the chapter after the schedule read as before', () => {
    const text = `某县实验小学2025年春季学期德育工作计划
一、工作目标
1.落实立德树人根本任务。
2.提升学生综合素养。
二、月份安排
1月
①期末复习与考试；
②寒假安全教育。
2月
①开学典礼；
②安全教育第一课。
三、保障措施
1.加强组织领导。成立工作专班。`
    expect(outline(text).slice(2)).toEqual([
      ['2-1', '月份安排', '1月', 1, '①期末复习与考试；'],
      ['2-2', '月份安排', '1月', 2, '②寒假安全教育。'],
      ['2-1-2', '月份安排', '2月', 1, '①开学典礼；'],
      ['2-2-2', '月份安排', '2月', 2, '②安全教育第一课。'],
      ['3-1', '保障措施', null, 1, '1.加强组织领导。成立工作专班。'],
    ])
  })

  it('reads a month whose line runs on into its （1） items (二月份：（1）…；（2）…)', () => {
    const text = `某县实验小学2025年春季学期德育工作计划
一、工作目标
1.落实立德树人根本任务。
2.提升学生综合素养。
二、月份安排
二月份：（1）开学典礼；（2）安全教育第一课。
三月份：（1）学雷锋活动月；（2）植树节主题活动。`
    expect(outline(text).slice(2).map(([id, , section, , body]) => [id, section, body])).toEqual([
      ['2-1', '二月份', '（1）开学典礼；'],
      ['2-2', '二月份', '（2）安全教育第一课。'],
      ['2-1-2', '三月份', '（1）学雷锋活动月；'],
      ['2-2-2', '三月份', '（2）植树节主题活动。'],
    ])
  })
})
