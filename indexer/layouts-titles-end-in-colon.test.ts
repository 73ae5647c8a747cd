import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on chapter and section titles that end in a colon leading into their clauses (一、全面加强党的建设：)', () => {
  it('names each chapter and section without the colon, full-width or ASCII', () => {
    const [plan] = parseHandmadeText('chaoyang-2024-titles-end-in-colon.txt')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-1-1', '一全面加强党的建设', '（一）强化政治引领', 1],
      ['-1-2', '一全面加强党的建设', '（一）强化政治引领', 2],
      ['-2-3', '二推动教育优质均衡发展', null, 3],
    ])
  })
})
