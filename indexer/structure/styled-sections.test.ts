import { describe, expect, it } from 'vitest'
import { splitClauses } from './clause-splitter.js'
import type { StyledHeading } from './styled-headings.js'

const records = (lines: string[], headings: StyledHeading[]) =>
  splitClauses(lines, { headings }).records.map((r) => [r.chapter && [r.chapter.number, r.chapter.title], r.section, r.number, r.paragraph ?? null, r.text])

const CHAPTERS = [
  { text: '一、加强党的建设', level: 1 },
  { text: '强化政治引领', level: 2 },
  { text: '二、推进教育均衡发展', level: 1 },
  { text: '扩大优质资源', level: 2 },
]

describe('sections a document heads by style under the chapters it numbers', () => {
  it('heads a section by each unnumbered heading a level below the numbered chapters, inside its chapter', () => {
    expect(records(['一、加强党的建设', '强化政治引领', '1.健全第一议题制度。', '2.开展专题学习。', '二、推进教育均衡发展', '扩大优质资源', '1.新建学校2所。'], CHAPTERS)).toEqual([
      [['一', '加强党的建设'], '强化政治引领', 1, null, '1.健全第一议题制度。'],
      [['一', '加强党的建设'], '强化政治引领', 2, null, '2.开展专题学习。'],
      [['二', '推进教育均衡发展'], '扩大优质资源', 1, null, '1.新建学校2所。'],
    ])
  })

  it('leaves a heading before chapter 一 (a lead) and one at the chapters’ own level after them (a closing chapter) to be read as before', () => {
    const headings = [{ text: '总体要求', level: 2 }, ...CHAPTERS, { text: '组织保障', level: 1 }]
    const lines = ['总体要求', '全年教育工作要以立德树人为根本任务。', '一、加强党的建设', '强化政治引领', '1.健全第一议题制度。', '二、推进教育均衡发展', '扩大优质资源', '2.新建学校2所。', '组织保障', '3.加强统筹调度。']
    expect(records(lines, headings)).toEqual([
      [['', '总体要求'], null, null, 1, '全年教育工作要以立德树人为根本任务。'],
      [['一', '加强党的建设'], '强化政治引领', 1, null, '1.健全第一议题制度。'],
      [['二', '推进教育均衡发展'], '扩大优质资源', 2, null, '2.新建学校2所。'],
      [['', '组织保障'], null, 3, null, '3.加强统筹调度。'],
    ])
  })

  it('leaves the headings alone in a plan that numbers its sections （一） itself', () => {
    const lines = ['一、加强党的建设', '（一）强化政治引领', '学习要点', '1.健全第一议题制度。', '（二）建强基层组织', '2.创建示范党支部。']
    const headings = [{ text: '一、加强党的建设', level: 1 }, { text: '（一）强化政治引领', level: 2 }, { text: '学习要点', level: 3 }, { text: '（二）建强基层组织', level: 2 }]
    expect(records(lines, headings).map((r) => r[1])).toEqual(['（一）强化政治引领', '（一）强化政治引领', '（二）建强基层组织'])
  })
})
