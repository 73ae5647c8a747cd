import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A school office's plan as a document-sharing site (原创力文档, max.book118.com, 2025) serves it: under the text the site
// prints the comment count, its banner and the heading of its list of other documents.
const PAGE = [
  '2025春学期政教工作计划',
  '',
  '一、指导思想',
  '',
  '本学期,我校政教工作将紧密围绕党的教育方针,秉持“育人为本、德育为先”的教育理念。',
  '',
  '二、工作措施',
  '',
  '1.加强行为规范教育。开展文明班级评比。',
  '',
  '2.加强安全教育。每月开展一次安全演练。',
  '',
  '文档评论(0)',
  '',
  '1亿VIP精品文档',
  '',
  '相关文档',
  '',
  '2026学年春季第二学期政教处工作计划',
]

describe('parseDocument on a plan a document-sharing site serves with its own lines under the text', () => {
  it('ends the last clause before the comment count, the banner and the list of other documents', () => {
    const [plan] = parseDocument({ file: 'a.txt', text: PAGE.join('\n'), fields: {}, url: null })
    expect(plan.clauses.map((c) => [c.id.slice(plan.plan.id.length), c.text])).toEqual([
      ['-p1', '本学期,我校政教工作将紧密围绕党的教育方针,秉持“育人为本、德育为先”的教育理念。'],
      ['-2-1', '1.加强行为规范教育。开展文明班级评比。'],
      ['-2-2', '2.加强安全教育。每月开展一次安全演练。'],
    ])
  })
})
