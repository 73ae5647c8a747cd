import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const BODY = ['一、指导思想', '坚持立德树人，全面提升办学水平。', '二、主要工作', '1.抓好教学常规。每月检查教案和作业。', '2.加强德育工作。开展主题班会。']
const parse = (head: string[]) => parseDocument({ file: 'a.txt', text: [...head, ...BODY].join('\n'), fields: {}, url: null })[0]
const read = (head: string[]) => {
  const plan = parse(head)
  return [plan.plan.title, plan.plan.issuer, plan.plan.metadataEvidence.issuer?.quote ?? null, plan.clauses.map((c) => c.id.slice(plan.plan.id.length)).join(' ')]
}

describe('parseDocument on a school plan that prints the school\'s name on a line of its own', () => {
  it('reads the name under the title as the byline and the issuer, not as the plan\'s first passage', () => {
    expect(read(['2024—2025学年第一学期工作计划', '长沙市第一中学'])).toEqual(['2024—2025学年第一学期工作计划', '长沙市第一中学', '长沙市第一中学', '-p1 -2-1 -2-2'])
    expect(parse(['2024—2025学年第一学期工作计划', '长沙市第一中学']).clauses[0].text).toBe('坚持立德树人，全面提升办学水平。')
  })

  it('reads the name over the title as its letterhead and the issuer', () => {
    expect(read(['长沙市第一中学', '2024—2025学年第一学期工作计划'])).toEqual([
      '长沙市第一中学2024—2025学年第一学期工作计划',
      '长沙市第一中学',
      '长沙市第一中学2024—2025学年第一学期工作计划',
      '-p1 -2-1 -2-2',
    ])
  })

  it('keeps the schools a plan addresses under its title as its text, naming no issuer', () => {
    expect(read(['2025年暑期安全工作计划', '各中小学'])).toEqual(['2025年暑期安全工作计划', null, null, '-p1 -p2 -2-1 -2-2'])
  })
})
