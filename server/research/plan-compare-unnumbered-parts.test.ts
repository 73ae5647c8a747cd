import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../indexer/parse-document.js'
import { chapterLead } from '../../indexer/structure/chapter-number.js'
import { comparePlans, partTitles, type CompareSide } from './plan-compare.js'
import type { ChapterRow } from './types.js'

/** Parts headed by their titles alone: a review of 2023 reusing the task titles, then 2024's tasks from 一、 again. */
const UNNUMBERED = `安康市教育局2024年教育工作要点
2023年工作回顾
一、加强党的全面领导
1.全年开展党组理论学习中心组集中学习12次。
二、推进基础教育优质均衡
1.新建、改扩建公办幼儿园6所，新增学位2700个。
2024年重点任务
一、党的建设全面加强
1.健全“第一议题”制度，全年集中学习12次以上。
二、教育质量稳步提升
1.全市高考本科上线率达到62%。`

/** The same year's tasks alone, printed as a part of their own (第一部分 2024年工作要点). */
const PRINTED = `汉中市教育局2024年教育工作要点
第一部分 2024年工作要点
一、党的建设全面加强
1.健全“第一议题”制度，全年集中学习14次以上。
二、教育质量稳步提升
1.全市高考本科上线率达到65%。
三、建设高素质教师队伍
1.招聘教师300名。`

function side(text: string): CompareSide {
  const [doc] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  // What the build adds to a parsed record (its display name, when each clause was first indexed) plays no part here.
  return { plan: { ...doc.plan, displayName: doc.plan.title }, clauses: doc.clauses.map((c) => ({ ...c, firstIndexed: '' })), citations: doc.clauses.map(() => '') }
}

/** Each chapter row as [the first plan's chapter, the second's, status], a chapter as its lead and title. */
const rowsOf = (chapters: ChapterRow[]) => chapters.map((r) => [r.a && chapterLead(r.a) + r.a.title, r.b && chapterLead(r.b) + r.b.title, r.status])

describe('comparePlans on a plan whose parts are printed as their titles alone', () => {
  it('reads each such part as titled by its own name, and a printed part by what follows its marker', () => {
    expect([...partTitles(side(UNNUMBERED).clauses)]).toEqual([
      ['2023年工作回顾', '2023年工作回顾'],
      ['2024年重点任务', '2024年重点任务'],
    ])
    expect([...partTitles(side(PRINTED).clauses)]).toEqual([['第一部分', '2024年工作要点']])
  })

  it('pairs the tasks (2024年重点任务) with the other plan’s 第一部分 2024年工作要点, the review of 2023 with nothing', () => {
    // Before: both titles read as empty, so the parts paired by place: the review's 一、 with 第一部分 一、 (reworded),
    // both chapters under 2024年重点任务 dropped and 第一部分 二、三、 new. Read as titles, 上年工作回顾 still shares
    // more (年工作) with 本年工作要点 than 本年重点任务 does: the year each title names decides first.
    expect(rowsOf(comparePlans(side(UNNUMBERED), side(PRINTED)).chapters)).toEqual([
      ['2023年工作回顾 一、加强党的全面领导', null, 'dropped'],
      ['2023年工作回顾 二、推进基础教育优质均衡', null, 'dropped'],
      ['2024年重点任务 一、党的建设全面加强', '第一部分 一、党的建设全面加强', 'kept'],
      ['2024年重点任务 二、教育质量稳步提升', '第一部分 二、教育质量稳步提升', 'kept'],
      [null, '第一部分 三、建设高素质教师队伍', 'new'],
    ])
    expect(rowsOf(comparePlans(side(PRINTED), side(UNNUMBERED)).chapters)).toEqual([
      [null, '2023年工作回顾 一、加强党的全面领导', 'new'],
      [null, '2023年工作回顾 二、推进基础教育优质均衡', 'new'],
      ['第一部分 一、党的建设全面加强', '2024年重点任务 一、党的建设全面加强', 'kept'],
      ['第一部分 二、教育质量稳步提升', '2024年重点任务 二、教育质量稳步提升', 'kept'],
      ['第一部分 三、建设高素质教师队伍', null, 'dropped'],
    ])
  })
})
