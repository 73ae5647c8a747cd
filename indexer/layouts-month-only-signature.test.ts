import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { outlineRows } from '../test/fixtures/layouts/handmade-plan.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })

const PLAN = (date: string) => `海淀区教育委员会2023年工作要点

一、加强党的建设
1.深化理论武装。全年集中学习12次。
二、推进优质均衡
1.扩大学前资源。新增学位500个。

北京市海淀区教育委员会
${date}`

describe('parseDocument on a plan signed with the month alone under the issuer', () => {
  it('reads 2023年2月 and 二〇二三年二月 under the signature as the signature, not as the last clause\'s text', () => {
    // Before: 1.扩大学前资源。新增学位500个。 ⏎ 2023年2月 — the date was indexed as a line of clause 二、1.
    for (const date of ['2023年2月', '二〇二三年二月', '（2023年2月）']) {
      const [plan] = parse(PLAN(date))
      expect(outlineRows(plan)).toEqual([
        ['-1-1', '一加强党的建设', null, 1, '1.深化理论武装。全年集中学习12次。'],
        ['-2-1', '二推进优质均衡', null, 1, '1.扩大学前资源。新增学位500个。'],
      ])
      expect([plan.plan.issuer, plan.plan.year, plan.plan.signDate ?? null]).toEqual(['北京市海淀区教育委员会', 2023, null])
    }
  })

  it('keeps the month-only date out of a plan of unnumbered paragraphs, whose last paragraph it joined as a passage', () => {
    // Before: a passage -p4 reading 2026年1月 under chapter 二.
    const [plan] = parse('湘阴县教育体育局2026年工作计划\n\n一、坚持党建引领\n持续深化理论武装。落实“第一议题”制度。\n二、推进优质均衡\n扩大优质学前资源。新建公办幼儿园2所。\n深化“县管校聘”改革。全年交流轮岗教师不少于120名。\n\n湘阴县教育体育局\n2026年1月')
    expect(plan.clauses.map((c) => c.text)).toEqual([
      '持续深化理论武装。落实“第一议题”制度。',
      '扩大优质学前资源。新建公办幼儿园2所。',
      '深化“县管校聘”改革。全年交流轮岗教师不少于120名。',
    ])
  })

  it('still keeps a month alone on a line inside the numbered text, where a clause lists its timetable', () => {
    const [plan] = parse('某市教育局2024年教育工作要点\n一、加强党的建设\n1.开展专题学习，分两个阶段：\n2024年3月\n动员部署。\n2.加强基层党建。')
    expect(plan.clauses[0].text).toBe('1.开展专题学习，分两个阶段：\n2024年3月\n动员部署。')
  })

  it('keeps a month under the signer that the plan\'s text goes on under (a timetable after the signature) in the last clause', () => {
    // Before: 1.扩大学前资源。新增学位500个。 ⏎ 召开全市教育工作会议 ⏎ 2024年3月 …: the first month was dropped as the signature.
    const [plan] = parse(PLAN('2024年2月\n召开全市教育工作会议\n2024年3月\n开展春季开学检查'))
    expect(plan.clauses.map((c) => c.text)).toEqual([
      '1.深化理论武装。全年集中学习12次。',
      '1.扩大学前资源。新增学位500个。\n2024年2月\n召开全市教育工作会议\n2024年3月\n开展春季开学检查',
    ])
  })

  it('keeps a body\'s name inside a timetable after the clauses, a month above it and one below, as the row\'s unit', () => {
    // Before: 市教育局办公室, the unit of the row above 2024年4月, was dropped as a signer, and no record held it.
    const [plan] = parse('临沂市教育局2024年教育工作要点\n一、加强党的建设\n1.深化理论武装。全年集中学习12次。\n二、工作安排\n2024年3月\n召开全市教育工作会议\n市教育局办公室\n2024年4月\n开展春季开学检查')
    expect([plan.plan.issuer, plan.clauses.map((c) => c.text)]).toEqual([
      '临沂市教育局',
      ['1.深化理论武装。全年集中学习12次。', '2024年3月', '召开全市教育工作会议', '市教育局办公室', '2024年4月', '开展春季开学检查'],
    ])
  })

  it('still reads the month as the signature over a disclosure note and a 版记, or over the plan\'s notes', () => {
    const imprint = parse(PLAN('二〇二三年二月\n（此件公开发布）\n抄送：市委教育工委。\n北京市海淀区教育委员会办公室      2023年2月20日印发'))[0]
    const notes = parse(PLAN('2023年2月\n\n注：①“第一议题”指党委会议的第一项议程。'))[0]
    expect(imprint.clauses.map((c) => c.text)).toEqual(['1.深化理论武装。全年集中学习12次。', '1.扩大学前资源。新增学位500个。'])
    expect(notes.clauses.map((c) => c.text)).toEqual(['1.深化理论武装。全年集中学习12次。', '1.扩大学前资源。新增学位500个。', '注：①“第一议题”指党委会议的第一项议程。'])
  })

  it('keeps a month alone that no signer stands over: the 完成时限 cells of a task table flattened one a line', () => {
    // A month read as a signature wherever it stood dropped these cells (9ee2dcc): 完成时限 went missing from every row.
    const [plan] = parse('某县教育局2024年教育工作要点\n一、加强党的建设\n1.培育党建示范校。培育党建示范校10所。\n2.加强基层党建。创建示范校3所。\n\n某县教育局\n2024年2月\n\n附件\n2024年重点任务分工表\n序号\n重点任务\n牵头单位\n完成时限\n1\n培育党建示范校10所\n机关党委\n2024年12月\n2\n创建示范校3所\n办公室\n2024年11月')
    expect(plan.clauses.map((c) => c.text)).toEqual([
      '1.培育党建示范校。培育党建示范校10所。',
      '2.加强基层党建。创建示范校3所。',
      '1.培育党建示范校10所。牵头单位：机关党委；完成时限：2024年12月。',
      '2.创建示范校3所。牵头单位：办公室；完成时限：2024年11月。',
    ])
  })
})
