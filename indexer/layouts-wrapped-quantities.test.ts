import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a PDF’s hard-wrapped lines that open with a decimal quantity (3.5亿元, 4.2万平方米)', () => {
  it('joins each such line to its sentence, numbering no clause by it, even where it reads as the next clause’s number', () => {
    const [plan] = parseHandmadeText('huainan-fengtai-2024-wrapped-decimal-quantities-at-line-start.txt')
    expect(outlineRows(plan)).toEqual([
      ['-1-1', '一推进教育优质均衡', null, 1, '1.扩大学前教育资源。新建、改扩建公办幼儿园6所，总建筑面积达到2.6万平方米，新增公办学位1800个。'],
      ['-1-2', '一推进教育优质均衡', null, 2, '2.改善办学条件。实施薄弱学校改造工程，全年投入资金3.5亿元，改造校舍面积4.2万平方米。'],
      ['-1-3', '一推进教育优质均衡', null, 3, '3.推进集团化办学。组建教育集团5个。'],
      ['-2-4', '二建设高素质教师队伍', null, 4, '4.加强师德师风建设。开展师德专题教育。'],
    ])
    expect([plan.plan.clauseCount, plan.plan.warnings, plan.plan.publishDate]).toEqual([4, [], '2024-03-01'])
  })
})
