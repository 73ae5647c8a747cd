import { describe, expect, it } from 'vitest'
import { clauses } from './read/fixtures/task-table-plan.js'

const HEAD = ['某县教育局2024年教育工作要点', '2024年，全县教育工作以办好人民满意的教育为目标，扎实推进各项工作。', '重点任务清单']
const OPENING = ['-p1', null, null, null, HEAD[1]]

describe('parseDocument on numbered lines under a heading ending in 清单 or 表', () => {
  it('keeps clauses written as sentences clauses, the heading a passage', () => {
    // Before: read as a Word table titled after the body, each clause a row of chapter 重点任务清单 (-100-1 … -100-3).
    const prose = ['1.推进义务教育优质均衡发展。新增学位3000个。责任单位：基础教育科。', '2.加强教师队伍建设。招聘教师200名。责任单位：人事科。', '3.推进学前教育普惠发展。新建幼儿园5所。责任单位：基础教育科。']
    expect(clauses('plan.txt', [...HEAD, ...prose].join('\n'))).toEqual([
      OPENING,
      ['-p2', null, null, null, '重点任务清单'],
      ...prose.map((t, i) => [`-0-${i + 1}`, null, null, i + 1, t]),
    ])
  })

  it('keeps clauses as sentences under a table-like title after a body of chapters, counted after the body', () => {
    const body = ['某县教育局2024年教育工作要点', '一、全面加强党的建设', '1.深化理论武装。健全第一议题制度。', '二、推进教育优质均衡', '2.扩大学前教育资源。新增学位500个。']
    const prose = ['1.推进义务教育优质均衡发展。新增学位3000个。责任单位：基础教育科。', '2.加强教师队伍建设。招聘教师200名。责任单位：人事科。']
    expect(clauses('plan.txt', [...body, '2024年工作任务表', ...prose].join('\n')).slice(2)).toEqual(
      prose.map((t, i) => [`-3-${i + 1}`, ' 2024年工作任务表', null, i + 1, t]),
    )
  })

  it('still reads rows of one short cell and its labels as the table’s tasks', () => {
    const rows = ['1.推进义务教育优质均衡发展，新增学位3000个。责任单位：基础教育科；完成时限：2024年9月。', '2.加强教师队伍建设，招聘教师200名。责任单位：人事科；完成时限：2024年8月。']
    expect(clauses('plan.txt', [...HEAD, ...rows].join('\n'))).toEqual([
      OPENING,
      ...rows.map((t, i) => [`-100-${i + 1}`, ' 重点任务清单', null, i + 1, t]),
    ])
  })
})
