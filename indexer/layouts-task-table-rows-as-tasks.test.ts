import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const BODY = ['某县教育局2024年教育工作要点', '一、全面加强党的建设', '1.深化理论武装。健全第一议题制度。', '2.加强基层党组织建设。推进全覆盖。', '二、推进教育优质均衡', '3.扩大学前教育资源。新增学位500个。']
const parse = (lines: string[]) => parseDocument({ file: 'x.txt', text: lines.join('\n'), fields: {}, url: null })[0]
const rows = (lines: string[]) => {
  const plan = parse(lines)
  return plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter && (c.chapter.number ? `${c.chapter.number}、${c.chapter.title}` : c.chapter.title), c.number, c.text])
}
const CLAUSES = [
  ['-1-1', '一、全面加强党的建设', 1, '1.深化理论武装。健全第一议题制度。'],
  ['-1-2', '一、全面加强党的建设', 2, '2.加强基层党组织建设。推进全覆盖。'],
  ['-2-3', '二、推进教育优质均衡', 3, '3.扩大学前教育资源。新增学位500个。'],
]

describe('parseDocument on a task table written as text after the last clause, one row a line', () => {
  it('reads a titled table as a chapter of its own, each row a numbered task with its unit and date labelled, a row cut short completed by the line it wrapped onto', () => {
    const table = [
      '2024年重点任务分工表',
      '序号  工作任务  责任单位  完成时限',
      '1  深化理论武装，全年集中学习12次  机关党委  2024年12月',
      '2  新增公办学位500个，普惠性幼儿园覆盖率达到90%',
      '以上  基础教育股  2024年9月',
      '3\t组建紧密型教育集团3个\t基础教育股\t2024年12月',
      '注：各责任单位于每季度末报送进展情况。',
    ]
    // Before: the title, the head and each row were passages under no chapter, a row's cells one space apart
    // (`1 深化理论武装，全年集中学习12次 机关党委 2024年12月`), and the row cut short at 90% kept 以上 and its unit apart.
    expect(rows([...BODY, ...table])).toEqual([
      ...CLAUSES,
      ['-100-1', '2024年重点任务分工表', 1, '1.深化理论武装，全年集中学习12次。责任单位：机关党委；完成时限：2024年12月。'],
      ['-100-2', '2024年重点任务分工表', 2, '2.新增公办学位500个，普惠性幼儿园覆盖率达到90%以上。责任单位：基础教育股；完成时限：2024年9月。'],
      ['-100-3', '2024年重点任务分工表', 3, '3.组建紧密型教育集团3个。责任单位：基础教育股；完成时限：2024年12月。'],
      ['-p1', '2024年重点任务分工表', null, '注：各责任单位于每季度末报送进展情况。'],
    ])
  })

  it('keeps the rows of a table without a title as passages of the chapter the body ends in, each labelled, without the row number that would read as a clause’s', () => {
    const table = ['序号  工作任务  责任单位  完成时限', '1  深化理论武装，全年集中学习12次  机关党委  2024年12月', '2  新增公办学位500个  基础教育股  2024年9月']
    expect(rows([...BODY, ...table])).toEqual([
      ...CLAUSES,
      ['-p1', '二、推进教育优质均衡', null, '深化理论武装，全年集中学习12次。责任单位：机关党委；完成时限：2024年12月。'],
      ['-p2', '二、推进教育优质均衡', null, '新增公办学位500个。责任单位：基础教育股；完成时限：2024年9月。'],
    ])
  })

  it('puts a table right under a chapter heading with no text of its own in that chapter (it was under no chapter, and the heading in no record)', () => {
    const lines = [...BODY.slice(0, 4), '二、重点任务分工', '2024年重点任务分工表', '序号  工作任务  责任单位  完成时限', '1  深化理论武装，全年集中学习12次  机关党委  2024年12月', '2  新增公办学位500个  基础教育股  2024年9月']
    expect(rows(lines).slice(2)).toEqual([
      ['-p1', '二、重点任务分工', null, '2024年重点任务分工表'],
      ['-p2', '二、重点任务分工', null, '深化理论武装，全年集中学习12次。责任单位：机关党委；完成时限：2024年12月。'],
      ['-p3', '二、重点任务分工', null, '新增公办学位500个。责任单位：基础教育股；完成时限：2024年9月。'],
    ])
  })
})

describe('parseDocument on a text task table whose category cell spans several rows, printed once on the first', () => {
  const TASKS = [
    ['-100-1', '重点任务清单', 1, '1.深化理论武装，全年集中学习12次。任务类别：党的建设；责任单位：机关党委；完成时限：2024年12月。'],
    ['-100-2', '重点任务清单', 2, '2.加强基层党组织建设，推进全覆盖。任务类别：党的建设；责任单位：组织人事股；完成时限：2024年6月。'],
    ['-100-3', '重点任务清单', 3, '3.新增公办学位500个。任务类别：教育均衡；责任单位：基础教育股；完成时限：2024年9月。'],
  ]
  const CELLS = [
    ['1', '党的建设', '深化理论武装，全年集中学习12次', '机关党委', '2024年12月'],
    ['2', '加强基层党组织建设，推进全覆盖', '组织人事股', '2024年6月'],
    ['3', '教育均衡', '新增公办学位500个', '基础教育股', '2024年9月'],
  ]
  const HEAD = ['序号', '任务类别', '工作任务', '责任单位', '完成时限']

  it('heads each row one a line by its task, the category carried down to the rows that leave it out (the head was no table: its rows ran into one another)', () => {
    // Before: 任务类别 named no column, so nothing read the lines as a table: `1 党的建设深化理论武装…机关党委2024年12月2 加强…`.
    expect(rows([...BODY, '重点任务清单', HEAD.join('\t'), ...CELLS.map((r) => r.join('\t'))])).toEqual([...CLAUSES, ...TASKS])
  })

  it('reads a table flattened one cell a line the same way', () => {
    expect(rows([...BODY, '重点任务清单', ...HEAD, ...CELLS.flat()])).toEqual([...CLAUSES, ...TASKS])
  })

  it('reads a table without 序号 the same way, its rows numbered in order (a row without its category kept the rows passages, cells apart)', () => {
    const unnumbered = CELLS.map((r) => r.slice(1).join('\t'))
    expect(rows([...BODY, '重点任务清单', HEAD.slice(1).join('\t'), ...unnumbered])).toEqual([...CLAUSES, ...TASKS])
  })
})
