import { describe, expect, it } from 'vitest'
import type { ChapterRef, ClauseRecord } from '../../../indexer/types.js'
import { groupParts } from './outline-parts.js'
import { buildOutline } from './plan-outline.js'

let order = 0
const clause = (id: string, chapter: ChapterRef | null, number: number | null, text: string): ClauseRecord => ({
  id, planId: 'ak', planTitle: '安康市教育局2024年教育工作要点', city: '安康市', province: '陕西省', level: '市', year: 2024,
  chapter, section: null, number, heading: text, text, themes: [], outlineOnly: false,
  start: 0, end: 0, order: order++, firstIndexed: '2026-12-01T00:00:00.000Z',
})

const p1 = (number: string, title: string): ChapterRef => ({ number, title, part: '第一部分' })
const p2 = (number: string, title: string): ChapterRef => ({ number, title, part: '第二部分' })

/** As the indexer reads a plan in 第一部分 / 第二部分 (layouts-parts-restart-chapters.test.ts). */
const PARTS_PLAN = [
  clause('ak-p1', null, null, '第一部分 2023年工作回顾'),
  clause('ak-1-1-1', p1('一', '党的建设全面加强'), 1, '1.全年开展党组理论学习中心组集中学习12次。'),
  clause('ak-1-2-1', p1('二', '教育质量稳步提升'), 1, '1.全市高考本科上线率达到62%。'),
  clause('ak-p2', null, null, '第二部分 2024年工作要点'),
  clause('ak-2-1-1', p2('一', '加强党的全面领导'), 1, '1.健全“第一议题”制度。'),
  clause('ak-2-2-1', p2('二', '推进基础教育优质均衡'), 1, '1.新建、改扩建公办幼儿园6所。'),
]

describe('groupParts', () => {
  it('puts each part above its chapters, titled as the plan prints it and linked to that line, so the two 一、 read apart', () => {
    const parts = groupParts(buildOutline(PARTS_PLAN)).filter((g) => g.part)
    expect(parts.map((g) => [g.title, g.anchor, g.chapters.filter((c) => c.title).map((c) => c.title)])).toEqual([
      ['第一部分 2023年工作回顾', 'ak-p1', ['一、党的建设全面加强', '二、教育质量稳步提升']],
      ['第二部分 2024年工作要点', 'ak-p2', ['一、加强党的全面领导', '二、推进基础教育优质均衡']],
    ])
  })

  it('names a part whose title line is not printed by the part alone and links its first chapter', () => {
    const parts = groupParts(buildOutline(PARTS_PLAN.filter((c) => c.chapter))).map((g) => [g.title, g.anchor])
    expect(parts).toEqual([['第一部分', 'chapter-1'], ['第二部分', 'chapter-3']])
  })

  it('keeps one group without a part for a plan without parts, and chapters that share a number and title apart by part', () => {
    const plain = groupParts(buildOutline(PARTS_PLAN.slice(4).map((c) => ({ ...c, chapter: c.chapter && { number: c.chapter.number, title: c.chapter.title } }))))
    expect(plain.map((g) => [g.part, g.title, g.chapters.length])).toEqual([[null, null, 2]])
    const same = buildOutline([clause('a', p1('一', '党的建设'), 1, '1.甲'), clause('b', p2('一', '党的建设'), 1, '1.乙')])
    expect(same.map((c) => [c.part, c.title])).toEqual([['第一部分', '一、党的建设'], ['第二部分', '一、党的建设']])
  })
})
