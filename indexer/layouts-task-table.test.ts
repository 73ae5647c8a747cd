import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const parse = (file: string) => parseDocument({ file, text: readFileSync(join('test/fixtures/layouts/handmade', file), 'utf8'), fields: {}, url: null })

describe('parseDocument on a task table flattened one cell per line after the last clause', () => {
  it('ends the last clause at its own text and keeps the table as its title, its head and one passage per row', () => {
    const [plan] = parse('chuzhou-2024-task-table-after-clauses.txt')
    expect(plan.clauses.find((c) => c.number === 16)!.text).toBe('16.加强竞技体育后备人才培养。建设市级体育传统特色学校20所。')
    expect(plan.clauses.filter((c) => c.number === null).map((c) => c.text).slice(1)).toEqual([
      '2024年教育体育重点任务分工表',
      '序号 重点任务 牵头单位 完成时限',
      '1 培育党建示范校10所 机关党委 2024年12月',
      '2 新建、改扩建公办幼儿园6所，新增公办学位 1800个 基础教育科 规划建设科 2024年9月',
      '3 新组建紧密型教育集团5个 基础教育科 2024年12月',
      '4 培养市级骨干教师250名 教师工作科 2024年11月',
      '5 新建、改建全民健身场地设施30处 群众体育科 2024年10月',
    ])
  })
})

describe('parseDocument on a task table extracted one row per line after the last clause', () => {
  const [plan] = parse('xuancheng-2024-task-table-one-row-per-line.txt')

  it('ends the last clause at its own text and numbers no row as a clause', () => {
    expect(plan.clauses.find((c) => c.number === 9)!.text).toBe('9.加强竞技体育后备人才培养。建设市级体育传统特色学校20所。')
    expect(plan.clauses.filter((c) => c.number !== null).map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('keeps the title, the head and each row as a passage with its cells one space apart, a wrapped cell with its row, the page number gone', () => {
    expect(plan.clauses.filter((c) => c.number === null).map((c) => c.text).slice(1)).toEqual([
      '2024年教育体育重点任务分工表',
      '序号 重点任务 牵头单位 完成时限',
      '1 培育党建示范校10所 机关党委 2024年12月',
      '2 新建、改扩建公办幼儿园6所，新增公办学位1800个，普惠性幼儿园覆盖率达到92% 以上 基础教育科 2024年9月',
      '3 新组建紧密型教育集团5个 基础教育科 2024年12月',
      '4 新建产教融合实训基地3个 职业教育科 2024年10月',
      '5 培养市级骨干教师250名 教师工作科 2024年11月',
      '6 新建、改建全民健身场地设施30处 群众体育科 2024年10月',
    ])
  })
})
