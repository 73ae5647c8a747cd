import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A city plan in printed parts: 第三部分 重点任务 over 一、 chapters of （一） clauses, then 第四部分 保障措施 whose
// items start again at 一、 and are each a sentence of their own, nothing numbered under them.
const PLAN = `某市教育局2025年工作要点
第一部分 总体要求
坚持以习近平新时代中国特色社会主义思想为指导，加快建设教育强市。
第二部分 主要目标
全市学前教育毛入园率达到92%以上。
第三部分 重点任务
一、加强党的全面领导
（一）深化理论武装。落实“第一议题”制度。
（二）夯实基层党建。开展党组织书记述职评议。
二、推进基础教育优质均衡
（三）扩大学前教育资源。新建幼儿园5所。
第四部分 保障措施
一、加强组织领导。各单位要成立工作专班，明确责任分工。
二、强化督导考核。将重点任务纳入年度考核。`

function parse(text: string) {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  return plan
}
const outline = (text: string) => {
  const plan = parse(text)
  return plan.clauses.map((c) => [c.id.slice(plan.plan.id.length + 1), c.chapter?.title ?? null, c.number, c.text])
}

describe('parseDocument on a printed part whose items start again at 一、 and are sentences of their own', () => {
  it('reads the part’s 一、 二、 items as its numbered clauses under the part’s title (each was an unnumbered passage under a chapter of its own)', () => {
    expect(outline(PLAN).slice(-3)).toEqual([
      ['p6', null, null, '第四部分 保障措施'],
      ['4-0-1', '保障措施', 1, '一、加强组织领导。各单位要成立工作专班，明确责任分工。'],
      ['4-0-2', '保障措施', 2, '二、强化督导考核。将重点任务纳入年度考核。'],
    ])
  })

  it('keeps the 一、 chapters over clauses in the part above as chapters', () => {
    expect(outline(PLAN).slice(5, 8)).toEqual([
      ['3-1-1', '加强党的全面领导', 1, '（一）深化理论武装。落实“第一议题”制度。'],
      ['3-1-2', '加强党的全面领导', 2, '（二）夯实基层党建。开展党组织书记述职评议。'],
      ['3-2-3', '推进基础教育优质均衡', 3, '（三）扩大学前教育资源。新建幼儿园5所。'],
    ])
  })

  it('counts the part’s items at the clause level of the plan’s levels', () => {
    expect(parse(PLAN).plan.levels).toEqual([
      { marker: '第一部分', role: 'part', count: 4 },
      { marker: '一、', role: 'chapter', count: 2 },
      { marker: '（一）', role: 'clause', count: 5 },
    ])
  })

  it('reads such a part likewise when the plan numbers its clauses 1. and no other part holds a 一、', () => {
    const text = `某市教育局2025年工作要点
第一部分 总体要求
坚持以习近平新时代中国特色社会主义思想为指导，加快建设教育强市。
第二部分 重点任务
1.深化理论武装。落实“第一议题”制度。
2.扩大学前教育资源。新建幼儿园5所。
第三部分 保障措施
一、加强组织领导。各单位要成立工作专班。
二、强化督导考核。将重点任务纳入年度考核。
三、营造良好氛围。加强正面宣传。`
    expect(outline(text).slice(-3)).toEqual([
      ['3-0-1', '保障措施', 1, '一、加强组织领导。各单位要成立工作专班。'],
      ['3-0-2', '保障措施', 2, '二、强化督导考核。将重点任务纳入年度考核。'],
      ['3-0-3', '保障措施', 3, '三、营造良好氛围。加强正面宣传。'],
    ])
  })

  it('keeps a part’s 一、 headings over paragraphs as its chapters', () => {
    const text = PLAN.replace('一、加强组织领导。各单位要成立工作专班，明确责任分工。', '一、加强组织领导\n各单位要成立工作专班，明确责任分工。')
    expect(outline(text).slice(-2)).toEqual([
      ['p7', '加强组织领导', null, '各单位要成立工作专班，明确责任分工。'],
      ['p8', '强化督导考核', null, '二、强化督导考核。将重点任务纳入年度考核。'],
    ])
  })
})
