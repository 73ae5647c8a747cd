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

/** As the indexer reads 第一部分 2023年工作回顾 over prose, then 第二部分 over 一、 (indexer/layouts-part-without-chapters.test.ts). */
function chapterlessPartPlan(partLine: string | null): ClauseRecord[] {
  let order = 0
  const clause = (id: string, chapter: ChapterRef | null, number: number | null, text: string, paragraph?: number): ClauseRecord => ({
    id: `ak-${id}`, planId: 'ak', planTitle: '某市教育局2024年教育工作要点', city: '某市', province: null, level: '市', year: 2024,
    chapter, section: null, number, heading: text, text, themes: [], outlineOnly: false,
    start: 0, end: 0, order: order++, firstIndexed: '2026-12-01T00:00:00.000Z', ...(paragraph ? { paragraph } : {}),
  })
  // A marker alone on its line (第一部分) is the part's title too.
  const [part, title] = partLine ? [partLine.split(' ')[0], partLine.split(' ')[1] ?? partLine] : ['第一部分', '2023年工作回顾']
  const review = { number: '', title, part }
  return [
    ...(partLine ? [clause('p1', null, null, partLine)] : []),
    clause('p2', review, null, '2023年，全市教育系统各项工作取得新成效。', 1),
    clause('p3', review, null, '全年新增学位1.2万个。', 2),
    clause('p4', null, null, '第二部分 2024年工作要点'),
    clause('1-1', { number: '一', title: '加强党的全面领导', part: '第二部分' }, 1, '1.健全“第一议题”制度。'),
  ]
}

/** Every heading of the document in order, as a screen reader reads it: [tag, text]. */
const headings = (clauses: ClauseRecord[]) =>
  mount(PlanDocument, { props: { clauses } }).findAll('h2, [role=heading]').map((h) => [h.element.tagName, h.element.textContent?.trim()])

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

  it('heads the paragraphs of a part without chapters by the part\'s title line alone, not by a second heading of the same words', () => {
    // Before: P 第一部分 2023年工作回顾, then H2 第一部分 2023年工作回顾 over the two paragraphs.
    const w = mount(PlanDocument, { props: { clauses: chapterlessPartPlan('第一部分 2023年工作回顾') } })
    expect(headings(chapterlessPartPlan('第一部分 2023年工作回顾'))).toEqual([
      ['P', '第一部分 2023年工作回顾'],
      ['P', '第二部分 2024年工作要点'],
      ['H2', '第二部分 一、加强党的全面领导'],
    ])
    expect(w.findAll('.plan-doc__text').map((p) => p.text())).toEqual(['2023年，全市教育系统各项工作取得新成效。', '全年新增学位1.2万个。', '1.健全“第一议题”制度。'])
    // The section of those paragraphs names no heading that is not there.
    expect(w.findAll('section').map((x) => x.attributes('aria-labelledby') ?? null)).toEqual([null, null, null, 'chapter-4'])
    // A part marker alone on its line (第一部分 over prose) names the part by itself: the same.
    expect(headings(chapterlessPartPlan('第一部分'))[0]).toEqual(['P', '第一部分'])
    expect(headings(chapterlessPartPlan('第一部分')).filter(([tag]) => tag === 'H2')).toEqual([['H2', '第二部分 一、加强党的全面领导']])
  })

  it('shows a part without chapters once, as its heading with its title, where the plan prints no title line for it', () => {
    const w = mount(PlanDocument, { props: { clauses: chapterlessPartPlan(null) } })
    expect(headings(chapterlessPartPlan(null))).toEqual([
      ['H2', '第一部分 2023年工作回顾'],
      ['P', '第二部分 2024年工作要点'],
      ['H2', '第二部分 一、加强党的全面领导'],
    ])
    // Seen, not only heard: the part is not hidden as it is before a chapter's 一、.
    expect(w.find('h2').text()).toBe('第一部分 2023年工作回顾')
    expect(w.find('h2').find('.visually-hidden').exists()).toBe(false)
    expect(w.find('h2').attributes('id')).toBe('chapter-1')
  })

  it('shows a chapter or section printed with nothing under it by its heading once, its record a note to link to', () => {
    // As the indexer reads 一、…（一）…1. （二）完善机制 二、推进改革 三、… (indexer/layouts-every-line-in-a-record.test.ts).
    let order = 0
    const record = (id: string, chapter: ChapterRef, section: string | null, number: number | null, text: string, headingOnly = false): ClauseRecord => ({
      id: `ak-${id}`, planId: 'ak', planTitle: '某市教育局2024年教育工作要点', city: '某市', province: null, level: '市', year: 2024,
      chapter, section, number, heading: text, text, themes: [], outlineOnly: false,
      start: 0, end: 0, order: order++, firstIndexed: '2026-12-01T00:00:00.000Z', ...(headingOnly ? { headingOnly: true as const } : {}),
    })
    const one = { number: '一', title: '加强党的全面领导' }
    const w = mount(PlanDocument, { props: { targetId: 'ak-2-', clauses: [
      record('1-1', one, '（一）健全制度', 1, '1.健全制度。'),
      record('1-s2', one, '（二）完善机制', null, '（二）完善机制', true),
      record('2-', { number: '二', title: '推进改革' }, null, null, '二、推进改革', true),
      record('3-1', { number: '三', title: '强化保障' }, null, 1, '1.加大投入。'),
    ] } })
    expect(w.findAll('h2, h3').map((h) => [h.element.tagName, h.text()])).toEqual([
      ['H2', '一、加强党的全面领导'], ['H3', '（一）健全制度'], ['H3', '（二）完善机制'], ['H2', '二、推进改革'], ['H2', '三、强化保障'],
    ])
    expect(w.findAll('.plan-doc__clause').map((c) => [c.attributes('id'), c.text()])).toEqual([
      ['ak-1-1', '1.健全制度。'],
      ['ak-1-s2', '原文在这一标题下没有文字。'],
      ['ak-2-', '原文在这一标题下没有文字。（当前条款）'],
      ['ak-3-1', '1.加大投入。'],
    ])
    expect(w.findAll('.plan-doc__missing, .is-outline')).toEqual([])
  })
})
