import { describe, expect, it } from 'vitest'
import { BODY_CLAUSES, clauses, wordForm } from './read/fixtures/task-table-plan.js'

const TASKS = [
  '1.深化理论武装，全年集中学习12次。责任单位：机关党委；完成时限：2024年12月。',
  '2.加强基层党组织建设，推进全覆盖。责任单位：组织人事股；完成时限：2024年6月。',
  '3.新增公办学位500个。责任单位：基础教育股；完成时限：2024年9月。',
  '4.组建紧密型教育集团3个。责任单位：基础教育股；完成时限：2024年12月。',
]
const OWN_CHAPTER = TASKS.map((t, i) => [`-100-${i + 1}`, ' 2024年重点任务分工表', null, i + 1, t])

describe('parseDocument on a Word task table titled after the body, no 附件 line, its rows under no group row', () => {
  it('reads the table at the end as a chapter of its own, its rows its tasks', async () => {
    // Before: the title was read as a chapter printed without a number, counted after the body's (-3-1 … -3-4).
    expect(clauses('plan.docx', await wordForm({ groups: false }))).toEqual([...BODY_CLAUSES, ...OWN_CHAPTER])
  })

  it('keeps the table where it stands when the body goes on after it, the chapter after it whole', async () => {
    // Before: the title and rows 1-3 ran into clause 3 (-2-3) and row 4 was a clause of chapter 二 (-2-4).
    const read = clauses('plan.docx', await wordForm({ groups: false, after: ['三、强化组织保障', '4.加强组织领导。压实工作责任。'] }))
    expect(read).toEqual([
      ...BODY_CLAUSES,
      ['-p1', '二 推进教育优质均衡', null, null, '2024年重点任务分工表'],
      ...TASKS.map((t, i) => [`-p${i + 2}`, '二 推进教育优质均衡', null, null, t.replace(/^\d\./, '')]),
      ['-3-4', '三 强化组织保障', null, 4, '4.加强组织领导。压实工作责任。'],
    ])
  })

  it('reads a table under a body of prose paragraphs the same way, the paragraphs the body’s', async () => {
    // Before: the title was a paragraph (-p3) and the rows the body's own clauses (-0-1 … -0-4).
    const body = ['某县教育局2024年教育工作要点', '2024年，全县教育工作以办好人民满意的教育为目标。', '全县各学校要认真落实各项工作任务，确保取得实效。']
    expect(clauses('plan.docx', await wordForm({ groups: false, body }))).toEqual([
      ['-p1', null, null, null, body[1]],
      ['-p2', null, null, null, body[2]],
      ...OWN_CHAPTER,
    ])
  })
})
