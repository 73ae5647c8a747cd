import { describe, expect, it } from 'vitest'
import { BODY_CLAUSES, clauses, textForm, wordForm } from './read/fixtures/task-table-plan.js'

/** The table as it stands in chapter 二 when the body goes on after it: its title, groups and rows passages in place. */
const IN_PLACE = [
  ['-p1', '二 推进教育优质均衡', null, null, '2024年重点任务分工表'],
  ['-p2', '二 推进教育优质均衡', null, null, '一、党的建设'],
  ['-p3', '二 推进教育优质均衡', null, null, '深化理论武装，全年集中学习12次。责任单位：机关党委；完成时限：2024年12月。'],
  ['-p4', '二 推进教育优质均衡', null, null, '加强基层党组织建设，推进全覆盖。责任单位：组织人事股；完成时限：2024年6月。'],
  ['-p5', '二 推进教育优质均衡', null, null, '二、教育均衡'],
  ['-p6', '二 推进教育优质均衡', null, null, '新增公办学位500个。责任单位：基础教育股；完成时限：2024年9月。'],
  ['-p7', '二 推进教育优质均衡', null, null, '组建紧密型教育集团3个。责任单位：基础教育股；完成时限：2024年12月。'],
]

describe('parseDocument on a Word task table titled after a clause, no 附件 line, with more of the body after it', () => {
  it('keeps the table in the chapter it stands in and reads the chapter after it with its clause, as the text form does', async () => {
    // Before: the table's group rows 一、党的建设 / 二、教育均衡 and the body's 三、 were read as one outline, so the body's
    // chapters became parts (-1-1-1), the title a passage under no chapter and clause 4 a clause of the table's group.
    const after = ['三、强化组织保障', '4.加强组织领导。压实工作责任。']
    const expected = [...BODY_CLAUSES, ...IN_PLACE, ['-3-4', '三 强化组织保障', null, 4, '4.加强组织领导。压实工作责任。']]
    expect(clauses('plan.docx', await wordForm({ after }))).toEqual(expected)
    expect(clauses('plan.txt', `${textForm('  ')}\n${after.join('\n')}`)).toEqual(expected)
  })

  it('reads a chapter of prose after it the same way, its paragraph a passage of that chapter', async () => {
    const after = ['三、强化组织保障', '各单位要加强组织领导，确保任务落实。']
    expect(clauses('plan.docx', await wordForm({ after }))).toEqual([...BODY_CLAUSES, ...IN_PLACE, ['-p8', '三 强化组织保障', null, null, '各单位要加强组织领导，确保任务落实。']])
  })

  it('keeps a closing sentence the body does not number under the table as a passage of the table’s chapter, no text of its last task', async () => {
    // Before: 各单位要加强组织领导，确保任务落实。 was run into task 4 (…完成时限：2024年12月。\n各单位要…).
    const read = clauses('plan.docx', await wordForm({ after: ['各单位要加强组织领导，确保任务落实。'] }))
    expect(read.slice(0, 3)).toEqual(BODY_CLAUSES)
    expect(read.slice(3).map(([id, chapter, section]) => [id, chapter, section])).toEqual([
      ['-100-1', ' 2024年重点任务分工表', '一、党的建设'],
      ['-100-2', ' 2024年重点任务分工表', '一、党的建设'],
      ['-100-3', ' 2024年重点任务分工表', '二、教育均衡'],
      ['-100-4', ' 2024年重点任务分工表', '二、教育均衡'],
      ['-p1', ' 2024年重点任务分工表', null],
    ])
    expect(read.slice(6).map((c) => c[4])).toEqual(['4.组建紧密型教育集团3个。责任单位：基础教育股；完成时限：2024年12月。', '各单位要加强组织领导，确保任务落实。'])
  })
})
