import { describe, expect, it } from 'vitest'
import { parseHandmade, recordRows } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a Word plan that sets its typed numbers apart with a tab', () => {
  it('keeps no tab in any record: `1.⇥深化…` reads 1.深化…, also where soft line breaks ran a chapter’s clauses into one paragraph', async () => {
    const [plan] = await parseHandmade('tongchuan-2024-tabs-after-numbers-soft-breaks.docx')
    expect(recordRows(plan)).toEqual([
      [null, null, null, null, '2024年，全市教育工作要坚持稳中求进，推动教育高质量发展。'],
      ['全面加强党的建设', null, 1, null, '1.深化理论武装。全年集中学习12次以上。'],
      ['全面加强党的建设', null, 2, null, '2.加强基层党组织建设。开展党建示范校创建。'],
      ['全面加强党的建设', null, 3, null, '3.落实意识形态工作责任制。'],
      ['推进教育优质均衡', null, 4, null, '4.扩大学前教育资源，新增公办学位1200个。'],
      ['推进教育优质均衡', null, 5, null, '5.推进义务教育优质均衡，新组建教育集团4个。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]).toEqual(['铜川市教育局2024年教育工作要点', '铜川市教育局', '2024-03-04', []])
    expect((plan.plan.chapterClauses ?? []).map((c) => [c.chapter, c.title])).toEqual([['一', '全面加强党的建设'], ['二', '推进教育优质均衡']])
  })
})
