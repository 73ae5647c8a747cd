import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a plan numbered with no Chinese numerals: 1、 title lines over （1） clauses', () => {
  it('reads the 1、 titles as chapters and the （1） items as their clauses, counted again in each chapter', () => {
    const [plan] = parseHandmadeText('renqiu-2024-digit-chapters-paren-clauses.txt')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-1-1', '1全面加强党对教育工作的领导', null, 1],
      ['-1-2', '1全面加强党对教育工作的领导', null, 2],
      ['-1-3', '1全面加强党对教育工作的领导', null, 3],
      ['-2-1', '2推动基础教育优质均衡发展', null, 1],
      ['-2-2', '2推动基础教育优质均衡发展', null, 2],
      ['-3-1', '3建设高素质专业化教师队伍', null, 1],
      ['-3-2', '3建设高素质专业化教师队伍', null, 2],
    ])
    expect(plan.clauses[1].text).toBe('（1）深化理论武装。健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上。')
    expect([plan.plan.levels, plan.plan.warnings]).toEqual([[{ marker: '1.', role: 'chapter', count: 3 }, { marker: '（1）', role: 'clause', count: 7 }], []])
  })
})
