import { describe, expect, it } from 'vitest'
import { parseHandmade, recordRows } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a web page that prints the plan’s interpretation and download links after it', () => {
  it('ends the plan at its last clause: the 政策解读 article with its own 一、二、三、 items makes no chapter and runs into no clause, and the 附件下载 link is the plan’s attachment list', async () => {
    const plans = await parseHandmade('sanmenxia-2024-plan-then-interpretation.html')
    expect(plans).toHaveLength(1)
    const [plan] = plans
    expect(recordRows(plan)).toEqual([
      [null, null, null, null, '2024年，全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，深入实施科教兴市战略。'],
      ['加强党的全面领导', null, 1, null, '1.深化理论学习。健全“第一议题”制度，全年开展集中学习12次以上。'],
      ['加强党的全面领导', null, 2, null, '2.加强意识形态工作。落实意识形态工作责任制，每半年开展一次专题研判。'],
      ['推动基础教育优质均衡发展', null, 3, null, '3.扩大普惠性学前教育资源。新建、改扩建公办幼儿园6所。'],
      ['推动基础教育优质均衡发展', null, 4, null, '4.推进义务教育优质均衡。新组建紧密型教育集团5个。'],
      ['建设高素质教师队伍', null, 5, null, '5.加强师德师风建设。开展师德师风专题教育月活动。'],
      [null, null, null, null, '附件：2024年教育工作要点.docx'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.docNumber, plan.plan.publishDate, plan.plan.warnings]).toEqual([
      '三门峡市教育局2024年教育工作要点', '三门峡市教育局', '三教〔2024〕12号', '2024-03-08', [],
    ])
    expect((plan.plan.chapterClauses ?? []).map((c) => c.chapter)).toEqual(['一', '二', '三'])
  })
})
