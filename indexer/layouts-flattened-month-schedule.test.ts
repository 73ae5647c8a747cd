import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A school plan flattened into one paragraph (a web page's text, a PDF's lost breaks): its schedule runs each month
// on after the last item of the month before (…2、教师节活动。十月份： 1、国庆主题班会。…). The first month, after the
// chapter's title, headed a section; every later month and its items ran into the first month's last item.
const PLAN = `2024年下学期中学德育工作计划
一、指导思想 以学校工作计划为指导，坚持以爱国主义教育为主线。 二、工作目标 1、强化学生行为习惯养成教育。 2、加强班主任队伍建设。 三、具体安排 九月份： 1、开学典礼。 2、教师节活动。 十月份： 1、国庆主题班会。 2、秋季运动会。 十一月份：1、期中考试。`

describe('parseDocument on a flattened month-by-month schedule', () => {
  it('heads a section with each month run on after a sentence’s end, its items numbered from 1 again', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: PLAN, fields: {}, url: null })
    expect(plan.clauses.filter((c) => c.chapter?.title === '具体安排').map((c) => [c.section, c.number, c.text])).toEqual([
      ['九月份', 1, '1、开学典礼。'],
      ['九月份', 2, '2、教师节活动。'],
      ['十月份', 1, '1、国庆主题班会。'],
      ['十月份', 2, '2、秋季运动会。'],
      ['十一月份', 1, '1、期中考试。'],
    ])
  })

  it('leaves a clause that names a month after a sentence, with no schedule around it, as it was', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: '某县教育局2024年工作要点\n一、加强党的建设\n1.深化理论武装。三月份：开展专题学习。\n2.夯实基层党建。', fields: {}, url: null })
    expect(plan.clauses.map((c) => c.text)).toEqual(['1.深化理论武装。三月份：开展专题学习。', '2.夯实基层党建。'])
  })
})
