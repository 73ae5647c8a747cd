import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on chapters numbered by a numeral and a full-width space, no 、 (一　全面加强党的建设)', () => {
  it('reads 一 二 三 as the chapters’ numbers and the words after the space as their titles', () => {
    const [plan] = parseHandmadeText('pingliang-2024-chapter-numbers-with-space.txt')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育工作要坚持稳中求进，推动教育高质量发展。'],
      ['-1-1', '一全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '一全面加强党的建设', null, 2, '2.加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['-2-3', '二推动教育优质均衡发展', null, 3, '3.扩大学前教育资源。新增公办学位2000个。'],
      ['-2-4', '二推动教育优质均衡发展', null, 4, '4.推进义务教育优质均衡。新组建教育集团5个。'],
      ['-3-5', '三建设高素质教师队伍', null, 5, '5.加强师德师风建设。开展师德师风专题教育。'],
    ])
    expect((plan.plan.chapterClauses ?? []).map((c) => [c.chapter, c.title, c.clauses])).toEqual([['一', '全面加强党的建设', 2], ['二', '推动教育优质均衡发展', 2], ['三', '建设高素质教师队伍', 1]])
    expect(plan.plan.warnings).toEqual([])
  })
})
