import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { outlineRows, parseHandmade, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on items numbered by a digit and a space, no stop (1　深化理论武装)', () => {
  it('reads `1　` items under 一、 chapters and （一） sections as the plan’s clauses, printed as they stand', () => {
    const [plan] = parseHandmadeText('jinzhong-2024-digit-ideographic-space-clauses.txt')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育工作要坚持稳中求进，推动教育高质量发展。'],
      ['-1-1', '一全面加强党的建设', '（一）强化政治引领', 1, '1　深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '一全面加强党的建设', '（一）强化政治引领', 2, '2　加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['-1-3', '一全面加强党的建设', '（二）加强思想政治教育', 3, '3　推进大中小学思政课一体化建设。建设思政课名师工作室10个。'],
      ['-2-4', '二推动教育优质均衡发展', null, 4, '4　扩大学前教育资源。新增公办学位2000个，建成3所公办幼儿园。'],
      ['-2-5', '二推动教育优质均衡发展', null, 5, '5　推进义务教育优质均衡。新组建教育集团5个。'],
    ])
    expect(plan.clauses.map((c) => c.heading).slice(1)).toEqual(['深化理论武装', '加强基层党组织建设', '推进大中小学思政课一体化建设', '扩大学前教育资源', '推进义务教育优质均衡'])
    expect([plan.plan.levels, plan.plan.warnings]).toEqual([
      [{ marker: '一、', role: 'chapter', count: 2 }, { marker: '（一）', role: 'section', count: 2 }, { marker: '1.', role: 'clause', count: 5 }], [],
    ])
  })

  it('reads `1　` title lines over （1） items as numbered chapters', () => {
    const [plan] = parseHandmadeText('yuncheng-2024-digit-space-chapters.txt')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-1-1', '1全面加强党的建设', null, 1],
      ['-1-2', '1全面加强党的建设', null, 2],
      ['-2-1', '2推动教育优质均衡发展', null, 1],
      ['-2-2', '2推动教育优质均衡发展', null, 2],
      ['-3-1', '3建设高素质教师队伍', null, 1],
    ])
    expect(plan.plan.levels).toEqual([{ marker: '1.', role: 'chapter', count: 3 }, { marker: '（1）', role: 'clause', count: 5 }])
  })

  it('reads a Word list drawn `%2` and a tab, no stop, under 一、 chapters: clauses from 1 again in each', async () => {
    const [plan] = await parseHandmade('dandong-2024-list-numbers-tab-no-stop.docx')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['-1-1', '一全面加强党的建设', null, 1, '1 深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '一全面加强党的建设', null, 2, '2 加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['-2-1', '二推动教育优质均衡发展', null, 1, '1 扩大学前教育资源。新增公办学位2000个。'],
      ['-2-2', '二推动教育优质均衡发展', null, 2, '2 推进义务教育优质均衡。新组建教育集团5个。'],
      ['-2-3', '二推动教育优质均衡发展', null, 3, '3 推进县域普通高中发展。实施县中振兴计划。'],
    ])
  })

  it('reads a tab after the number as the same space, and a quantity or a table row after a number as no item', () => {
    const text = [
      '晋中市2024年教育工作要点', '一、全面加强党的建设', '1\t深化理论武装。健全“第一议题”制度。', '2\t加强基层党组织建设。全年培训书记',
      '3 所学校开展试点。', '附件', '重点任务分工表', '序号 重点任务 牵头单位 完成时限', '1 深化理论武装 机关党委 2024年12月',
    ].join('\n')
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    expect(plan.clauses.map((c) => [c.number, c.text])).toEqual([
      [1, '1 深化理论武装。健全“第一议题”制度。'],
      [2, '2 加强基层党组织建设。全年培训书记3所学校开展试点。'],
      [null, '序号 重点任务 牵头单位 完成时限'],
      [null, '1 深化理论武装 机关党委 2024年12月'],
    ])
  })

  it('joins a wrapped line that opens with a spaced quantity (4 大行动, 5 场, 5 支) to its clause, closing up 5场 and 5支 once joined, and keeps 大力 as a clause opener', () => {
    const text = [
      '某市教育局2024年教育工作要点', '一、加强党的建设', '1.深化理论武装。组织学习。', '2.加强基层党建。命名示范校。',
      '3.推进清廉学校建设。全面实施', '4 大行动计划，持续推进。', '4.推进作风建设。组织', '5 场专题培训，建设', '5 支队伍。', '5.开展调研。',
    ].join('\n')
    const [plan] = parseDocument({ file: 'a.txt', text, fields: {}, url: null })
    expect(plan.clauses.map((c) => [c.number, c.text])).toEqual([
      [1, '1.深化理论武装。组织学习。'],
      [2, '2.加强基层党建。命名示范校。'],
      [3, '3.推进清廉学校建设。全面实施4 大行动计划，持续推进。'],
      [4, '4.推进作风建设。组织5场专题培训，建设5支队伍。'],
      [5, '5.开展调研。'],
    ])
    const [bare] = parseDocument({ file: 'b.txt', text: ['某市教育局2024年教育工作要点', '1　大力发展职业教育。', '2　处理好减负与提质的关系。'].join('\n'), fields: {}, url: null })
    expect(bare.clauses.map((c) => c.number)).toEqual([1, 2])
  })
})
