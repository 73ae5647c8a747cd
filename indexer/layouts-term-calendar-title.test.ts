import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A school's term plan issued as its calendar (…工作行事历) had no title: the line was no title (行事历 no kind of
// document), so it was the plan's first passage, the plan was named after its file, and the first month ran into it.
describe('parseDocument on a school term plan titled …工作行事历', () => {
  it('titles the plan by the line and reads its months as chapters', () => {
    const text = '某小学2024年秋季学期工作行事历\n九月份\n1.开学典礼。\n2.教师节表彰。\n十月份\n1.国庆主题活动。'
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    expect([plan.plan.title, plan.plan.year, plan.clauses.map((c) => [c.chapter?.title ?? null, c.number, c.text])]).toEqual([
      '某小学2024年秋季学期工作行事历',
      2024,
      [['九月份', 1, '1.开学典礼。'], ['九月份', 2, '2.教师节表彰。'], ['十月份', 1, '1.国庆主题活动。']],
    ])
  })
})
