import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../indexer/parse-document.js'
import { chapterLead } from '../../indexer/structure/chapter-number.js'
import { comparePlans, type CompareSide } from './plan-compare.js'
import type { ChapterRow } from './types.js'

/**
 * 2024: its review of 2023 (第一部分) reuses 2023's task titles, as a review often does, before 2024's tasks (第二部分);
 * each part's chapters count from 一、 again.
 */
const PLAN_2024 = `安康市教育局2024年教育工作要点

第一部分 2023年工作回顾
一、加强党的全面领导
1.全年开展党组理论学习中心组集中学习12次。
二、推进基础教育优质均衡
1.新建、改扩建公办幼儿园6所，新增学位2700个。
三、建设高素质教师队伍
1.招聘教师280名。
第二部分 2024年工作要点
一、加强党的全面领导
1.健全“第一议题”制度，全年集中学习12次以上。
二、推进基础教育优质均衡
1.新建公办幼儿园4所。
`

/** 2025: a short review, then tasks under 2024's titles and one more. */
const PLAN_2025 = `安康市教育局2025年教育工作要点

第一部分 2024年工作回顾
一、党的建设全面加强
1.全年集中学习14次，开展党纪学习教育。
第二部分 2025年工作要点
一、加强党的全面领导
1.健全“第一议题”制度，全年集中学习12次以上。
二、推进基础教育优质均衡
1.新建公办幼儿园3所。
三、建设高素质教师队伍
1.招聘教师300名。
`

function side(text: string): CompareSide {
  const [doc] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  // What the build adds to a parsed record (its display name, when each clause was first indexed) plays no part here.
  return { plan: { ...doc.plan, displayName: doc.plan.title }, clauses: doc.clauses.map((c) => ({ ...c, firstIndexed: '' })), citations: doc.clauses.map(() => '') }
}

/** Each chapter row as [the first plan's chapter, the second's, status], a chapter as its lead and title (第二部分 一、加强党的全面领导). */
const rowsOf = (chapters: ChapterRow[]) => chapters.map((r) => [r.a && chapterLead(r.a) + r.a.title, r.b && chapterLead(r.b) + r.b.title, r.status])
/** The plan's title over its 第二部分's chapters alone: a plan without parts. */
const tasksAlone = (text: string) => `${text.split('\n')[0]}\n\n${text.split(/^第二部分 .*\n/m)[1]}`

describe('comparePlans: chapters', () => {
  it('pairs the chapters of two plans in parts within the same part only: 2024 第二部分 一、 with 2025 第二部分 一、, never with 2025 第一部分 一、', () => {
    // Before: by title alone (then place) 2024's review 第一部分 一、二、三、 paired with 2025's tasks 第二部分 一、二、三、 (kept),
    // and 2024's tasks 第二部分 一、 with 2025's review 第一部分 一、 (reworded).
    expect(rowsOf(comparePlans(side(PLAN_2024), side(PLAN_2025)).chapters)).toEqual([
      ['第一部分 一、加强党的全面领导', '第一部分 一、党的建设全面加强', 'reworded'],
      ['第一部分 二、推进基础教育优质均衡', null, 'dropped'],
      ['第一部分 三、建设高素质教师队伍', null, 'dropped'],
      ['第二部分 一、加强党的全面领导', '第二部分 一、加强党的全面领导', 'kept'],
      ['第二部分 二、推进基础教育优质均衡', '第二部分 二、推进基础教育优质均衡', 'kept'],
      [null, '第二部分 三、建设高素质教师队伍', 'new'],
    ])
  })

  it('pairs by part place, so 第二篇 pairs with 第二部分', () => {
    const rows = rowsOf(comparePlans(side(PLAN_2024.replaceAll('部分', '篇')), side(PLAN_2025)).chapters)
    expect(rows.filter((r) => r[2] === 'kept' || r[2] === 'reworded')).toEqual([
      ['第一篇 一、加强党的全面领导', '第一部分 一、党的建设全面加强', 'reworded'],
      ['第二篇 一、加强党的全面领导', '第二部分 一、加强党的全面领导', 'kept'],
      ['第二篇 二、推进基础教育优质均衡', '第二部分 二、推进基础教育优质均衡', 'kept'],
    ])
  })

  it('keeps two chapters of one number and title in two parts apart', () => {
    // 第一部分 ends and 第二部分 starts with 一、加强党的全面领导: before, the two read as one chapter of 2 clauses.
    const sameTitles = PLAN_2025.replace('一、党的建设全面加强', '一、加强党的全面领导')
    const rows = rowsOf(comparePlans(side(sameTitles), side(sameTitles)).chapters)
    expect(rows).toEqual([
      ['第一部分 一、加强党的全面领导', '第一部分 一、加强党的全面领导', 'kept'],
      ['第二部分 一、加强党的全面领导', '第二部分 一、加强党的全面领导', 'kept'],
      ['第二部分 二、推进基础教育优质均衡', '第二部分 二、推进基础教育优质均衡', 'kept'],
      ['第二部分 三、建设高素质教师队伍', '第二部分 三、建设高素质教师队伍', 'kept'],
    ])
    expect(comparePlans(side(sameTitles), side(sameTitles)).chapters.map((r) => r.a!.clauses)).toEqual([1, 1, 1, 1])
  })

  it('pairs parts by title, not by place: 2024 上篇 回顾 + 下篇 任务 against a 2025 plan of tasks alone pairs the tasks with the tasks', () => {
    // Before: the only part of 2025 took 2024's first part (its review of 2023) by place, so the review's
    // 一、二、三、 paired with 2025's tasks (kept) and 2024's own tasks 下篇 一、二、 were dropped.
    const halves = PLAN_2024.replace('第一部分 2023年工作回顾', '上篇 2023年工作回顾').replace('第二部分 2024年工作要点', '下篇 2024年工作要点')
    const tasks2025 = `${tasksAlone(PLAN_2025).replace('\n\n', '\n\n第一部分 2025年工作要点\n')}`
    expect(rowsOf(comparePlans(side(halves), side(tasks2025)).chapters)).toEqual([
      ['上篇 一、加强党的全面领导', null, 'dropped'],
      ['上篇 二、推进基础教育优质均衡', null, 'dropped'],
      ['上篇 三、建设高素质教师队伍', null, 'dropped'],
      ['下篇 一、加强党的全面领导', '第一部分 一、加强党的全面领导', 'kept'],
      ['下篇 二、推进基础教育优质均衡', '第一部分 二、推进基础教育优质均衡', 'kept'],
      [null, '第一部分 三、建设高素质教师队伍', 'new'],
    ])
    // The other way round, and with the tasks titled otherwise (重点任务): the year in a part's title, read against
    // the plan's year, tells the plan's own tasks (本年) from its review of the year before (上年).
    const otherTitle = tasks2025.replace('2025年工作要点', '2025年重点任务')
    expect(rowsOf(comparePlans(side(otherTitle), side(halves)).chapters)).toEqual([
      [null, '上篇 一、加强党的全面领导', 'new'],
      [null, '上篇 二、推进基础教育优质均衡', 'new'],
      [null, '上篇 三、建设高素质教师队伍', 'new'],
      ['第一部分 一、加强党的全面领导', '下篇 一、加强党的全面领导', 'kept'],
      ['第一部分 二、推进基础教育优质均衡', '下篇 二、推进基础教育优质均衡', 'kept'],
      ['第一部分 三、建设高素质教师队伍', null, 'dropped'],
    ])
  })

  it('pairs a plan without parts, its tasks for its year, with the task part of a plan in parts: 2025 一、二、 with 2024 第二部分 一、二、, 2024 第一部分 only in 2024', () => {
    // Before: by title, then place, 2025's 一、二、三、 paired with 2024's review 第一部分 一、二、三、 (kept) and
    // 2024's own tasks 第二部分 一、二、 were dropped.
    const plain2025 = tasksAlone(PLAN_2025)
    expect(rowsOf(comparePlans(side(PLAN_2024), side(plain2025)).chapters)).toEqual([
      ['第一部分 一、加强党的全面领导', null, 'dropped'],
      ['第一部分 二、推进基础教育优质均衡', null, 'dropped'],
      ['第一部分 三、建设高素质教师队伍', null, 'dropped'],
      ['第二部分 一、加强党的全面领导', '一、加强党的全面领导', 'kept'],
      ['第二部分 二、推进基础教育优质均衡', '二、推进基础教育优质均衡', 'kept'],
      [null, '三、建设高素质教师队伍', 'new'],
    ])
    // The other way round, with 2024's tasks titled 重点任务: 2025's review 第一部分 2024年工作回顾 is only in 2025.
    const plain2024 = tasksAlone(PLAN_2024)
    const tasksTitled = PLAN_2025.replace('2025年工作要点', '2025年重点任务')
    expect(rowsOf(comparePlans(side(plain2024), side(tasksTitled)).chapters)).toEqual([
      [null, '第一部分 一、党的建设全面加强', 'new'],
      ['一、加强党的全面领导', '第二部分 一、加强党的全面领导', 'kept'],
      ['二、推进基础教育优质均衡', '第二部分 二、推进基础教育优质均衡', 'kept'],
      [null, '第二部分 三、建设高素质教师队伍', 'new'],
    ])
  })

  it('pairs a plan without parts by title across all parts where no part is titled with a year', () => {
    // Parts by theme tell nothing of which holds the tasks, so no part is preferred.
    const byTheme = PLAN_2024.replace('第一部分 2023年工作回顾', '第一部分 党建工作').replace('第二部分 2024年工作要点', '第二部分 教育发展')
    expect(rowsOf(comparePlans(side(byTheme), side(tasksAlone(PLAN_2025))).chapters)).toEqual([
      ['第一部分 一、加强党的全面领导', '一、加强党的全面领导', 'kept'],
      ['第一部分 二、推进基础教育优质均衡', '二、推进基础教育优质均衡', 'kept'],
      ['第一部分 三、建设高素质教师队伍', '三、建设高素质教师队伍', 'kept'],
      ['第二部分 一、加强党的全面领导', null, 'dropped'],
      ['第二部分 二、推进基础教育优质均衡', null, 'dropped'],
    ])
  })
})
