import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const BODY = ['某县教育局2024年教育工作要点', '一、全面加强党的建设', '1.深化理论武装。全年开展集中学习12次。', '二、推进基础教育优质均衡', '2.扩大优质学前教育资源。新建改扩建幼儿园3所。']
const ROW = {
  theory: ['深化理论武装，全年集中学习12次', '机关党委', '2024年12月'],
  branches: ['加强基层党组织建设，培育示范校5所', '组织人事股', '2024年6月'],
  kindergartens: ['新建改扩建幼儿园3所', '基础教育股', '2024年9月'],
  balance: ['推进义务教育优质均衡发展', '基础教育股', '2024年12月'],
}
const parse = (lines: string[]) => {
  const [plan] = parseDocument({ file: 'x.txt', text: lines.join('\n'), fields: {}, url: null })
  return plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter?.title ?? null, c.section, c.number, c.text])
}

// A PDF's task table extracted one cell a line (序号 / 工作任务 / 责任单位 / 完成时限, then 1 / 深化… / 机关党委 / 2024年12月),
// its groups' cells merged across the row printed as lines of their own over their rows (一、党的建设).
describe('parseDocument on a task table one cell a line whose rows stand under group lines', () => {
  const HEAD = ['2024年重点任务分工表', '序号', '工作任务', '责任单位', '完成时限']

  it('reads each group as a section of the table’s chapter over its labelled tasks, as the table one row a line reads', () => {
    const lines = [...BODY, ...HEAD, '一、党的建设', '1', ...ROW.theory, '2', ...ROW.branches, '二、教育均衡', '3', ...ROW.kindergartens, '4', ...ROW.balance]
    // Before: the table ended at 一、党的建设 right under its head (no row 1 under 完成时限), so the title, head, groups and
    // every cell ran into clause 2, a line each.
    expect(parse(lines).slice(2)).toEqual([
      ['-100-1', '2024年重点任务分工表', '一、党的建设', 1, '1.深化理论武装，全年集中学习12次。责任单位：机关党委；完成时限：2024年12月。'],
      ['-100-2', '2024年重点任务分工表', '一、党的建设', 2, '2.加强基层党组织建设，培育示范校5所。责任单位：组织人事股；完成时限：2024年6月。'],
      ['-100-3', '2024年重点任务分工表', '二、教育均衡', 3, '3.新建改扩建幼儿园3所。责任单位：基础教育股；完成时限：2024年9月。'],
      ['-100-4', '2024年重点任务分工表', '二、教育均衡', 4, '4.推进义务教育优质均衡发展。责任单位：基础教育股；完成时限：2024年12月。'],
    ])
  })

  it('reads rows numbered again from 1 under each group the same way', () => {
    const lines = [...BODY, ...HEAD, '一、党的建设', '1', ...ROW.theory, '2', ...ROW.branches, '二、教育均衡', '1', ...ROW.kindergartens, '2', ...ROW.balance]
    expect(parse(lines).slice(2).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['-100-1', '一、党的建设', 1],
      ['-100-2', '一、党的建设', 2],
      ['-100-1-2', '二、教育均衡', 1],
      ['-100-2-2', '二、教育均衡', 2],
    ])
  })

  it('ends a table in the middle of the body at the chapter heading after it, its groups and rows passages of the chapter it stands in', () => {
    const lines = [...BODY, ...HEAD.slice(1), '一、党的建设', '1', ...ROW.theory, '二、教育均衡', '2', ...ROW.kindergartens, '三、建设高素质教师队伍', '3.加强师德师风建设。开展专题教育。']
    expect(parse(lines).slice(2)).toEqual([
      ['-p1', '推进基础教育优质均衡', null, null, '一、党的建设'],
      ['-p2', '推进基础教育优质均衡', null, null, '深化理论武装，全年集中学习12次。责任单位：机关党委；完成时限：2024年12月。'],
      ['-p3', '推进基础教育优质均衡', null, null, '二、教育均衡'],
      ['-p4', '推进基础教育优质均衡', null, null, '新建改扩建幼儿园3所。责任单位：基础教育股；完成时限：2024年9月。'],
      ['-3-3', '建设高素质教师队伍', null, 3, '3.加强师德师风建设。开展专题教育。'],
    ])
  })
})

// The same table without 序号: no row number says where a row begins, and the category's cell, merged down over its
// tasks, is printed once on its first row (党的建设 over two tasks, 教育均衡 over two).
describe('parseDocument on a task table one cell a line without 序号 whose category cell spans several rows', () => {
  const HEAD = ['2024年重点任务清单', '任务类别', '工作任务', '责任单位', '完成时限']
  const CELLS = ['党的建设', ...ROW.theory, ...ROW.branches, '教育均衡', ...ROW.kindergartens, ...ROW.balance]

  it('ends each row at its deadline and labels its tasks under their category, as the table one row a line reads (46eea47)', () => {
    // Before: the title, the head and every cell ran into clause 2, a line each.
    expect(parse([...BODY, ...HEAD, ...CELLS]).slice(2)).toEqual([
      ['-100-1', '2024年重点任务清单', null, 1, '1.深化理论武装，全年集中学习12次。任务类别：党的建设；责任单位：机关党委；完成时限：2024年12月。'],
      ['-100-2', '2024年重点任务清单', null, 2, '2.加强基层党组织建设，培育示范校5所。任务类别：党的建设；责任单位：组织人事股；完成时限：2024年6月。'],
      ['-100-3', '2024年重点任务清单', null, 3, '3.新建改扩建幼儿园3所。任务类别：教育均衡；责任单位：基础教育股；完成时限：2024年9月。'],
      ['-100-4', '2024年重点任务清单', null, 4, '4.推进义务教育优质均衡发展。任务类别：教育均衡；责任单位：基础教育股；完成时限：2024年12月。'],
    ])
  })

  it('ends each row at its unit where the unit is the last column, and at deadlines in words (全年, 6月底前, 持续推进)', () => {
    const byUnit = [...BODY, ...HEAD.slice(0, 4), ...CELLS.filter((c) => !/^2024年\d+月$/.test(c))]
    expect(parse(byUnit).slice(2).map((r) => r[4])).toEqual([
      '1.深化理论武装，全年集中学习12次。任务类别：党的建设；责任单位：机关党委。',
      '2.加强基层党组织建设，培育示范校5所。任务类别：党的建设；责任单位：组织人事股。',
      '3.新建改扩建幼儿园3所。任务类别：教育均衡；责任单位：基础教育股。',
      '4.推进义务教育优质均衡发展。任务类别：教育均衡；责任单位：基础教育股。',
    ])
    const inWords = CELLS.map((c, i) => (i === 3 ? '全年' : c === '2024年6月' ? '6月底前' : c === '2024年9月' ? '持续推进' : c))
    expect(parse([...BODY, ...HEAD, ...inWords]).slice(2).map((r) => String(r[4]).replace(/^.*完成时限：/, ''))).toEqual(['全年。', '6月底前。', '持续推进。', '2024年12月。'])
  })

  it('reads it so under an 附件 heading, and as passages of the chapter it stands in when the body goes on after it', () => {
    expect(parse([...BODY, '附件', ...HEAD, ...CELLS]).slice(2).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['-101-1', '2024年重点任务清单', 1],
      ['-101-2', '2024年重点任务清单', 2],
      ['-101-3', '2024年重点任务清单', 3],
      ['-101-4', '2024年重点任务清单', 4],
    ])
    const midBody = parse([...BODY, ...HEAD.slice(1), ...CELLS, '三、建设高素质教师队伍', '3.加强师德师风建设。开展专题教育。']).slice(2)
    expect(midBody.map((r) => [r[0], r[1], r[4]])).toEqual([
      ['-p1', '推进基础教育优质均衡', '深化理论武装，全年集中学习12次。任务类别：党的建设；责任单位：机关党委；完成时限：2024年12月。'],
      ['-p2', '推进基础教育优质均衡', '加强基层党组织建设，培育示范校5所。任务类别：党的建设；责任单位：组织人事股；完成时限：2024年6月。'],
      ['-p3', '推进基础教育优质均衡', '新建改扩建幼儿园3所。任务类别：教育均衡；责任单位：基础教育股；完成时限：2024年9月。'],
      ['-p4', '推进基础教育优质均衡', '推进义务教育优质均衡发展。任务类别：教育均衡；责任单位：基础教育股；完成时限：2024年12月。'],
      ['-3-3', '建设高素质教师队伍', '3.加强师德师风建设。开展专题教育。'],
    ])
  })

  it('joins a task cell wrapped after its comma back, and leaves the cells as they were when a row leaves a column empty', () => {
    const wrapped = [...BODY, ...HEAD, '党的建设', '深化理论武装，', '全年集中学习12次', '机关党委', '2024年12月', ...ROW.branches]
    expect(parse(wrapped).slice(2).map((r) => r[4])).toEqual([
      '1.深化理论武装，全年集中学习12次。任务类别：党的建设；责任单位：机关党委；完成时限：2024年12月。',
      '2.加强基层党组织建设，培育示范校5所。任务类别：党的建设；责任单位：组织人事股；完成时限：2024年6月。',
    ])
    // Row 2 without its unit: which cell is missing cannot be told, so no row is labelled and the cells stay text.
    const empty = [...BODY, ...HEAD, '党的建设', ...ROW.theory, ROW.branches[0], ROW.branches[2]]
    expect(parse(empty).slice(1).map((r) => r[4])).toEqual([
      ['2.扩大优质学前教育资源。新建改扩建幼儿园3所。', ...HEAD, '党的建设', ...ROW.theory, ROW.branches[0], ROW.branches[2]].join('\n'),
    ])
  })
})
