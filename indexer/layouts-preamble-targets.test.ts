import { describe, expect, it } from 'vitest'
import { headingRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a plan that lists its year’s targets 1. 2. 3. before chapter 一 and numbers its clauses （一）（二）', () => {
  it('numbers the （一） items as the clauses and leaves the targets passages of the preamble', () => {
    const [plan] = parseHandmadeText('baoji-2024-targets-list-before-chapters.txt')
    expect(headingRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, '2024年全市教育工作的主要目标是：'],
      ['-p2', null, null, '1.学前教育毛入园率达到92%以上'],
      ['-p3', null, null, '2.义务教育巩固率保持在99%以上'],
      ['-p4', null, null, '3.高中阶段毛入学率达到95%以上'],
      ['-1-1', '一', 1, '深化理论武装'],
      ['-1-2', '一', 2, '加强基层党组织建设'],
      ['-2-3', '二', 3, '扩大学前教育资源'],
      ['-2-4', '二', 4, '推进义务教育优质均衡'],
    ])
    expect(plan.plan.levels).toEqual([
      { marker: '一、', role: 'chapter', count: 2 },
      { marker: '（一）', role: 'clause', count: 4 },
      { marker: '1.', role: 'item', count: 3 },
    ])
    expect(plan.plan.warnings).toEqual([])
  })
})
