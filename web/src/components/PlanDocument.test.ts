// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { ChapterRef, ClauseRecord } from '../../../indexer/types.js'
import PlanDocument from './PlanDocument.vue'

/** A plan printed in 第一部分 / 第二部分, its chapters starting again from 一、 in each, under the plan id given. */
function partsPlan(planId: string, withPartLines = true): ClauseRecord[] {
  let order = 0
  const clause = (id: string, chapter: ChapterRef | null, number: number | null, text: string): ClauseRecord => ({
    id: `${planId}-${id}`, planId, planTitle: '某市教育局2024年教育工作要点', city: '某市', province: null, level: '市', year: 2024,
    chapter, section: null, number, heading: text, text, themes: [], outlineOnly: false,
    start: 0, end: 0, order: order++, firstIndexed: '2026-12-01T00:00:00.000Z',
  })
  const all = [
    clause('p1', null, null, '第一部分 2023年工作回顾'),
    clause('1-1-1', { number: '一', title: '党的建设全面加强', part: '第一部分' }, 1, '1.全年集中学习12次。'),
    clause('p2', null, null, '第二部分 2024年工作要点'),
    clause('2-1-1', { number: '一', title: '加强党的全面领导', part: '第二部分' }, 1, '1.健全“第一议题”制度。'),
  ]
  return withPartLines ? all : all.filter((c) => c.chapter)
}

const partHeadings = (clauses: ClauseRecord[]) =>
  mount(PlanDocument, { props: { clauses } }).findAll('.plan-doc__part-title').map((p) => [p.attributes('role'), p.text(), p.element.parentElement?.id])

describe('PlanDocument', () => {
  it('sets a part\'s title line as a heading whatever the plan\'s id begins with, a chapter- id included', () => {
    expect(partHeadings(partsPlan('ak'))).toEqual([
      ['heading', '第一部分 2023年工作回顾', 'ak-p1'],
      ['heading', '第二部分 2024年工作要点', 'ak-p2'],
    ])
    // Before: a plan id beginning chapter- (a title slugged from Chapter…) made its passages look like chapter
    // headings' anchors, and both title lines were body text.
    expect(partHeadings(partsPlan('chapter-notes-2024-a1b2c3'))).toEqual([
      ['heading', '第一部分 2023年工作回顾', 'chapter-notes-2024-a1b2c3-p1'],
      ['heading', '第二部分 2024年工作要点', 'chapter-notes-2024-a1b2c3-p2'],
    ])
  })

  it('takes no passage for a part\'s title where the plan prints none, its parts then linked to their first chapters', () => {
    const w = mount(PlanDocument, { props: { clauses: partsPlan('chapter-1', false) } })
    expect(w.findAll('.plan-doc__part-title')).toEqual([])
    expect(w.findAll('h2').map((h) => h.attributes('id'))).toEqual(['chapter-1', 'chapter-2'])
    expect(w.findAll('.plan-doc__text').map((p) => p.text())).toEqual(['1.全年集中学习12次。', '1.健全“第一议题”制度。'])
  })

  it('reads a chapter heading of a part with a space between the part and the chapter: 第二部分 一、…', () => {
    // The part is said to a screen reader only; before, the template's space after it was dropped when compiled
    // and the heading's text read 第二部分一、加强党的全面领导, the part run into the chapter.
    const w = mount(PlanDocument, { props: { clauses: partsPlan('ak') } })
    expect(w.findAll('h2').map((h) => h.element.textContent)).toEqual(['第一部分 一、党的建设全面加强', '第二部分 一、加强党的全面领导'])
  })
})
