import { describe, expect, it } from 'vitest'
import { BODY, BODY_CLAUSES, clauses, HEAD, TABLE_TITLE } from './read/fixtures/task-table-plan.js'

/** The table as text, one row a line, cells apart by two spaces, its rows under no group line. */
const table = (rows: string[][]) => [TABLE_TITLE, HEAD.join('  '), ...rows.map((r) => r.join('  '))]
const ROWS = [
  ['1', '深化理论武装，全年集中学习12次', '机关党委', '2024年12月'],
  ['2', '组建紧密型教育集团3个', '基础教育股', '2024年12月'],
]

describe('parseDocument on a task table written as text, one row a line, with the plan’s text under its last row', () => {
  it('keeps a sentence under the last full row a passage of the table’s chapter, no text of the last task', () => {
    // Before: the sentence was read as a cell the row wrapped onto: 2.组建紧密型教育集团3个各单位要加强组织领导，确保任务落实。…
    const read = clauses('plan.txt', [...BODY, ...table(ROWS), '各单位要加强组织领导，确保任务落实。'].join('\n'))
    expect(read).toEqual([
      ...BODY_CLAUSES,
      ['-100-1', ' 2024年重点任务分工表', null, 1, '1.深化理论武装，全年集中学习12次。责任单位：机关党委；完成时限：2024年12月。'],
      ['-100-2', ' 2024年重点任务分工表', null, 2, '2.组建紧密型教育集团3个。责任单位：基础教育股；完成时限：2024年12月。'],
      ['-p1', ' 2024年重点任务分工表', null, null, '各单位要加强组织领导，确保任务落实。'],
    ])
  })

  it('keeps a sentence printed over two lines, the first ending in ，, one passage under the table', () => {
    // Before: its short first line was read as a cell the row wrapped onto: 2.组建紧密型教育集团3个各单位要加强组织领导，确保任务落实。…
    const read = clauses('plan.txt', [...BODY, ...table(ROWS), '各单位要加强组织领导，', '确保任务落实。'].join('\n'))
    expect(read.slice(3)).toEqual([
      ['-100-1', ' 2024年重点任务分工表', null, 1, '1.深化理论武装，全年集中学习12次。责任单位：机关党委；完成时限：2024年12月。'],
      ['-100-2', ' 2024年重点任务分工表', null, 2, '2.组建紧密型教育集团3个。责任单位：基础教育股；完成时限：2024年12月。'],
      ['-p1', ' 2024年重点任务分工表', null, null, '各单位要加强组织领导，确保任务落实。'],
    ])
  })

  it('joins the lines of a wide sentence under the table into one passage', () => {
    // Before: each line was a passage of its own (-p1 各单位要加强组织领导，压实工作责任， / -p2 确保各项任务落实。).
    const read = clauses('plan.txt', [...BODY, ...table(ROWS), '各单位要加强组织领导，压实工作责任，', '确保各项任务落实。'].join('\n'))
    expect(read.slice(5)).toEqual([['-p1', ' 2024年重点任务分工表', null, null, '各单位要加强组织领导，压实工作责任，确保各项任务落实。']])
  })

  it('still joins a short line a task cell wrapped onto, though it ends in 。, to its task', () => {
    const rows = [ROWS[0], ['2', '组建紧密型教育集团3个，', '基础教育股', '2024年12月']]
    const read = clauses('plan.txt', [...BODY, ...table(rows), '覆盖全县。'].join('\n'))
    expect(read.slice(3).map((c) => c[4])).toEqual([
      '1.深化理论武装，全年集中学习12次。责任单位：机关党委；完成时限：2024年12月。',
      '2.组建紧密型教育集团3个，覆盖全县。责任单位：基础教育股；完成时限：2024年12月。',
    ])
  })
})

describe('parseDocument on a task cell wrapped over two lines under the last row, the first ending in ，', () => {
  it('joins both to its task, short as a cell', () => {
    const rows = [ROWS[0], ['2', '组建紧密型教育集团3个，', '基础教育股', '2024年12月']]
    const read = clauses('plan.txt', [...BODY, ...table(rows), '覆盖全县，', '惠及万人。'].join('\n'))
    expect(read.slice(4).map((c) => c[4])).toEqual(['2.组建紧密型教育集团3个，覆盖全县，惠及万人。责任单位：基础教育股；完成时限：2024年12月。'])
  })
})
