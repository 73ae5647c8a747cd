import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a clause that is a title alone over points numbered 1. like the clauses (2.实施党建“五大行动” over 1. 2. 3.)', () => {
  it('keeps the points inside their clause, the clauses numbered 1–5 with no repeat', () => {
    const [plan] = parseHandmadeText('fuxin-2024-clause-title-over-own-points.txt')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['-1-1', '一全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '一全面加强党的建设', null, 2, '2.实施党建“五大行动”\n1.实施铸魂行动。开展主题教育，推进理论宣讲进校园。\n2.实施强基行动。建强基层党组织，选优配强党组织书记。\n3.实施育人行动。推进思政课一体化建设。'],
      ['-1-3', '一全面加强党的建设', null, 3, '3.推进清廉学校建设。完善廉洁风险防控制度。'],
      ['-2-4', '二推动教育优质均衡发展', null, 4, '4.扩大学前教育资源。新增公办学位2000个。'],
      ['-2-5', '二推动教育优质均衡发展', null, 5, '5.推进义务教育优质均衡。新组建教育集团5个。'],
    ])
    expect([plan.clauses[2].heading, plan.plan.warnings]).toEqual(['实施党建“五大行动”', []])
  })
})

describe('parseDocument on two clauses in a row that are each a title alone over their own points 1. 2. (3.)', () => {
  it('reads the second as the next clause over its points, not as a point of the first: clauses 1–5, no repeat', () => {
    const text = [
      '某市教育局2024年教育工作要点',
      '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。',
      '一、全面加强党的建设',
      '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。',
      '2.实施党建“两大行动”',
      '1.实施铸魂行动。开展主题教育，推进理论宣讲进校园。',
      '2.实施强基行动。建强基层党组织，选优配强党组织书记。',
      '3.推进清廉学校建设',
      '1.完善廉洁风险防控制度。',
      '2.强化日常监督。',
      '3.开展警示教育。',
      '4.加强师德师风建设。完善师德考核制度。',
      '二、推动教育优质均衡发展',
      '5.扩大学前教育资源。新增公办学位2000个。',
    ].join('\n')
    const [plan] = parseDocument({ file: 'a.txt', text, fields: {}, url: null })
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['-1-1', '一全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '一全面加强党的建设', null, 2, '2.实施党建“两大行动”\n1.实施铸魂行动。开展主题教育，推进理论宣讲进校园。\n2.实施强基行动。建强基层党组织，选优配强党组织书记。'],
      ['-1-3', '一全面加强党的建设', null, 3, '3.推进清廉学校建设\n1.完善廉洁风险防控制度。\n2.强化日常监督。\n3.开展警示教育。'],
      ['-1-4', '一全面加强党的建设', null, 4, '4.加强师德师风建设。完善师德考核制度。'],
      ['-2-5', '二推动教育优质均衡发展', null, 5, '5.扩大学前教育资源。新增公办学位2000个。'],
    ])
    expect([plan.clauses[3].heading, plan.plan.warnings]).toEqual(['推进清廉学校建设', []])
  })
})
