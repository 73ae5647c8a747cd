import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A city plan in printed parts: 第二部分 重点任务 over （一） sections of 1. clauses, then 第三部分 保障措施 over 一、
// headings, the plan's first 一、 after every 1. clause.
const PLAN = `某市教育局2025年工作要点
第一部分 总体要求
坚持以习近平新时代中国特色社会主义思想为指导，加快建设教育强市。
第二部分 重点任务
（一）加强党的全面领导
1.深化理论武装。落实“第一议题”制度。
2.夯实基层党建。开展党组织书记述职评议。
（二）推进基础教育优质均衡
3.扩大学前教育资源。新建幼儿园5所。
第三部分 保障措施
一、加强组织领导
各单位要成立工作专班，明确责任分工。
二、强化督导考核
将重点任务纳入年度考核。`

describe('parseDocument on a printed part of （一） sections over 1. clauses before a part of 一、 chapters', () => {
  it('reads the 1. items as the clauses of the （一） sections (the sections were clauses holding them, read as a list before chapter 一)', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: PLAN, fields: {}, url: null })
    expect(plan.clauses.map((c) => [c.id.slice(plan.plan.id.length + 1), c.chapter?.title ?? null, c.section, c.number, c.text])).toEqual([
      ['p1', null, null, null, '第一部分 总体要求'],
      ['p2', '总体要求', null, null, '坚持以习近平新时代中国特色社会主义思想为指导，加快建设教育强市。'],
      ['p3', null, null, null, '第二部分 重点任务'],
      ['2-0-1', '重点任务', '（一）加强党的全面领导', 1, '1.深化理论武装。落实“第一议题”制度。'],
      ['2-0-2', '重点任务', '（一）加强党的全面领导', 2, '2.夯实基层党建。开展党组织书记述职评议。'],
      ['2-0-3', '重点任务', '（二）推进基础教育优质均衡', 3, '3.扩大学前教育资源。新建幼儿园5所。'],
      ['p4', null, null, null, '第三部分 保障措施'],
      ['p5', '加强组织领导', null, null, '各单位要成立工作专班，明确责任分工。'],
      ['p6', '强化督导考核', null, null, '将重点任务纳入年度考核。'],
    ])
  })

  it('still reads a list before chapter 一 under no （一） as the preamble’s, the （一） items numbering the clauses', () => {
    const text = `某市教育局2025年工作要点
2025年主要目标是：
1.学前教育毛入园率达到92%。
2.义务教育巩固率达到99%。
一、加强党的全面领导
（一）深化理论武装。落实“第一议题”制度。
（二）夯实基层党建。开展党组织书记述职评议。
二、推进基础教育优质均衡
（三）扩大学前教育资源。新建幼儿园5所。`
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    expect(plan.clauses.map((c) => [c.chapter?.number ?? null, c.number, c.text])).toEqual([
      [null, null, '2025年主要目标是：'],
      [null, null, '1.学前教育毛入园率达到92%。'],
      [null, null, '2.义务教育巩固率达到99%。'],
      ['一', 1, '（一）深化理论武装。落实“第一议题”制度。'],
      ['一', 2, '（二）夯实基层党建。开展党组织书记述职评议。'],
      ['二', 3, '（三）扩大学前教育资源。新建幼儿园5所。'],
    ])
  })
})
