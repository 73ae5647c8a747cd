import { describe, expect, it } from 'vitest'
import { splitTaskTable } from './task-table.js'

describe('splitTaskTable', () => {
  const clauses = ['1.深化理论武装。健全制度。', '2.扩大学前教育资源。新增学位1800个。']

  it('cuts a task table flattened one cell per line off the last clause, one line per row, a task cell wrapped onto a second line joined', () => {
    const table = ['重点任务分工表', '序号', '重点任务', '牵头单位', '完成时限', '1', '深化理论武装', '机关党委', '2024年12月', '2', '新增公办学位', '1800个', '基础教育科', '2024年9月']
    // Before: row 2's four lines over three columns could not be told apart, and no row was labelled (no tasks).
    expect(splitTaskTable([...clauses, ...table])).toEqual({
      body: clauses,
      table: ['重点任务分工表', '序号 重点任务 牵头单位 完成时限', '1 深化理论武装 机关党委 2024年12月', '2 新增公办学位 1800个 基础教育科 2024年9月'],
      tasks: ['1.深化理论武装。牵头单位：机关党委；完成时限：2024年12月。', '2.新增公办学位1800个。牵头单位：基础教育科；完成时限：2024年9月。'],
      notes: [],
      title: '重点任务分工表',
    })
  })

  it('cuts a task table extracted one row per line off the last clause, a line without a row number completing the row above, and labels its rows', () => {
    const table = ['重点任务分工表', '序号  重点任务  牵头单位  完成时限', '1  深化理论武装  机关党委  2024年12月', '2\t新增公办学位\t基础教育科', '2024年9月']
    expect(splitTaskTable([...clauses, ...table])).toEqual({
      body: clauses,
      table: ['重点任务分工表', '序号 重点任务 牵头单位 完成时限', '1 深化理论武装 机关党委 2024年12月', '2 新增公办学位 基础教育科 2024年9月'],
      tasks: ['1.深化理论武装。牵头单位：机关党委；完成时限：2024年12月。', '2.新增公办学位。牵头单位：基础教育科；完成时限：2024年9月。'],
      notes: [],
      title: '重点任务分工表',
    })
  })

  it('reads the head a table repeats at the top of a new page once, and rows numbered 1. as the table’s rows, not the body’s clauses', () => {
    const table = ['序号  重点任务  牵头单位  完成时限', '1.  深化理论武装  机关党委  2024年12月', '序号  重点任务  牵头单位  完成时限', '2.  新增公办学位  基础教育科  2024年9月']
    expect(splitTaskTable([...clauses, ...table])).toEqual({
      body: clauses,
      table: ['序号 重点任务 牵头单位 完成时限', '1. 深化理论武装 机关党委 2024年12月', '2. 新增公办学位 基础教育科 2024年9月'],
      tasks: ['1.深化理论武装。牵头单位：机关党委；完成时限：2024年12月。', '2.新增公办学位。牵头单位：基础教育科；完成时限：2024年9月。'],
      notes: [],
    })
  })

  it('takes no head line whose cells are not all column names, nor one without row 1 after it, for a table', () => {
    const prose = [...clauses, '序号  重点任务  说明', '1  深化理论武装  机关党委']
    expect(splitTaskTable(prose)).toEqual({ body: prose, table: null })
    const noRow = [...clauses, '序号  重点任务  牵头单位', '深化理论武装  机关党委']
    expect(splitTaskTable(noRow)).toEqual({ body: noRow, table: null })
  })

  it('takes no 序号 line without column names and a first row after it for a table', () => {
    const lines = [...clauses, '序号', '说明', '1']
    expect(splitTaskTable(lines)).toEqual({ body: lines, table: null })
  })
})
