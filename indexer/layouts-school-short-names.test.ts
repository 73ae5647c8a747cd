import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A county school's short term plan (2024), as such schools post them: an opening sentence, then items numbered
// 一、二、 only, each its own clause, signed with the name the town calls the school by (兖州一中) and the date.
const PLAN = [
  '兖州一中2024—2025学年第一学期安全工作计划',
  '为切实做好学校安全工作，保障师生生命财产安全，结合我校实际，制定本计划。',
  '一、加强安全教育。利用班会、国旗下讲话等形式，每月开展一次安全主题教育。',
  '二、开展应急演练。每学期组织两次以上消防疏散和防震演练，',
  '做到人人熟悉疏散路线。',
  '三、落实值班制度。实行领导带班和教师24小时值班制度。',
  '兖州一中',
  '2024年9月1日',
].join('\n')

describe('parseDocument on a short school plan numbered 一、二、 only, signed by the school\'s short name', () => {
  it('reads the items as clauses, keeps the signer out of the last one and takes it as the issuer', () => {
    // Before: the last clause read 三、落实值班制度。…值班制度。⏎兖州一中, and the issuer was null.
    const [plan] = parseDocument({ file: 'a.txt', text: PLAN, fields: {}, url: null })
    expect([plan.plan.issuer, plan.plan.level, plan.plan.year, plan.plan.signDate]).toEqual(['兖州一中', '校', 2024, '2024-09-01'])
    expect(plan.clauses.map((c) => [c.id.slice(plan.plan.id.length), c.heading, c.text])).toEqual([
      ['-p1', '为切实做好学校安全工作，保障师生生命财产安全，结合我校实际，制定本计划', '为切实做好学校安全工作，保障师生生命财产安全，结合我校实际，制定本计划。'],
      ['-0-1', '加强安全教育', '一、加强安全教育。利用班会、国旗下讲话等形式，每月开展一次安全主题教育。'],
      ['-0-2', '开展应急演练', '二、开展应急演练。每学期组织两次以上消防疏散和防震演练，做到人人熟悉疏散路线。'],
      ['-0-3', '落实值班制度', '三、落实值班制度。实行领导带班和教师24小时值班制度。'],
    ])
  })
})
