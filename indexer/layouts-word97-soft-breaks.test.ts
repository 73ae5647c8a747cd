import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on an old Word 97 .doc typed with soft line breaks and typographic quotes', () => {
  it('keeps a soft break a line of its paragraph: after a heading it ends the heading, inside a sentence it is joined again; quotes stay “curly”', async () => {
    const [plan] = await parseHandmade('longnan-2024-word97-soft-breaks.doc')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['-p2', '一全面加强党的建设', null, null, '坚持把党的政治建设摆在首位，全面提升教育系统党建工作质量。'],
      ['-1-1', '一全面加强党的建设', null, 1, '1.深化理论武装。\n健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '一全面加强党的建设', null, 2, '2.加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['-p3', '二推动教育优质均衡', null, null, '以优质均衡为目标，统筹城乡教育资源配置。'],
      ['-2-3', '二推动教育优质均衡', null, 3, '3.扩大学前教育资源。新增公办学位1500个。'],
      ['-2-4', '二推动教育优质均衡', null, 4, '4.推进义务教育优质均衡。新组建教育集团6个。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]).toEqual(['陇南市教育局2024年教育工作要点', '陇南市教育局', '2024-03-06', []])
  })
})
