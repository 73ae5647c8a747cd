import { describe, expect, it } from 'vitest'
import { headingRows, parseHandmade, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a plan that sets 专栏 boxes of numbered projects between its clauses', () => {
  const [plan] = parseHandmadeText('hechi-2024-special-column-boxes.txt')

  it('makes each box one passage headed by its title, its items numbered from 1 again no clauses, and the plan’s clauses run 1–7 around them', () => {
    expect(headingRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, '2024年，全市教育系统要坚持稳中求进工作总基调，加快建设教育强市'],
      ['-1-1', '一', 1, '深化理论武装'],
      ['-1-2', '一', 2, '加强基层党组织建设'],
      ['-2-3', '二', 3, '扩大学前教育资源'],
      ['-p2', '二', null, '专栏1  2024年教育民生实事项目'],
      ['-2-4', '二', 4, '推进义务教育优质均衡'],
      ['-2-5', '二', 5, '深化“双减”工作'],
      ['-3-6', '三', 6, '加强师德师风建设'],
      ['-p3', '三', null, '专栏2  教师队伍建设重点工程'],
      ['-3-7', '三', 7, '提升教师专业能力'],
    ])
    expect(plan.plan.warnings).toEqual([])
  })

  it('keeps a box’s items in its passage and out of the clause before it', () => {
    expect(plan.clauses.find((c) => c.number === 3)!.text).toBe('3.扩大学前教育资源。新建、改扩建公办幼儿园8所。')
    expect(plan.clauses.find((c) => c.id.endsWith('-p2'))!.text).toBe('专栏1  2024年教育民生实事项目\n1.新建公办幼儿园5所，新增学位1500个。\n2.改造农村薄弱学校20所。\n3.为农村学生配备营养餐。')
    expect(plan.clauses.find((c) => c.id.endsWith('-p3'))!.text).toBe('专栏2  教师队伍建设重点工程\n1.名师名校长培养工程：培养市级名师50名。\n2.乡村教师支持计划：招聘特岗教师300名。')
  })
})

describe('parseDocument on a Word plan that draws a 专栏 box as a table of one framed cell', () => {
  it('reads the cell’s paragraphs as the box, one passage between clauses 3 and 4', async () => {
    const [plan] = await parseHandmade('jinchang-2024-box-in-one-cell-table.docx')
    expect(headingRows(plan).map((r) => r.slice(0, 3))).toEqual([['-p1', null, null], ['-1-1', '一', 1], ['-1-2', '一', 2], ['-2-3', '二', 3], ['-p2', '二', null], ['-2-4', '二', 4]])
    expect(plan.clauses[4].text).toBe('专栏1  2024年教育民生实事项目\n1.新建公办幼儿园5所，新增学位1500个。\n2.改造农村薄弱学校20所。\n3.为农村学生配备营养餐。')
    expect(plan.plan.warnings).toEqual([])
  })
})
