import { describe, expect, it } from 'vitest'
import { cleanText } from './clean-text.js'
import { taskTableRowLines } from './task-table-rows.js'

describe('a task table extracted one row per line', () => {
  const clause = '9.加强竞技体育后备人才培养。建设市级体育传统特色学校20所。'

  it('keeps its head and rows as laid out, cells one space apart, and joins no row to its neighbour', () => {
    const text = [clause, '重点任务分工表', '序号  重点任务  牵头单位  完成时限', '1  培育党建示范校10所  机关党委  2024年12月', '2\t新增公办学位\t基础教育科', '2024年9月'].join('\n')
    expect(cleanText(text).text.split('\n')).toEqual([
      clause,
      '重点任务分工表',
      '序号 重点任务 牵头单位 完成时限',
      '1 培育党建示范校10所 机关党委 2024年12月',
      '2 新增公办学位 基础教育科',
      '2024年9月',
    ])
  })

  it('ends the table at a line that opens with a numbering marker, and finds none without row 1 under the head', () => {
    expect([...taskTableRowLines(['序号  重点任务  牵头单位', '1  深化理论武装  机关党委', '', '二、深化教育改革'])]).toEqual([0, 1])
    expect(taskTableRowLines(['序号  重点任务  牵头单位', '深化理论武装  机关党委']).size).toBe(0)
  })

  it('keeps a group’s line over its rows (一、党的建设) in the table, and still ends it at a heading no row follows', () => {
    const lines = ['序号  重点任务  牵头单位', '一、党的建设', '1  深化理论武装  机关党委', '二、教育均衡', '2  新增公办学位  基础教育科', '三、深化教育改革', '3.推进集团化办学。']
    expect([...taskTableRowLines(lines)]).toEqual([0, 1, 2, 3, 4])
  })
})
