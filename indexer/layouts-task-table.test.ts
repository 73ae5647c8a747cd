import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

const parse = (file: string) => parseDocument({ file, text: readFileSync(join('test/fixtures/layouts/handmade', file), 'utf8'), fields: {}, url: null })

describe('parseDocument on a task table flattened one cell per line after the last clause', () => {
  it('ends the last clause at its own text and reads the table as a chapter of its title, a task a row, no passage left', () => {
    const [plan] = parse('chuzhou-2024-task-table-after-clauses.txt')
    expect(plan.clauses.find((c) => c.number === 16)!.text).toBe('16.加强竞技体育后备人才培养。建设市级体育传统特色学校20所。')
    // Before: row 2, its task wrapped (`…新增公办学位` / `1800个`) and two units one a line, could not be told apart, so
    // the title, the head and each row stayed passages; each row's text is now its task (layouts-cell-lines-wrapped-task).
    expect(plan.clauses.filter((c) => c.number === null).map((c) => c.text).slice(1)).toEqual([])
    expect(plan.clauses.filter((c) => c.chapter?.title === '2024年教育体育重点任务分工表').map((c) => [c.id.replace(plan.plan.id, ''), c.number])).toEqual([
      ['-100-1', 1],
      ['-100-2', 2],
      ['-100-3', 3],
      ['-100-4', 4],
      ['-100-5', 5],
    ])
  })
})

describe('parseDocument on a task table extracted one row per line after the last clause', () => {
  const [plan] = parse('xuancheng-2024-task-table-one-row-per-line.txt')

  it('ends the last clause at its own text and numbers the body’s clauses 1–9 as printed', () => {
    expect(plan.clauses.find((c) => c.number === 9)!.text).toBe('9.加强竞技体育后备人才培养。建设市级体育传统特色学校20所。')
    expect(plan.clauses.filter((c) => c.number !== null && c.chapter?.number !== '').map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('reads the table as a chapter headed by its title, each row a task labelled by its columns, the wrapped task cell put back and the page number gone', () => {
    // Before: the title, the head and each row were passages under no chapter, the row's cells one space apart
    // (`1 培育党建示范校10所 机关党委 2024年12月`): the unit and the date read as words of the task.
    expect(plan.clauses.filter((c) => c.chapter?.title === '2024年教育体育重点任务分工表').map((c) => [c.id.replace(plan.plan.id, ''), c.number, c.text])).toEqual([
      ['-100-1', 1, '1.培育党建示范校10所。牵头单位：机关党委；完成时限：2024年12月。'],
      ['-100-2', 2, '2.新建、改扩建公办幼儿园6所，新增公办学位1800个，普惠性幼儿园覆盖率达到92%以上。牵头单位：基础教育科；完成时限：2024年9月。'],
      ['-100-3', 3, '3.新组建紧密型教育集团5个。牵头单位：基础教育科；完成时限：2024年12月。'],
      ['-100-4', 4, '4.新建产教融合实训基地3个。牵头单位：职业教育科；完成时限：2024年10月。'],
      ['-100-5', 5, '5.培养市级骨干教师250名。牵头单位：教师工作科；完成时限：2024年11月。'],
      ['-100-6', 6, '6.新建、改建全民健身场地设施30处。牵头单位：群众体育科；完成时限：2024年10月。'],
    ])
    expect(plan.clauses.filter((c) => c.number === null).map((c) => c.text)).toHaveLength(1)
  })
})

describe('parseDocument on a plan set out as a task table that prints no 序号 (工作板块 | 重点工作 | 工作措施 | 责任科室 | 完成时限)', () => {
  it('reads each row as its task with the other columns labelled, under its board as a chapter, no cells run together', async () => {
    const [plan] = await parseHandmade('yanan-2024-task-table-no-number-column.html')
    expect(plan.clauses.map((c) => [c.chapter?.title ?? null, c.paragraph ?? null, c.heading, c.text])).toEqual([
      [null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市', '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。现将年度重点工作安排如下：'],
      ['党的建设', 1, '深化理论武装', '深化理论武装。工作措施：健全“第一议题”制度，全年集中学习12次以上；责任科室：机关党委；完成时限：12月。'],
      ['党的建设', 2, '加强基层党组织建设', '加强基层党组织建设。工作措施：推进党组织领导的校长负责制全覆盖；责任科室：组织人事科；完成时限：12月。'],
      ['教育均衡', 1, '扩大学前教育资源', '扩大学前教育资源。工作措施：新增公办学位2000个；责任科室：基础教育科；完成时限：9月。'],
      ['教育均衡', 2, '推进义务教育优质均衡', '推进义务教育优质均衡。工作措施：新组建教育集团5个；责任科室：基础教育科；完成时限：12月。'],
    ])
  })
})
