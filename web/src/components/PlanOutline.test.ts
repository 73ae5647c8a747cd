// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { ChapterRef, ClauseRecord } from '../../../indexer/types.js'
import PlanOutline from './PlanOutline.vue'

function partsPlan(): ClauseRecord[] {
  let order = 0
  const clause = (id: string, chapter: ChapterRef | null, number: number | null, text: string): ClauseRecord => ({
    id: `ak-${id}`, planId: 'ak', planTitle: '某市教育局2024年教育工作要点', city: '某市', province: null, level: '市', year: 2024,
    chapter, section: null, number, heading: text, text, themes: [], outlineOnly: false,
    start: 0, end: 0, order: order++, firstIndexed: '2026-12-01T00:00:00.000Z',
  })
  return [
    clause('p1', null, null, '第一部分 2023年工作回顾'),
    clause('1-1-1', { number: '一', title: '党的建设全面加强', part: '第一部分' }, 1, '1.全年集中学习12次。'),
    clause('p2', null, null, '第二部分 2024年工作要点'),
    clause('2-1-1', { number: '一', title: '加强党的全面领导', part: '第二部分' }, 1, '1.健全“第一议题”制度。'),
  ]
}

/** 第一部分 2023年工作回顾 over prose, then 第二部分 over 一、, as the indexer reads it (layouts-part-without-chapters.test.ts). */
function chapterlessPartPlan(withPartLine: boolean): ClauseRecord[] {
  let order = 0
  const clause = (id: string, chapter: ChapterRef | null, number: number | null, text: string, paragraph?: number): ClauseRecord => ({
    id: `ak-${id}`, planId: 'ak', planTitle: '某市教育局2024年教育工作要点', city: '某市', province: null, level: '市', year: 2024,
    chapter, section: null, number, heading: text, text, themes: [], outlineOnly: false,
    start: 0, end: 0, order: order++, firstIndexed: '2026-12-01T00:00:00.000Z', ...(paragraph ? { paragraph } : {}),
  })
  const review = { number: '', title: '2023年工作回顾', part: '第一部分' }
  return [
    ...(withPartLine ? [clause('p1', null, null, '第一部分 2023年工作回顾')] : []),
    clause('p2', review, null, '2023年，全市教育系统各项工作取得新成效。', 1),
    clause('p3', review, null, '全年新增学位1.2万个。', 2),
    clause('p4', null, null, '第二部分 2024年工作要点'),
    clause('1-1', { number: '一', title: '加强党的全面领导', part: '第二部分' }, 1, '1.健全“第一议题”制度。'),
  ]
}

/** Every link of the outline in order: [its class, its text, where it goes]. */
const links = (clauses: ClauseRecord[]) =>
  mount(PlanOutline, { props: { clauses, activeId: null } }).findAll('a').map((a) => [a.classes()[0], a.element.textContent, a.attributes('href')])

describe('PlanOutline', () => {
  it('lists the paragraphs of a part without chapters under the part\'s link alone, not under a second link of the same words', () => {
    // Before: outline__part 第一部分 2023年工作回顾, then outline__chapter 第一部分 2023年工作回顾, then the paragraphs.
    expect(links(chapterlessPartPlan(true))).toEqual([
      ['outline__part', '第一部分 2023年工作回顾', '#ak-p1'],
      ['outline__clause', '第1段 2023年，全市教育系统各项工作取得新成效。', '#ak-p2'],
      ['outline__clause', '第2段 全年新增学位1.2万个。', '#ak-p3'],
      ['outline__part', '第二部分 2024年工作要点', '#ak-p4'],
      ['outline__chapter', '第二部分 一、加强党的全面领导', '#chapter-4'],
      ['outline__clause', '1. 1.健全“第一议题”制度。', '#ak-1-1'],
    ])
  })

  it('names a part without chapters by its part and title once, linked to its heading, where the plan prints no title line', () => {
    expect(links(chapterlessPartPlan(false)).slice(0, 3)).toEqual([
      ['outline__part', '第一部分 2023年工作回顾', '#chapter-1'],
      ['outline__clause', '第1段 2023年，全市教育系统各项工作取得新成效。', '#ak-p2'],
      ['outline__clause', '第2段 全年新增学位1.2万个。', '#ak-p3'],
    ])
  })

  it('reads a chapter link of a part with a space between the part and the chapter: 第二部分 一、…', () => {
    const w = mount(PlanOutline, { props: { clauses: partsPlan(), activeId: null } })
    expect(w.findAll('.outline__chapter').map((a) => a.element.textContent)).toEqual(['第一部分 一、党的建设全面加强', '第二部分 一、加强党的全面领导'])
  })
})
