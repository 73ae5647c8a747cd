import { describe, expect, it } from 'vitest'
import { parseDocument, type ParsedPlan } from './parse-document.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })
const meta = (plan: ParsedPlan) => [plan.plan.title, plan.plan.issuer, plan.plan.city, plan.plan.year, plan.plan.publishDate]
const texts = (plan: ParsedPlan) => plan.clauses.map((c) => c.text)
const CLAUSES = ['1.深化理论武装。全年集中学习12次以上。', '2.加强基层党建。创建党建示范校5所。']
// A news portal's or a repost's line under the headline: the time it was posted, with no label, then the source and editor.
const PLAN = (info: string) => `2024年全区教育体育工作要点\n${info}\n\n一、加强党的建设\n${CLAUSES.join('\n')}`

describe('parseDocument on a page whose info line opens with the time it was posted, unlabelled, before its labels', () => {
  it('reads the posted day as the publish date and the 来源 after it, and keeps the line out of the text', () => {
    // Before: publishDate null, the line gone with its date (2024-02-26 10:47:32　来源：… read as no metadata line).
    for (const info of [
      '2024-02-26 10:47:32　来源：牡丹区教育和体育局　作者：　编辑：赵倩　我要评论',
      '2024年02月26日15:32 | 来源：牡丹区教育和体育局',
      '2024/2/26 来源：牡丹区教育和体育局',
    ]) {
      const [plan] = parse(PLAN(info))
      expect([...meta(plan), texts(plan)]).toEqual(['2024年全区教育体育工作要点', '牡丹区教育和体育局', '牡丹区', 2024, '2024-02-26', CLAUSES])
    }
  })

  it('leaves a clause that opens with a date and a colon-labelled phrase as the clause it is', () => {
    const [plan] = parse(`2024年全区教育体育工作要点\n一、加强党的建设\n${CLAUSES.join('\n')}\n2024年3月 责任单位：办公室。全面开展师德师风专项整治。`)
    expect(texts(plan).at(-1)).toBe('2.加强基层党建。创建党建示范校5所。\n2024年3月 责任单位：办公室。全面开展师德师风专项整治。')
  })
})
