import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { outlineRows } from '../test/fixtures/layouts/handmade-plan.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })

describe('parseDocument on chapters whose title ends in a colon and runs on into its first clause on the same line', () => {
  it('reads 一、全面加强党的建设：1.强化政治引领。… as chapter 一 over clause 1, as it reads the title ended by 。', () => {
    // Before: each chapter's clause 1 was a passage holding the chapter line (-p1, -p2, -p3), with numbering_gap and
    // numbering_repeat warnings and 3 clauses counted of 6.
    const [plan] = parse(`益阳市赫山区教育局2024年工作要点
一、全面加强党的建设：1.强化政治引领。坚持“第一议题”制度，全年集中学习12次以上。
2.夯实基层基础。推进党组织标准化规范化建设，达标率100%。
二、推进基础教育扩优提质：1.发展学前教育。新增公办学位1200个。
2.均衡发展义务教育。组建教育集团6个。
三、加强教师队伍建设：１．加强师德师风建设。落实师德失范“一票否决”。
２．优化教师资源配置。全年招聘教师300名。`)
    expect(outlineRows(plan)).toEqual([
      ['-1-1', '一全面加强党的建设', null, 1, '1.强化政治引领。坚持“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '一全面加强党的建设', null, 2, '2.夯实基层基础。推进党组织标准化规范化建设，达标率100%。'],
      ['-2-1', '二推进基础教育扩优提质', null, 1, '1.发展学前教育。新增公办学位1200个。'],
      ['-2-2', '二推进基础教育扩优提质', null, 2, '2.均衡发展义务教育。组建教育集团6个。'],
      ['-3-1', '三加强教师队伍建设', null, 1, '１．加强师德师风建设。落实师德失范“一票否决”。'],
      ['-3-2', '三加强教师队伍建设', null, 2, '２．优化教师资源配置。全年招聘教师300名。'],
    ])
    expect([plan.plan.clauseCount, plan.plan.warnings]).toEqual([6, []])
  })

  it('still reads a ratio or a time before a number as no clause (1:1.5, 10:30.)', () => {
    const [plan] = parse('某市教育局2024年教育工作要点\n一、加强保障\n1.优化配置。师生比达到1:1.5以上，每日10:30.开展大课间活动。\n2.加大投入。')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([['-1-1', '一加强保障', null, 1], ['-1-2', '一加强保障', null, 2]])
  })
})
