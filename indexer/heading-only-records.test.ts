import { describe, expect, it } from 'vitest'
import { planId } from './ids.js'
import { parseDocument } from './parse-document.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })
const TITLE = '某市教育局2024年教育工作要点'

describe('a heading-only record (a chapter or section printed with nothing under it) changes no id a plan had', () => {
  it('hashes a cityless plan by the headings of its real clauses: 二、推进改革 among the first three is skipped', () => {
    const [plan] = parse(`${TITLE}\n一、加强党的全面领导\n1.健全制度。\n二、推进改革\n三、强化保障\n1.加大投入。\n2.加强督导。\n3.强化考核。`)
    expect(plan.plan.city).toBe(null)
    expect(plan.clauses.map((c) => [c.heading, c.headingOnly])).toEqual([
      ['健全制度', undefined], ['推进改革', true], ['加大投入', undefined], ['加强督导', undefined], ['强化考核', undefined],
    ])
    const withoutFeature = planId({ city: null, year: 2024, title: TITLE, firstHeadings: ['健全制度', '加大投入', '加强督导'] })
    expect(plan.plan.id).toBe(withoutFeature)
    expect(plan.plan.id).not.toBe(planId({ city: null, year: 2024, title: TITLE, firstHeadings: ['健全制度', '推进改革', '加大投入'] }))
    expect(plan.clauses.map((c) => c.id.replace(plan.plan.id, ''))).toEqual(['-1-1', '-2-', '-3-1', '-3-2', '-3-3'])
  })

  it('keeps the plan record as it was: clause counts, clauses per chapter and warnings leave the heading-only record out', () => {
    const [plan] = parse(`${TITLE}\n一、加强党的全面领导\n1.健全制度。\n二、推进改革\n三、强化保障\n2.加大投入。\n四、其他`)
    expect([plan.plan.clauseCount, plan.plan.outlineOnlyCount, plan.plan.passageCount]).toEqual([2, 0, 0])
    expect(plan.plan.chapterClauses).toEqual([{ chapter: '一', title: '加强党的全面领导', clauses: 1 }, { chapter: '三', title: '强化保障', clauses: 1 }])
    expect(plan.plan.warnings).toEqual([])
    expect(plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.number, c.text, c.outlineOnly])).toEqual([
      ['-1-1', 1, '1.健全制度。', false],
      ['-2-', null, '二、推进改革', false],
      ['-3-2', 2, '2.加大投入。', false],
      ['-4-', null, '四、其他', false],
    ])
  })

  it('numbers the passages -p<k> as before: a heading-only record is no passage', () => {
    const [plan] = parse(`${TITLE}\n为做好全年工作，制定本要点。\n一、总体要求\n坚持稳中求进。\n二、推进改革\n三、强化保障\n1.加大投入。\n2.加强督导。\n四、工作要求\n抓好落实。`)
    expect(plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.paragraph, c.text])).toEqual([
      ['-p1', undefined, '为做好全年工作，制定本要点。'],
      ['-p2', 1, '坚持稳中求进。'],
      ['-2-', undefined, '二、推进改革'],
      ['-3-1', undefined, '1.加大投入。'],
      ['-3-2', undefined, '2.加强督导。'],
      ['-p3', 1, '抓好落实。'],
    ])
  })

  it('gives no heading-only record to a chapter whose task table closes the plan: the table stands under it', () => {
    // Before: 二、重点任务分解 was a heading-only record reading 原文在这一标题下没有文字。 over its own table.
    const [plan] = parse(`${TITLE}\n一、加强党的全面领导\n1.健全制度。\n2.加强督导。\n二、重点任务分解\n序号 重点任务 牵头单位 完成时限\n1 培育党建示范校10所 机关党委 2024年12月\n2 新组建紧密型教育集团5个 基础教育科 2024年12月`)
    // Then its rows, each labelled by its columns, stood under no chapter; they are 二's text.
    expect(plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter?.number ?? null, c.headingOnly ?? false])).toEqual([
      ['-1-1', '一', false], ['-1-2', '一', false], ['-p1', '二', false], ['-p2', '二', false],
    ])
  })
})
