import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const BODY = ['一、指导思想', '坚持立德树人，全面提升办学水平。', '二、主要工作', '1.抓好教学常规。每月检查教案和作业。', '2.加强德育工作。开展主题班会。']

describe('parseDocument on a school plan whose term stands on its own line over the title', () => {
  it('opens the title with the term, dates the plan by the school year\'s first year, and keeps the term out of the passages', () => {
    const [plan] = parseDocument({ file: 'a.txt', text: ['2024-2025学年度第二学期', '某县第一小学工作计划', ...BODY].join('\n'), fields: {}, url: null })
    expect([plan.plan.title, plan.plan.year, plan.plan.warnings]).toEqual(['2024-2025学年度第二学期某县第一小学工作计划', 2024, []])
    expect(plan.clauses.map((c) => [c.id.slice(plan.plan.id.length), c.text])).toEqual([
      ['-p1', '坚持立德树人，全面提升办学水平。'],
      ['-2-1', '1.抓好教学常规。每月检查教案和作业。'],
      ['-2-2', '2.加强德育工作。开展主题班会。'],
    ])
  })
})
