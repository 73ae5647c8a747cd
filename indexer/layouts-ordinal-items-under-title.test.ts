/**
 * A clause printed as its numbered title alone, its tasks on the lines under it as 一是… 二是… (`（二）推进义务教育
 * 优质均衡。` over `一是深化城乡教共体建设…；` `二是…。`): the items are the clause's text, as under a title that
 * leads into them with a colon, not passages that leave the clause a bare title.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const rows = (text: string) => {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  return plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.heading, c.text])
}

describe('parseDocument on clauses that are their title alone over 一是… 二是… items', () => {
  it('keeps the items in the clause under a title ending in 。, and under one with no stop', () => {
    expect(rows(`诸暨市教育体育局2024年工作要点
一、加快推进教育优质均衡
（一）推进学前教育普惠发展。新建、改扩建幼儿园5所。
（二）推进义务教育优质均衡。
一是深化城乡教共体建设，实现乡村学校全覆盖；
二是推进“小而优”乡村学校建设。
二、全面提升育人质量
（三）深化课程教学改革
一是推进新课标落地实施；
二是开展课堂教学改革试点学校20所。`)).toEqual([
      ['-1-1', '推进学前教育普惠发展', '（一）推进学前教育普惠发展。新建、改扩建幼儿园5所。'],
      ['-1-2', '推进义务教育优质均衡', '（二）推进义务教育优质均衡。\n一是深化城乡教共体建设，实现乡村学校全覆盖；\n二是推进“小而优”乡村学校建设。'],
      ['-2-3', '深化课程教学改革', '（三）深化课程教学改革\n一是推进新课标落地实施；\n二是开展课堂教学改革试点学校20所。'],
    ])
  })

  it('leaves 一是 under a clause that says something of its own (no colon leading into it) a passage', () => {
    expect(rows(`某县教育局2024年教育工作要点
一、全面加强党的建设
1.深化理论武装。健全“第一议题”制度。
一是推进党组织领导的校长负责制。`)).toEqual([
      ['-1-1', '深化理论武装', '1.深化理论武装。健全“第一议题”制度。'],
      ['-p1', '一是推进党组织领导的校长负责制', '一是推进党组织领导的校长负责制。'],
    ])
  })
})
