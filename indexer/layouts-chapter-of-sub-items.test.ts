import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A plan numbering its clauses 1. 2. from 1 again in every chapter, with one chapter that lists （1）（2）（3） instead:
// under no clause, the （1） items were paragraphs of their chapter, cited 第1段 rather than by their numbers.
const PLAN = `某县教育局2024年教育工作要点
一、加强党的建设
1.深化理论武装。落实“第一议题”制度，全年集中学习12次。
2.夯实基层党建。培育党建示范校6所。
二、推进优质均衡
1.扩大学前教育资源。新建幼儿园1所，新增学位270个。
（1）新建城南幼儿园。
2.深化集团化办学。新组建教育集团3个。
三、保障措施
（1）加强组织领导。成立工作专班，定期调度。
（2）强化督导考核。将重点任务纳入年度考核。`

function outline(text: string) {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  return plan.clauses.map((c) => [c.id.slice(plan.plan.id.length), c.chapter?.title ?? null, c.number ?? null, c.text])
}

describe('parseDocument on a chapter whose only items are （1）（2） beside chapters of 1. 2. clauses', () => {
  it('reads the chapter’s （1）（2） as its clauses, a clause’s own （1） staying in it', () => {
    expect(outline(PLAN)).toEqual([
      ['-1-1', '加强党的建设', 1, '1.深化理论武装。落实“第一议题”制度，全年集中学习12次。'],
      ['-1-2', '加强党的建设', 2, '2.夯实基层党建。培育党建示范校6所。'],
      ['-2-1', '推进优质均衡', 1, '1.扩大学前教育资源。新建幼儿园1所，新增学位270个。\n（1）新建城南幼儿园。'],
      ['-2-2', '推进优质均衡', 2, '2.深化集团化办学。新组建教育集团3个。'],
      ['-3-1', '保障措施', 1, '（1）加强组织领导。成立工作专班，定期调度。'],
      ['-3-2', '保障措施', 2, '（2）强化督导考核。将重点任务纳入年度考核。'],
    ])
  })

  it('reads them so in the first chapter too', () => {
    const text = '某县教育局2024年教育工作要点\n一、总体要求\n（1）指导思想。坚持立德树人。\n（2）工作目标。学前教育毛入园率达到92%。\n二、重点任务\n1.深化理论武装。\n2.扩大学前教育资源。\n三、保障措施\n1.加强组织领导。'
    expect(outline(text).map((r) => [r[0], r[2]])).toEqual([['-1-1', 1], ['-1-2', 2], ['-2-1', 1], ['-2-2', 2], ['-3-1', 1]])
  })

  it('reads them so where the plan counts its clauses on through the chapters (layouts-chapter-items-in-run-on-plan)', () => {
    const text = '某县教育局2024年教育工作要点\n一、加强党的建设\n1.深化理论武装。\n2.夯实基层党建。\n二、推进优质均衡\n3.扩大学前教育资源。\n三、保障措施\n（1）加强组织领导。\n（2）强化督导考核。'
    expect(outline(text).map((r) => [r[0], r[2]])).toEqual([['-1-1', 1], ['-1-2', 2], ['-2-3', 3], ['-3-1', 1], ['-3-2', 2]])
  })
})
