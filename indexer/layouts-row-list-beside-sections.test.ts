/**
 * A plan numbering its clauses （一）（二） under 一、 chapters, with a chapter that lists 1. 2. items of its own under no
 * （一）: a Word, web or Markdown table of projects laid out one row a line (`1.沈家门幼儿园新建工程。责任科室：计财科；…`).
 * Those items are the chapter's list, not a level under （一） that would leave every （一） a section with no clause.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const rows = (text: string) => {
  const [plan] = parseDocument({ file: 'x.md', text, fields: {}, url: null })
  return plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter?.title ?? null, c.section, c.number, c.text])
}

describe('parseDocument on 1. items listed beside the （一） clauses, under no （一）', () => {
  it('keeps （一）–（四） the clauses and reads a table’s rows laid out 1. 2. under 三、重点项目 as its passages', () => {
    expect(rows(`舟山市普陀区教育局2024年工作要点
一、加强党建引领
（一）深化理论武装。落实“第一议题”制度，全年集中学习12次。
（二）夯实基层党建。培育党建示范校6所。
二、推进优质均衡
（三）扩大学前教育资源。新建幼儿园1所，新增学位270个。
（四）深化海岛教共体建设。推动桃花镇、六横镇学校与城区学校结对。
三、重点项目
1.沈家门幼儿园新建工程。责任科室：计财科；完成时间：2024年8月。
2.六横中学改造工程。责任科室：计财科；完成时间：2024年12月。`)).toEqual([
      ['-1-1', '加强党建引领', null, 1, '（一）深化理论武装。落实“第一议题”制度，全年集中学习12次。'],
      ['-1-2', '加强党建引领', null, 2, '（二）夯实基层党建。培育党建示范校6所。'],
      ['-2-3', '推进优质均衡', null, 3, '（三）扩大学前教育资源。新建幼儿园1所，新增学位270个。'],
      ['-2-4', '推进优质均衡', null, 4, '（四）深化海岛教共体建设。推动桃花镇、六横镇学校与城区学校结对。'],
      ['-p1', '重点项目', null, null, '1.沈家门幼儿园新建工程。责任科室：计财科；完成时间：2024年8月。'],
      ['-p2', '重点项目', null, null, '2.六横中学改造工程。责任科室：计财科；完成时间：2024年12月。'],
    ])
  })

  it('still numbers the clauses 1. where they outnumber （一） headings of one chapter (（一）指导思想 （二）工作目标)', () => {
    expect(rows(`某县教育局2024年教育工作要点
一、总体要求
（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导。
（二）工作目标。学前教育毛入园率达到92%。
二、重点任务
1.深化理论武装。健全“第一议题”制度。
2.扩大学前教育资源。新增学位600个。
3.加强师德师风建设。开展专题教育。`).map((r) => [r[0], r[3]])).toEqual([
      ['-p1', null], ['-p2', null], ['-2-1', 1], ['-2-2', 2], ['-2-3', 3],
    ])
  })
})
