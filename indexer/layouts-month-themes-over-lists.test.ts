import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A school's schedule names each month's theme after a colon and lists its dates under it as a web page's bullets
// (三月：学雷锋活动月 / - 3月5日：学雷锋志愿服务。). The months were paragraphs of their chapter, the items under none.
const PLAN = `某小学2025年春季学期工作计划
一、指导思想
坚持立德树人，全面提升教育质量。
二、主要工作
1.加强师德师风建设。
三、行事安排
二月：开学准备月
- 2月17日：正式开学，举行开学典礼。
- 2月20日：召开教师大会。
三月：学雷锋活动月
- 3月5日：学雷锋志愿服务。`

describe('parseDocument on months named with their theme over bulleted dates', () => {
  it('heads a section with each month, its theme in the name, its items paragraphs under it', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: PLAN, fields: {}, url: null })
    expect(plan.clauses.filter((c) => c.chapter?.title === '行事安排').map((c) => [c.section, c.text])).toEqual([
      ['二月：开学准备月', '- 2月17日：正式开学，举行开学典礼。'],
      ['二月：开学准备月', '- 2月20日：召开教师大会。'],
      ['三月：学雷锋活动月', '- 3月5日：学雷锋志愿服务。'],
    ])
  })

  it('reads a month line that says a sentence as text, not as a month', () => {
    const text = PLAN.replace('二月：开学准备月', '二月：开学准备，召开教师大会。').replace('三月：学雷锋活动月', '三月：开展学雷锋活动。')
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    expect(plan.clauses.filter((c) => c.chapter?.title === '行事安排').map((c) => [c.section, c.text])).toEqual([
      [null, '二月：开学准备，召开教师大会。'],
      [null, '- 2月17日：正式开学，举行开学典礼。'],
      [null, '- 2月20日：召开教师大会。'],
      [null, '三月：开展学雷锋活动。'],
      [null, '- 3月5日：学雷锋志愿服务。'],
    ])
  })
})
