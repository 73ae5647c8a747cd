import { describe, expect, it } from 'vitest'
import { headingRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a notice issuing two plans by name, its 附件1 and 附件2, its list of attachments over two lines', () => {
  it('reads two plans, each issued and dated by the notice, 附件2 in neither (one plan of six clauses before, issued by no one)', () => {
    const plans = parseHandmadeText('shangrao-2024-notice-issuing-two-plans.txt')
    expect(plans.map((p) => [p.plan.title, p.plan.issuer, p.plan.signDate, p.plan.source.partOf?.index, p.plan.source.partOf?.count])).toEqual([
      ['上饶市2024年教育工作要点', '上饶市教育局', '2024-02-27', 1, 2],
      ['上饶市2024年教育系统党建工作要点', '上饶市教育局', '2024-02-27', 2, 2],
    ])
    expect(headingRows(plans[0])).toEqual([
      ['-1-1', '一', 1, '扩大学前教育资源', '1.扩大学前教育资源。新增公办学位3000个。'],
      ['-1-2', '一', 2, '推进集团化办学', '2.推进集团化办学。组建教育集团10个。'],
      ['-2-3', '二', 3, '加强师德师风建设', '3.加强师德师风建设。开展师德专题教育。'],
    ])
    expect(headingRows(plans[1])).toEqual([
      ['-1-1', '一', 1, '深化理论武装', '1.深化理论武装。健全“第一议题”制度。'],
      ['-1-2', '一', 2, '落实意识形态工作责任制', '2.落实意识形态工作责任制。加强阵地管理。'],
      ['-2-3', '二', 3, '推进党组织领导的校长负责制', '3.推进党组织领导的校长负责制。完善议事规则。'],
    ])
  })
})
