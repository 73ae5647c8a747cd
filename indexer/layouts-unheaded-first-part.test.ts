import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { chapterLead } from './structure/chapter-number.js'
import type { ClauseRecord } from './types.js'
import { buildOutline } from '../web/src/lib/plan-outline.js'
import { groupParts } from '../web/src/lib/outline-parts.js'

const PLAN = `某市教育局2024年教育工作要点
一、党的建设全面加强
1.全年开展党组理论学习中心组集中学习12次。
二、教育质量稳步提升
1.全市高考本科上线率达到62%。
2024年重点任务
一、加强党的全面领导
1.健全“第一议题”制度，全年集中学习12次以上。
2.开展党纪学习教育。
二、推进基础教育优质均衡
1.新建、改扩建公办幼儿园6所。`

function parse(text: string) {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  return { id: plan.plan.id, clauses: plan.clauses }
}

/** Each record as [id after the plan's id, the lead its citation opens with, chapter title, part, number, text]. */
function rows(text: string) {
  const { id, clauses } = parse(text)
  return clauses.map((c) => [c.id.replace(id, ''), c.chapter && chapterLead(c.chapter), c.chapter?.title ?? null, c.chapter?.part ?? null, c.number, c.text])
}

describe('parseDocument on a plan whose first chapters have no part title and whose later 一、 starts again under a title line alone', () => {
  it('reads 2024年重点任务 as a part of its own, its chapters cited under it, the first chapters in no part, every id its own', () => {
    // Before: 2024年重点任务, its 一、 and that chapter's clause 1 ran into clause 二、1. above (-2-1), its clause 2
    // was filed under the first 二、 (-2-2), and its 二、1. took uniqueId's suffix (-2-1-2).
    expect(rows(PLAN)).toEqual([
      ['-1-1-1', '一、', '党的建设全面加强', null, 1, '1.全年开展党组理论学习中心组集中学习12次。'],
      ['-1-2-1', '二、', '教育质量稳步提升', null, 1, '1.全市高考本科上线率达到62%。'],
      ['-p1', null, null, null, null, '2024年重点任务'],
      ['-2-1-1', '2024年重点任务 一、', '加强党的全面领导', '2024年重点任务', 1, '1.健全“第一议题”制度，全年集中学习12次以上。'],
      ['-2-1-2', '2024年重点任务 一、', '加强党的全面领导', '2024年重点任务', 2, '2.开展党纪学习教育。'],
      ['-2-2-1', '2024年重点任务 二、', '推进基础教育优质均衡', '2024年重点任务', 1, '1.新建、改扩建公办幼儿园6所。'],
    ])
  })

  it('gives the web outline the first chapters ungrouped, then 2024年重点任务 over its own 一、二、, linked to its title line', () => {
    const { id, clauses } = parse(PLAN)
    const groups = groupParts(buildOutline(clauses as ClauseRecord[]))
    expect(groups.map((g) => [g.part, g.title, g.anchor?.replace(id, ''), g.chapters.map((c) => c.title)])).toEqual([
      [null, null, undefined, ['一、党的建设全面加强', '二、教育质量稳步提升', null]],
      ['2024年重点任务', '2024年重点任务', '-p1', ['一、加强党的全面领导', '二、推进基础教育优质均衡']],
    ])
  })

  it('keeps a short last line over chapters that go on (三、) in its clause, the plan read without parts as before', () => {
    const goesOn = PLAN.replace('一、加强党的全面领导', '三、加强党的全面领导').replace('二、推进基础教育优质均衡', '四、推进基础教育优质均衡')
    expect(rows(goesOn).map((r) => [r[0], r[1], r[3], r[5]])).toEqual([
      ['-1-1', '一、', null, '1.全年开展党组理论学习中心组集中学习12次。'],
      ['-2-1', '二、', null, '1.全市高考本科上线率达到62%。\n2024年重点任务'],
      ['-3-1', '三、', null, '1.健全“第一议题”制度，全年集中学习12次以上。'],
      ['-3-2', '三、', null, '2.开展党纪学习教育。'],
      ['-4-1', '四、', null, '1.新建、改扩建公办幼儿园6所。'],
    ])
  })
})
