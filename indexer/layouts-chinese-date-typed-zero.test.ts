import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { outlineRows } from '../test/fixtures/layouts/handmade-plan.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })

const PLAN = (date: string) => `二0一九年全县教育工作要点
一、加强党的建设
1.强化政治引领。坚持“第一议题”制度。
2.夯实基层基础。达标率100%。

附件：1.2019年重点工作任务分解表
　　　2.2019年教育民生实事项目表

祁东县教育局
${date}`

describe('parseDocument on a plan signed with a date in Chinese numerals whose 〇 is typed as a digit or a letter (二0一九年三月十二日)', () => {
  it('reads the date as the signature under the attachment list, which stays two passages', () => {
    // Before: the list was read as an attachment 附件1.2019年重点工作任务分解表 with a clause -101-2 holding
    // 2.2019年教育民生实事项目表 ⏎ 二0一九年三月十二日, and the plan warned numbering_repeat.
    for (const date of ['二0一九年三月十二日', '二O一九年三月十二日', '二〇一九年三月十二日']) {
      const [plan] = parse(PLAN(date))
      expect(outlineRows(plan)).toEqual([
        ['-1-1', '一加强党的建设', null, 1, '1.强化政治引领。坚持“第一议题”制度。'],
        ['-1-2', '一加强党的建设', null, 2, '2.夯实基层基础。达标率100%。'],
        ['-p1', null, null, null, '附件：1.2019年重点工作任务分解表'],
        ['-p2', null, null, null, '2.2019年教育民生实事项目表'],
      ])
      expect([plan.plan.issuer, plan.plan.year, plan.plan.signDate, plan.plan.warnings]).toEqual(['祁东县教育局', 2019, '2019-03-12', []])
    }
  })
})
