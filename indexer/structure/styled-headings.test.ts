import { describe, expect, it } from 'vitest'
import { splitClauses } from './clause-splitter.js'
import type { StyledHeading } from './styled-headings.js'

const records = (lines: string[], headings: StyledHeading[]) =>
  splitClauses(lines, { headings }).records.map((r) => [r.chapter && [r.chapter.number, r.chapter.title], r.section, r.number, r.paragraph ?? null, r.text])

describe('chapters and sections a document marks by heading style', () => {
  it('heads chapters by the top level and sections by the next, whatever levels the document uses, passing over a heading above the body', () => {
    const headings = [
      { text: '2024年教育工作要点', level: 1 },
      { text: '加强党的建设', level: 2 },
      { text: '深化理论武装', level: 3 },
      { text: '推进教育均衡发展', level: 2 },
    ]
    expect(records(['加强党的建设', '深化理论武装', '1.健全第一议题制度。', '2.开展专题学习。', '推进教育均衡发展', '1.新建学校2所。'], headings)).toEqual([
      [['', '加强党的建设'], '深化理论武装', 1, null, '1.健全第一议题制度。'],
      [['', '加强党的建设'], '深化理论武装', 2, null, '2.开展专题学习。'],
      [['', '推进教育均衡发展'], null, 1, null, '1.新建学校2所。'],
    ])
  })

  it('leaves headings alone in a plan that numbers its chapters, and a sentence given a heading style stays text', () => {
    expect(records(['一、加强党的建设', '强化政治引领', '1.健全第一议题制度。'], [{ text: '强化政治引领', level: 2 }])).toEqual([
      [['一', '加强党的建设'], null, null, null, '强化政治引领'],
      [['一', '加强党的建设'], null, 1, null, '1.健全第一议题制度。'],
    ])
    expect(records(['全年新建学校2所，新增学位3600个。', '推进教育均衡发展', '扩大优质资源。'], [
      { text: '全年新建学校2所，新增学位3600个。', level: 1 },
      { text: '推进教育均衡发展', level: 1 },
    ])).toEqual([
      [null, null, null, null, '全年新建学校2所，新增学位3600个。'],
      [['', '推进教育均衡发展'], null, null, 1, '扩大优质资源。'],
    ])
  })
})
