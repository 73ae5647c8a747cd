import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })[0]
const rows = (text: string) => parse(text).clauses.map((c) => [c.number, c.text])

const TASKS = [
  [1, '1.深化理论武装，落实“第一议题”制度。牵头单位：组织科；责任单位：各科室；完成时限：2024年12月。'],
  [2, '2.推进学前教育普惠发展，新增公办学位1000个。牵头单位：学前教育科；责任单位：计划财务科、各镇街教管办；完成时限：2024年9月。'],
  [3, '3.实施义务教育强校扩优行动。牵头单位：基础教育科；责任单位：各学校；完成时限：2024年12月。'],
]
const CELLS = [
  ['1', '深化理论武装，落实“第一议题”制度', '组织科', '各科室', '2024年12月'],
  ['2', '推进学前教育普惠发展，新增公办学位1000个', '学前教育科', '计划财务科、各镇街教管办', '2024年9月'],
  ['3', '实施义务教育强校扩优行动', '基础教育科', '各学校', '2024年12月'],
]
const HEAD = ['序号', '工作任务', '牵头单位', '责任单位', '完成时限']

describe('parseDocument on a document that is a task table alone (a 任务分工 posted as a file of its own), as text extraction gives it', () => {
  it('reads each row of a table one cell a line as a task numbered by its row, its cells labelled (each cell was a passage: 1, 组织科, 2024年12月 …)', () => {
    const text = ['附件', '平度市2024年教育工作要点任务分工', ...HEAD, ...CELLS.flat()].join('\n')
    const plan = parse(text)
    expect(rows(text)).toEqual(TASKS)
    expect([plan.plan.title, plan.plan.city, plan.plan.warnings]).toEqual(['平度市2024年教育工作要点任务分工', '平度市', []])
  })

  it('reads a table one row a line, cells apart by tabs, the same way, under a sentence that introduces it', () => {
    const text = ['平度市2024年教育工作要点任务分工', '为确保各项任务落到实处，现将任务分工如下：', HEAD.join('\t'), ...CELLS.map((r) => r.join('\t'))].join('\n')
    expect(rows(text)).toEqual([[null, '为确保各项任务落到实处，现将任务分工如下：'], ...TASKS])
  })

  it('joins a task cell wrapped onto a second line to its task, and leaves a plan whose clauses come before its table as it was', () => {
    const wrapped = ['平度市2024年教育工作要点任务分工', '序号', '工作任务', '牵头单位', '完成时限', '1', '深化理论武装，落实“第一议题”制度，全年开展', '集中学习12次', '组织科', '2024年12月', '2', '新增公办学位1000个', '学前教育科', '2024年9月'].join('\n')
    // Before: a row of more lines than columns could not be told apart, and the table stayed a passage a row
    // (`1 深化理论武装，…全年开展 集中学习12次 组织科 2024年12月`). Only 集中学习12次 after the task leaves the unit
    // and the deadline columns a cell of their shape each (task-rows.ts wrappedCells).
    expect(rows(wrapped)).toEqual([
      [1, '1.深化理论武装，落实“第一议题”制度，全年开展集中学习12次。牵头单位：组织科；完成时限：2024年12月。'],
      [2, '2.新增公办学位1000个。牵头单位：学前教育科；完成时限：2024年9月。'],
    ])
    const plan = ['即墨区教育和体育局2024年工作要点', '一、加强党的建设', '1.深化理论武装。健全“第一议题”制度。', '2.加强基层党组织建设。培育党建品牌10个。', '附件', '重点任务分工表', ...HEAD, ...CELLS.flat()].join('\n')
    expect(parse(plan).clauses.map((c) => [c.chapter?.number ?? null, c.number, c.text])).toEqual([
      ['一', 1, '1.深化理论武装。健全“第一议题”制度。'],
      ['一', 2, '2.加强基层党组织建设。培育党建品牌10个。'],
      ...TASKS.map(([n, t]) => ['附件', n, t]),
    ])
  })
})
