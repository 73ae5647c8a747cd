import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a text hard-wrapped at 20 characters whose chapter titles are longer than a line', () => {
  it('reads each chapter title whole (一、坚持党建引领，全面加强党对教育工作的 / 全面领导), its tail no passage', () => {
    // Before: chapters titled 坚持党建引领，全面加强党对教育工作的 and 推进基础教育优质均衡发展，办好人民满, with
    // passages -p2 全面领导 and -p3 意的教育 standing under them.
    const [plan] = parseHandmadeText('huaihua-2024-hard-wrap-long-chapter-titles.txt')
    expect(outlineRows(plan).map((r) => [r[0], r[1], String(r[4]).slice(0, 12)])).toEqual([
      ['-p1', null, '2024年，全市教育系统'],
      ['-1-1', '一坚持党建引领，全面加强党对教育工作的全面领导', '1.深化理论武装。健全“'],
      ['-1-2', '一坚持党建引领，全面加强党对教育工作的全面领导', '2.加强基层党建。推进党'],
      ['-2-3', '二推进基础教育优质均衡发展，办好人民满意的教育', '3.扩大学前资源。新建、'],
      ['-2-4', '二推进基础教育优质均衡发展，办好人民满意的教育', '4.推进义务教育优质均衡'],
    ])
    expect(plan.clauses[1].text).toBe('1.深化理论武装。健全“第一议题”制度，全年集中学习12次，推动党的创新理论进校园、进课堂、进头脑。')
  })

  it('still takes no line after a heading in a text of one paragraph a line, however long the heading', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: '某市教育局2024年教育工作要点\n一、坚持党建引领，全面加强党对教育工作的全面领导\n工作目标\n1.深化理论武装。全年集中学习12次。', fields: {}, url: null })
    expect(plan.clauses.map((c) => c.chapter?.title ?? null)).toEqual(['坚持党建引领，全面加强党对教育工作的全面领导', '坚持党建引领，全面加强党对教育工作的全面领导'])
    expect(plan.clauses[0].text).toBe('工作目标')
  })
})
