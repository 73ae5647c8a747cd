import { describe, expect, it } from 'vitest'
import { parseDocument, type ParsedPlan } from './parse-document.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })
const meta = (plan: ParsedPlan) => [plan.plan.title, plan.plan.issuer, plan.plan.city, plan.plan.year, plan.plan.publishDate]
const PLAN = (fields: string) => `2024年全区教育工作要点\n${fields}\n\n一、加强党的建设\n1.深化理论武装。全年集中学习12次以上。\n2.加强基层党建。创建党建示范校5所。`

describe('parseDocument on a page whose source and publish time share a line, set apart by a bar (来源：… ｜ 发布时间：…)', () => {
  it('reads the publish date, the source being a government body once the bar is no part of its name', () => {
    // Before: publishDate null (来源 read as 合肥市包河区教育体育局 ｜, so the page named no government issuer).
    for (const bar of ['｜', '|', '丨', '/', '·']) {
      const [plan] = parse(PLAN(`来源：合肥市包河区教育体育局 ${bar} 发布时间：2024-03-05`))
      expect(meta(plan)).toEqual(['2024年全区教育工作要点', '合肥市包河区教育体育局', '包河区', 2024, '2024-03-05'])
    }
  })
})
