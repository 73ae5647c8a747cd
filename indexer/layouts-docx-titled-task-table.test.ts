import { describe, expect, it } from 'vitest'
import { BODY_CLAUSES, clauses, textForm, wordForm } from './read/fixtures/task-table-plan.js'

const TASKS = [
  ['-100-1', ' 2024年重点任务分工表', '一、党的建设', 1, '1.深化理论武装，全年集中学习12次。责任单位：机关党委；完成时限：2024年12月。'],
  ['-100-2', ' 2024年重点任务分工表', '一、党的建设', 2, '2.加强基层党组织建设，推进全覆盖。责任单位：组织人事股；完成时限：2024年6月。'],
  ['-100-3', ' 2024年重点任务分工表', '二、教育均衡', 3, '3.新增公办学位500个。责任单位：基础教育股；完成时限：2024年9月。'],
  ['-100-4', ' 2024年重点任务分工表', '二、教育均衡', 4, '4.组建紧密型教育集团3个。责任单位：基础教育股；完成时限：2024年12月。'],
]

describe('parseDocument on a Word task table titled after the body, no 附件 line, its group rows merged across', () => {
  it('reads each group as a section of the table’s own chapter over its labelled tasks, the body’s clauses unchanged', async () => {
    // Before: the reader's labelled rows left no 序号 head, so 一、党的建设 and 二、教育均衡 became chapters of the body
    // (-1-1, -1-2, -2-3, -2-4) and the title 2024年重点任务分工表 ran onto clause 3.
    expect(clauses('plan.docx', await wordForm())).toEqual([...BODY_CLAUSES, ...TASKS])
  })

  it('reads it as its text form does, one row a line, cells apart by spaces', () => {
    expect(clauses('plan.txt', textForm('  '))).toEqual([...BODY_CLAUSES, ...TASKS])
  })

  it('keeps a note under the table a passage of the table’s chapter (-p1, as the text form gives), no text of its last task', async () => {
    const read = clauses('plan.docx', await wordForm({ after: ['注：各责任单位于每季度末报送进展情况。'] }))
    expect(read.slice(0, 7)).toEqual([...BODY_CLAUSES, ...TASKS])
    expect(read.slice(7)).toEqual([['-p1', ' 2024年重点任务分工表', null, null, '注：各责任单位于每季度末报送进展情况。']])
  })
})
