import { describe, expect, it } from 'vitest'
import { numberedRowLines } from './numbered-rows.js'

describe('numberedRowLines', () => {
  it('writes number | text rows as numbered lines and a row of one merged cell as it is', () => {
    const rows = [['一、全面加强党的建设', '一、全面加强党的建设'], ['1', '深化理论武装。'], ['2．', '加强基层党组织建设。'], ['二、推动优质均衡', '二、推动优质均衡'], ['1', '扩大学前教育资源。']]
    expect(numberedRowLines(rows)).toEqual(['一、全面加强党的建设', '1.深化理论武装。', '2.加强基层党组织建设。', '二、推动优质均衡', '1.扩大学前教育资源。'])
  })

  it('leaves tables of values: more than two columns, a figure after the number, numbers out of order, a single numbered row', () => {
    expect(numberedRowLines([['1', '召开全市教育工作会议', '办公室'], ['2', '开展督导检查', '督导室']])).toBeNull()
    expect(numberedRowLines([['1', '3月'], ['2', '6月']])).toBeNull()
    expect(numberedRowLines([['3', '深化理论武装。'], ['1', '加强党建。'], ['7', '推进改革。']])).toBeNull()
    expect(numberedRowLines([['1', '深化理论武装。'], ['说明', '以上为重点任务。']])).toBeNull()
  })
})
