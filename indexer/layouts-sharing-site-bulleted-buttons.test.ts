import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A school office's plan as max.book118.com's page saves to text (2025): the page's buttons a bullet each, over the
// text and again under it.
const PAGE = [
  '2025春学期政教工作计划',
  '- 举报',
  '- 收藏',
  '- 分享',
  '* 下载',
  '▪ 打印',
  '一、指导思想',
  '本学期，我校政教工作将紧密围绕党的教育方针，秉持“育人为本、德育为先”的教育理念。',
  '二、工作措施',
  '1.加强行为规范教育。开展文明班级评比。',
  '2.加强安全教育。每月开展一次安全演练。',
  '- 举报',
]

describe('parseDocument on a plan whose sharing site lists its buttons as bullets', () => {
  it('drops the bulleted buttons above the text and under the last clause', () => {
    // Before: p1–p4 were - 举报, - 收藏, - 分享, * 下载, and 2-2 ended ⏎- 举报.
    const [plan] = parseDocument({ file: 'a.txt', text: PAGE.join('\n'), fields: {}, url: null })
    expect(plan.clauses.map((c) => [c.id.slice(plan.plan.id.length), c.text])).toEqual([
      ['-p1', '本学期，我校政教工作将紧密围绕党的教育方针，秉持“育人为本、德育为先”的教育理念。'],
      ['-2-1', '1.加强行为规范教育。开展文明班级评比。'],
      ['-2-2', '2.加强安全教育。每月开展一次安全演练。'],
    ])
  })

  it('keeps a bulleted line of the plan\'s own that opens with a button\'s word', () => {
    const [plan] = parseDocument({ file: 'a.txt', text: ['2025春学期政教工作计划', '一、工作措施', '1.加强安全教育。', '- 分享优秀班级管理经验。'].join('\n'), fields: {}, url: null })
    expect(plan.clauses.map((c) => c.text)).toEqual(['1.加强安全教育。\n- 分享优秀班级管理经验。'])
  })
})
