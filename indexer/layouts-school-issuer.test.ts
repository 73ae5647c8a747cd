import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const BODY = ['一、指导思想', '坚持立德树人，全面提升办学水平。', '二、主要工作', '1.抓好教学常规。每月检查教案和作业。', '2.加强德育工作。开展主题班会。']
const parse = (head: string[]) => parseDocument({ file: 'a.txt', text: [...head, ...BODY].join('\n'), fields: {}, url: null })[0].plan
const issued = (head: string[]) => {
  const plan = parse(head)
  return [plan.issuer, plan.metadataEvidence.issuer?.quote ?? null, plan.city]
}

describe('parseDocument on a school\'s own plan, which names the school before its year or term', () => {
  it('takes the school the title opens with for the issuer (real titles on jining.gov.cn and huoqiu.gov.cn, 2025)', () => {
    expect([
      issued(['济宁市南池小学2024-2025学年度第一学期工作计划']),
      issued(['济宁市兖州区第一中学2025-2026年度第一学期工作计划']),
      issued(['霍邱县龙潭镇中心幼儿园2025—2026学年度工作计划']),
    ]).toEqual([
      ['济宁市南池小学', '济宁市南池小学2024-2025学年度第一学期工作计划', '济宁市'],
      ['济宁市兖州区第一中学', '济宁市兖州区第一中学2025-2026年度第一学期工作计划', '兖州区'],
      ['霍邱县龙潭镇中心幼儿园', '霍邱县龙潭镇中心幼儿园2025—2026学年度工作计划', '霍邱县'],
    ])
  })

  it('takes the school a city\'s page names as the 来源, and the page\'s date for the publish date (lnky.gov.cn, 开原市城东镇中学)', () => {
    const plan = parse(['2025-2026学年度上学期工作计划', '来源:开原市城东镇中学 发布时间:2025年07月07日', '开原市城东镇中学学校工作计划', '2025-2026上学期'])
    expect([plan.issuer, plan.metadataEvidence.issuer?.quote, plan.publishDate, plan.year]).toEqual(['开原市城东镇中学', '来源:开原市城东镇中学', '2025-07-07', 2025])
  })

  it('names no issuer for a plan of the schools of a place, which their bureau addresses', () => {
    expect([issued(['长沙市中小学2025年暑期安全工作方案']), issued(['武汉市中小学幼儿园2025年安全工作要点'])]).toEqual([
      [null, null, '长沙市'],
      [null, null, '武汉市'],
    ])
  })
})

describe('parseDocument on the level of a school\'s own plan', () => {
  it('gives a school\'s plan the level 校, not its place\'s, and a plan of the schools of a place its place\'s level', () => {
    const levels = (heads: string[][]) => heads.map((head) => [parse(head).issuer, parse(head).level])
    expect(
      levels([
        ['济宁市南池小学2024-2025学年度第一学期工作计划'],
        ['霍邱县龙潭镇中心幼儿园2025—2026学年度工作计划'],
        ['2024—2025学年第一学期工作计划', '长沙市第一中学'],
        ['长沙市中小学2025年暑期安全工作方案'],
        ['荆门市教育局2025年工作要点'],
      ]),
    ).toEqual([
      ['济宁市南池小学', '校'],
      ['霍邱县龙潭镇中心幼儿园', '校'],
      ['长沙市第一中学', '校'],
      [null, '市'],
      ['荆门市教育局', '市'],
    ])
  })
})
