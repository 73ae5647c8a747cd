import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A kindergarten's term plan whose month headings name the office or the work the month's items are for.
const PLAN = `某幼儿园2025年春季园务工作计划
一、指导思想
以《3-6岁儿童学习与发展指南》为指导，促进幼儿健康快乐成长。
二、各月工作安排
二月园务行政
1.学习规程和纲要，讨论新学期目标和计划。
2.房舍、设备安全检查。
三月园务行政
1.召开家长会。
2.幼儿体检。
四月份保教工作：
1.开展教研组观摩活动。`

describe('parseDocument on month headings that name an office or a kind of work (二月园务行政, 四月份保教工作：)', () => {
  it('heads a section with each month (the later months ran into the first month’s last item)', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: PLAN, fields: {}, url: null })
    expect(plan.clauses.slice(1).map((c) => [c.id.slice(plan.plan.id.length + 1), c.section, c.text])).toEqual([
      ['2-1', '二月园务行政', '1.学习规程和纲要，讨论新学期目标和计划。'],
      ['2-2', '二月园务行政', '2.房舍、设备安全检查。'],
      ['2-1-2', '三月园务行政', '1.召开家长会。'],
      ['2-2-2', '三月园务行政', '2.幼儿体检。'],
      ['2-1-3', '四月份保教工作', '1.开展教研组观摩活动。'],
    ])
  })
})
