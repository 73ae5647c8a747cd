import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const parse = (lines: string[]) => parseDocument({ file: 'x.txt', text: lines.join('\n'), fields: {}, url: null })[0].clauses.map((c) => [c.number, c.text])

describe('parseDocument on PDF text whose line wraps inside a clause’s bracketed unit', () => {
  it('joins the short rest of the unit’s name to its line when it closes the bracket the line left open', () => {
    const lines = [
      '市教育局2024年工作要点',
      '一、建设区域教育高地',
      '1.推进区域教育高地建设。成立市、县两级推进专班，制定实施方',
      '案，明确年度目标和重点任务，实施清单管理。（责任单位：高地建',
      '设专班）',
      '2.实施教育发展规划。开展规划中期评估。(牵头单位:发展规划',
      '科)',
      '3.加强师德师风建设。开展师德专题教育。（责任单位：',
      '教师科）',
    ]
    // Before: 设专班） and 科) were lines of their own in their clauses, short as titles, so the unit's name was cut in two.
    expect(parse(lines)).toEqual([
      [1, '1.推进区域教育高地建设。成立市、县两级推进专班，制定实施方案，明确年度目标和重点任务，实施清单管理。（责任单位：高地建设专班）'],
      [2, '2.实施教育发展规划。开展规划中期评估。(牵头单位:发展规划科)'],
      [3, '3.加强师德师风建设。开展师德专题教育。（责任单位：教师科）'],
    ])
  })

  it('keeps a short line that closes no bracket, and a numbered line, apart from a line left inside a bracket', () => {
    const lines = ['市教育局2024年工作要点', '一、建设区域教育高地', '1.推进区域教育高地建设。成立推进专班（市、县两级', '二、加强教师队伍建设', '2.加强师德师风建设。开展师德专题教育（每学期', '一次）。']
    expect(parse(lines)).toEqual([
      [1, '1.推进区域教育高地建设。成立推进专班（市、县两级'],
      [2, '2.加强师德师风建设。开展师德专题教育（每学期一次）。'],
    ])
  })
})
