import { describe, expect, it } from 'vitest'
import { BODY_CLAUSES, clauses, textForm, wordForm } from './read/fixtures/task-table-plan.js'

// Before: 一、党的建设 and 二、教育均衡 were read as chapters of the body (-1-1, -1-2, -2-3, -2-4), so the attachment's
// chapter (附件 2024年重点任务分工表) held no clause; the same table titled after the body, without 附件, read right.
const EXPECTED = [
  ['-101-1', '附件 2024年重点任务分工表', '一、党的建设', 1, '1.深化理论武装，全年集中学习12次。责任单位：机关党委；完成时限：2024年12月。'],
  ['-101-2', '附件 2024年重点任务分工表', '一、党的建设', 2, '2.加强基层党组织建设，推进全覆盖。责任单位：组织人事股；完成时限：2024年6月。'],
  ['-101-3', '附件 2024年重点任务分工表', '二、教育均衡', 3, '3.新增公办学位500个。责任单位：基础教育股；完成时限：2024年9月。'],
  ['-101-4', '附件 2024年重点任务分工表', '二、教育均衡', 4, '4.组建紧密型教育集团3个。责任单位：基础教育股；完成时限：2024年12月。'],
]

describe('parseDocument on a task table under an 附件 heading whose rows stand under group lines (一、党的建设 over its rows)', () => {
  it('reads each group of a text table one row a line, cells apart by spaces, as a section of the attachment’s chapter over its labelled tasks', () => {
    const read = clauses('plan.txt', textForm('  ', ['附件']))
    expect(read).toEqual([...BODY_CLAUSES, ...EXPECTED])
  })

  it('reads a tab-separated table the same way', () => {
    expect(clauses('plan.txt', textForm('\t', ['附件']))).toEqual([...BODY_CLAUSES, ...EXPECTED])
  })

  it('reads a Word table whose group rows are one cell merged across the same way, the body’s chapters untouched', async () => {
    const read = clauses('plan.docx', await wordForm({ above: ['附件'] }))
    expect(read).toEqual([...BODY_CLAUSES, ...EXPECTED])
  })
})
