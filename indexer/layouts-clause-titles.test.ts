import { describe, expect, it } from 'vitest'
import { headingRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

const parse = parseHandmadeText
const rows = (file: string) => {
  const [plan] = parse(file)
  return { plan, rows: headingRows(plan) }
}

describe('parseDocument on clause titles set apart from their text by a space only (a bold run-in title flattened)', () => {
  it('heads each clause by its title, keeps the space in its text, and reads 5. run on after clause 4’s full stop as a clause of its own', () => {
    const { plan, rows: got } = rows('xianning-2024-clause-titles-apart-by-space.txt')
    expect([plan.plan.id, plan.plan.title, plan.plan.issuer, plan.plan.warnings]).toEqual(['xianning-2024-jiaoyuju-gongzuo-yaodian', '咸宁市教育局2024年工作要点', '咸宁市教育局', []])
    expect(got).toEqual([
      ['-1-1', '一', 1, '加强党的政治建设', '1. 加强党的政治建设 坚持“第一议题”制度，全年召开党组会专题学习12次以上。'],
      ['-1-2', '一', 2, '深化全面从严治党', '2. 深化全面从严治党 落实党风廉政建设主体责任，开展廉洁文化进校园活动。'],
      ['-2-3', '二', 3, '扩大优质学前教育资源', '3. 扩大优质学前教育资源 新建公办幼儿园4所，新增学位1200个。'],
      ['-2-4', '二', 4, '推进县域义务教育优质均衡', '4. 推进县域义务教育优质均衡 组建紧密型教育集团6个。'],
      ['-2-5', '二', 5, '提升普通高中办学质量', '5. 提升普通高中办学质量 实施普通高中强基工程，建设特色学科基地5个。'],
      ['-3-6', '三', 6, '强化师德师风建设', '6. 强化师德师风建设 严肃查处师德失范行为。'],
      ['-3-7', '三', 7, '提升教师专业素养', '7.提升教师专业素养。开展全员培训，培训教师8000人次。'],
    ])
  })
})

describe('parseDocument on clause titles set before their text with a colon or a dash', () => {
  it('heads each clause by the words before ： or ——, its text kept as written', () => {
    const { plan, rows: got } = rows('dingxi-2024-clause-titles-colon-dash.txt')
    expect(got.map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市'],
      ['-1-1', '一', 1, '深化理论武装'],
      ['-1-2', '一', 2, '加强基层党组织建设'],
      ['-2-3', '二', 3, '扩大学前教育资源'],
      ['-2-4', '二', 4, '推进义务教育优质均衡'],
    ])
    expect(plan.clauses[3].text).toBe('3.扩大学前教育资源——新建、改扩建公办幼儿园8所，新增公办学位2400个，公办园在园幼儿占比达到55%。')
  })
})
