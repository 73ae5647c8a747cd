import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on two counties’ plans printed one after the other, no contents and no compilation title', () => {
  it('cuts the file at the second title, the first plan signed and dated right above it: two plans of their own clauses', () => {
    const plans = parseHandmadeText('anhui-two-county-plans-one-page.txt')
    expect(plans.map((p) => [p.plan.title, p.plan.issuer, p.plan.city, p.plan.publishDate, p.plan.clauseCount, p.plan.warnings])).toEqual([
      ['霍邱县教育局2024年工作要点', '霍邱县教育局', '霍邱县', '2024-03-04', 3, []],
      ['舒城县教育体育局2024年工作要点', '舒城县教育体育局', '舒城县', '2024-03-06', 4, []],
    ])
    expect(outlineRows(plans[0]).slice(1)).toEqual([
      ['-1-1', '一加强党的建设', null, 1, '1.深化理论武装。全年开展集中学习12次以上。'],
      ['-1-2', '一加强党的建设', null, 2, '2.夯实基层党建。培育党建示范校5所。'],
      ['-2-3', '二促进教育均衡', null, 3, '3.扩大学前教育资源。新建公办幼儿园3所。'],
    ])
    expect(outlineRows(plans[1]).map((r) => r.slice(1, 4))).toEqual([
      [null, null, null],
      ['一坚持党建引领', null, 1],
      ['一坚持党建引领', null, 2],
      ['二推进优质均衡', null, 3],
      ['二推进优质均衡', null, 4],
    ])
  })
})
