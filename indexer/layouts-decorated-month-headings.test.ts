import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A kindergarten's month-by-month schedule whose months an editor sets off with a symbol (◆九月份) or in brackets
// (【九月份】): the first month was a passage of the chapter, its items under no month, and the second month a chapter.
const plan = (month: (name: string) => string) => `某幼儿园2024年秋季学期工作计划
一、指导思想
坚持保教结合，促进幼儿全面发展。
二、主要工作
1.加强安全管理。
三、月工作安排
${month('九月份')}
1.新生入园适应。
2.召开家长会。
${month('十月份')}
1.国庆主题活动。`

describe('parseDocument on month headings set off by a symbol or brackets', () => {
  it('heads a section with each month, named without its symbol or brackets', () => {
    for (const month of [(m: string) => `◆${m}`, (m: string) => `【${m}】`, (m: string) => `★ ${m}：`]) {
      const [parsed] = parseDocument({ file: 'x.txt', text: plan(month), fields: {}, url: null })
      expect(parsed.clauses.map((c) => [c.chapter?.title ?? null, c.section, c.number ?? null, c.text])).toEqual([
        ['指导思想', null, null, '坚持保教结合，促进幼儿全面发展。'],
        ['主要工作', null, 1, '1.加强安全管理。'],
        ['月工作安排', '九月份', 1, '1.新生入园适应。'],
        ['月工作安排', '九月份', 2, '2.召开家长会。'],
        ['月工作安排', '十月份', 1, '1.国庆主题活动。'],
      ])
    }
  })
})
