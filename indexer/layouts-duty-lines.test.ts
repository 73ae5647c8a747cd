import { describe, expect, it } from 'vitest'
import { parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on clauses each followed by who carries them out and by when (牵头单位：… / 完成时限：…)', () => {
  it('keeps each label line its own line of the clause, and a label set apart in its line by spaces apart by one', () => {
    const [plan] = parseHandmadeText('huludao-2024-duty-lines-under-clauses.txt')
    expect(plan.clauses.map((c) => [c.number, c.heading, c.text])).toEqual([
      [null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市', '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      [1, '深化理论武装', '1.深化理论武装。健全“第一议题”制度。\n牵头单位：机关党委\n责任科室：组织人事科、宣传科\n完成时限：2024年12月'],
      [2, '加强基层党组织建设', '2.加强基层党组织建设。推进全覆盖。\n责任单位：组织人事科 完成时间：2024年6月底前'],
      [3, '扩大学前教育资源', '3.扩大学前教育资源。新增公办学位2000个。\n（牵头领导：张三；责任单位：基础教育科）'],
    ])
    expect([plan.plan.issuer, plan.plan.signDate, plan.plan.warnings]).toEqual(['葫芦岛市教育局', '2024-03-01', []])
  })
})
