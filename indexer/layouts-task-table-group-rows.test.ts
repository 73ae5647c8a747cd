import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const BODY = ['某县教育局2024年教育工作要点', '一、全面加强党的建设', '1.深化理论武装。健全第一议题制度。', '2.加强基层党组织建设。推进全覆盖。', '二、推进教育优质均衡', '3.扩大学前教育资源。新增学位500个。']
const HEAD = '序号  工作任务  责任单位  完成时限'
const ROWS = [
  '1  深化理论武装，全年集中学习12次  机关党委  2024年12月',
  '2  加强基层党组织建设，推进全覆盖  组织人事股  2024年6月',
  '3  新增公办学位500个  基础教育股  2024年9月',
  '4  组建紧密型教育集团3个  基础教育股  2024年12月',
]
const parse = (lines: string[]) => {
  const [plan] = parseDocument({ file: 'x.txt', text: lines.join('\n'), fields: {}, url: null })
  return plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter?.title ?? null, c.section, c.number, c.text])
}

describe('parseDocument on a text task table whose rows stand under group lines (一、党的建设 over its rows)', () => {
  it('reads each group as a section of the table’s chapter over its labelled tasks (the first group line ended the table, its rows ran into the last clause)', () => {
    const lines = [...BODY, '2024年重点任务分工表', HEAD, '一、党的建设', ROWS[0], ROWS[1], '二、教育均衡', ROWS[2], ROWS[3]]
    // Before: clause 3 ran on with the title, the head and rows 1–3 closed up (…12次机关党委2024年12月2  加强…), and row 4
    // became the body's clause 4 (4  组建紧密型教育集团3个基础教育股2024年12月) under 二、教育均衡.
    expect(parse(lines).slice(3)).toEqual([
      ['-100-1', '2024年重点任务分工表', '一、党的建设', 1, '1.深化理论武装，全年集中学习12次。责任单位：机关党委；完成时限：2024年12月。'],
      ['-100-2', '2024年重点任务分工表', '一、党的建设', 2, '2.加强基层党组织建设，推进全覆盖。责任单位：组织人事股；完成时限：2024年6月。'],
      ['-100-3', '2024年重点任务分工表', '二、教育均衡', 3, '3.新增公办学位500个。责任单位：基础教育股；完成时限：2024年9月。'],
      ['-100-4', '2024年重点任务分工表', '二、教育均衡', 4, '4.组建紧密型教育集团3个。责任单位：基础教育股；完成时限：2024年12月。'],
    ])
    expect(parse(lines).slice(0, 3).map((r) => r[4])).toEqual(['1.深化理论武装。健全第一议题制度。', '2.加强基层党组织建设。推进全覆盖。', '3.扩大学前教育资源。新增学位500个。'])
  })

  it('reads rows numbered again from 1 under each group the same way', () => {
    const restarted = [ROWS[0], ROWS[1], ROWS[2].replace(/^3/, '1'), ROWS[3].replace(/^4/, '2')]
    const lines = [...BODY, '2024年重点任务分工表', HEAD, '一、党的建设', restarted[0], restarted[1], '二、教育均衡', restarted[2], restarted[3]]
    expect(parse(lines).slice(3).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['-100-1', '一、党的建设', 1],
      ['-100-2', '一、党的建设', 2],
      ['-100-1-2', '二、教育均衡', 1],
      ['-100-2-2', '二、教育均衡', 2],
    ])
  })

  it('ends a table in the middle of the body at the chapter heading after it, its group lines and labelled rows passages of the chapter it stands in', () => {
    const lines = [...BODY, HEAD, '一、党的建设', ROWS[0], '二、教育均衡', ROWS[1], '三、建设高素质教师队伍', '4.加强师德师风建设。开展专题教育。']
    expect(parse(lines).slice(3)).toEqual([
      ['-p1', '推进教育优质均衡', null, null, '一、党的建设'],
      ['-p2', '推进教育优质均衡', null, null, '深化理论武装，全年集中学习12次。责任单位：机关党委；完成时限：2024年12月。'],
      ['-p3', '推进教育优质均衡', null, null, '二、教育均衡'],
      ['-p4', '推进教育优质均衡', null, null, '加强基层党组织建设，推进全覆盖。责任单位：组织人事股；完成时限：2024年6月。'],
      ['-3-4', '建设高素质教师队伍', null, 4, '4.加强师德师风建设。开展专题教育。'],
    ])
  })
})
