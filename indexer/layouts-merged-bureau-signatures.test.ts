import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { headingRows, outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on county plans signed by a merged bureau (教育科技局) or dated as under a seal (二〇二五年三月十日)', () => {
  it('keeps the signature of a 教育科技局 out of the last clause of a UTF-8 copy with a BOM and CRLF, its title year in Chinese numerals', async () => {
    const [plan] = await parseHandmade('shanxi-xixian-2024-chinese-numeral-year-paren-digit-clauses.txt')
    expect(headingRows(plan).map((r) => r.slice(0, 3))).toEqual([['-p1', null, null], ['-1-1', '一', 1], ['-1-2', '一', 2], ['-2-1', '二', 1], ['-2-2', '二', 2], ['-2-3', '二', 3], ['-3-1', '三', 1]])
    expect(plan.clauses.at(-1)!.text).toBe('（1）加强师德师风建设。开展师德师风专题教育，严肃查处违规行为。')
    const { title, issuer, city, province, year, docNumber, publishDate, warnings } = plan.plan
    expect({ title, issuer, city, province, year, docNumber, publishDate, warnings }).toEqual({
      title: '二〇二四年全县教育工作要点',
      issuer: '隰县教育科技局',
      city: '隰县',
      province: '山西省',
      year: 2024,
      docNumber: '隰教科字〔2024〕5号',
      publishDate: '2024-03-01',
      warnings: [],
    })
  })

  it('keeps a signature dated 二〇二五年三月十日 out of the last clause and reads it as the publish date', () => {
    const text = '临县2025年教育工作要点\n一、加强党的建设\n1.深化理论武装。全年开展集中学习12次以上。\n2.夯实基层党建。培育党建示范校5所。\n\n临县教育科技局\n二〇二五年三月十日\n'
    const [plan] = parseDocument({ file: 'linxian.txt', text, fields: {}, url: null })
    expect(plan.clauses.map((c) => c.text)).toEqual(['1.深化理论武装。全年开展集中学习12次以上。', '2.夯实基层党建。培育党建示范校5所。'])
    expect([plan.plan.issuer, plan.plan.publishDate]).toEqual(['临县教育科技局', '2025-03-10'])
  })

  it('keeps the signature of a 教育文旅局 out of the last clause and reads it as the issuer', () => {
    const text = '某县2024年教育工作要点\n一、加强党的建设\n1.深化理论武装。全年开展集中学习12次以上。\n2.夯实基层党建。培育党建示范校5所。\n\n某县教育文旅局\n2024年3月4日\n'
    const [plan] = parseDocument({ file: 'mouxian.txt', text, fields: {}, url: null })
    expect(plan.clauses.map((c) => c.text)).toEqual(['1.深化理论武装。全年开展集中学习12次以上。', '2.夯实基层党建。培育党建示范校5所。'])
    expect([plan.plan.issuer, plan.plan.publishDate]).toEqual(['某县教育文旅局', '2024-03-04'])
  })

  it('keeps a chapter title that ends in 布局 (科学规划城乡教育资源布局) as its chapter: a heading, no merged bureau signing', () => {
    const text =
      '某县教育局2024年教育工作要点\n全面加强党的建设\n1.深化理论武装。全年开展集中学习12次以上。\n2.夯实基层党建。培育党建示范校5所。\n科学规划城乡教育资源布局\n3.扩大学前教育资源。新建公办幼儿园3所。\n加强教师队伍建设\n4.招聘乡村教师150名。\n\n某县教育局\n2024年3月4日\n'
    const [plan] = parseDocument({ file: 'mouxian.txt', text, fields: {}, url: null })
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-1-1', '全面加强党的建设', null, 1],
      ['-1-2', '全面加强党的建设', null, 2],
      ['-2-3', '科学规划城乡教育资源布局', null, 3],
      ['-3-4', '加强教师队伍建设', null, 4],
    ])
    expect([plan.plan.issuer, plan.plan.publishDate]).toEqual(['某县教育局', '2024-03-04'])
  })
})
