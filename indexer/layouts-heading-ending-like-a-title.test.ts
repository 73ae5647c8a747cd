import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A plan that numbers nothing is searched for its title in its first twelve lines, and the last line there that ends
// like a title (…安排, …方案, …计划) was taken: a chapter heading such as 具体工作安排 became the plan's title, every
// line above it the plan's head, out of the index.
const PLAN = `某幼儿园秋季学期园务工作计划
指导思想
坚持保教结合，促进幼儿全面发展。
主要措施
加强教师队伍建设，组织园本培训。
具体工作安排
九月份：
新生入园适应工作。
十月份：
秋季幼儿体检。`

describe('parseDocument on an unnumbered plan with a heading that ends like a title', () => {
  it('keeps the plan’s own title and reads the heading as a chapter under it', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: PLAN, fields: {}, url: null })
    expect(plan.plan.title).toBe('某幼儿园秋季学期园务工作计划')
    expect(plan.clauses.map((c) => [c.chapter?.title ?? null, c.section, c.text])).toEqual([
      ['指导思想', null, '坚持保教结合，促进幼儿全面发展。'],
      ['主要措施', null, '加强教师队伍建设，组织园本培训。'],
      ['具体工作安排', '九月份', '新生入园适应工作。'],
      ['具体工作安排', '十月份', '秋季幼儿体检。'],
    ])
  })

  it('still takes the title below a site’s section word that ends like one', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: `工作计划\n某小学2025年春季学期工作计划\n一、指导思想\n坚持立德树人。`, fields: {}, url: null })
    expect(plan.plan.title).toBe('某小学2025年春季学期工作计划')
  })
})

describe('parseDocument on a page head whose separators a GBK copy turned into ?', () => {
  // GBK has no no-break space: a page saved as GBK writes `?` for each, and its breadcrumb reads `首页?>?信息公开`.
  it('reads no sentence in the breadcrumb and takes the title printed again below it', () => {
    const text = `2020年全市教育工作要点\n无障碍浏览\n首页?>?政府信息公开?>?规划信息\n\n2020年全市教育工作要点\n\n发布时间 : 2020-02-17\n\n一、加强党的建设\n1.深化理论武装。全面学习贯彻党的二十大精神。`
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    expect(plan.plan.title).toBe('2020年全市教育工作要点')
    expect(plan.clauses.map((c) => [c.chapter?.number ?? null, c.number, c.text])).toEqual([
      ['一', 1, '1.深化理论武装。全面学习贯彻党的二十大精神。'],
    ])
  })
})
