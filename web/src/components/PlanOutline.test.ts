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

describe('PlanOutline', () => {
  it('reads a chapter link of a part with a space between the part and the chapter: 第二部分 一、…', () => {
    const w = mount(PlanOutline, { props: { clauses: partsPlan(), activeId: null } })
    expect(w.findAll('.outline__chapter').map((a) => a.element.textContent)).toEqual(['第一部分 一、党的建设全面加强', '第二部分 一、加强党的全面领导'])
  })
})
