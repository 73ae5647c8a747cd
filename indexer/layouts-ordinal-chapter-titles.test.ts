import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on chapters headed 第一，… 第二，… over 1. clauses numbered again in each', () => {
  it('heads a chapter by each such line, its words as the title, and numbers the clauses from 1 in each', () => {
    const [plan] = parseHandmadeText('linxia-2024-di-yi-comma-chapter-titles.txt')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-1-1', '第一，全面加强党的建设', null, 1],
      ['-1-2', '第一，全面加强党的建设', null, 2],
      ['-2-1', '第二，推动教育优质均衡发展', null, 1],
      ['-2-2', '第二，推动教育优质均衡发展', null, 2],
      ['-3-1', '第三，建设高素质教师队伍', null, 1],
    ])
    expect(plan.plan.warnings).toEqual([])
  })
})
