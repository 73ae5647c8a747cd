import { describe, expect, it } from 'vitest'
import { parseDocument, type ParsedPlan } from './parse-document.js'

const CLAUSES = ['1.深化理论武装。全年集中学习12次以上。', '2.加强基层党建。创建党建示范校5所。']
const parse = (info: string) => parseDocument({ file: 'a.html', text: `宁陵县教育体育局2024年工作要点\n${info}\n一、加强党的建设\n${CLAUSES.join('\n')}`, fields: {}, url: null })[0]
const read = (plan: ParsedPlan) => [plan.plan.publishDate, plan.clauses.map((c) => c.text)]

describe('parseDocument on a page’s info line in brackets, or naming its source after the posted time with no label', () => {
  it('reads the date of an info line whose pairs are each in 【】, or which a pair of [ ] encloses', () => {
    // Before: publishDate null: 来源 read as 宁陵县教育体育局】, no organisation; the [ … ] line was a passage.
    for (const info of ['【发布时间：2024-03-05】【来源：宁陵县教育体育局】【字体：大 中 小】', '[ 作者：办公室   时间：2024-03-05   点击：333 ]']) {
      expect(read(parse(info))).toEqual(['2024-03-05', CLAUSES])
    }
  })

  it('reads a posted time followed by the source’s bare name (a body, a site) as the info line it is', () => {
    // Before: both lines were passages, their dates lost.
    expect(read(parse('2024-03-05 | 宁陵县教育体育局'))).toEqual(['2024-03-05', CLAUSES])
    expect(read(parse('2024年03月05日 10:21 宁陵县教育体育局'))).toEqual(['2024-03-05', CLAUSES])
  })

  it('keeps a dated line of a schedule that names an event, not a source', () => {
    const text = `宁陵县教育体育局2024年工作要点\n一、加强党的建设\n${CLAUSES.join('\n')}\n2024-03-05 全县教育工作会议\n二、推进优质均衡\n3.扩大学前资源。新增公办学位900个。`
    const [plan] = parseDocument({ file: 'a.txt', text, fields: {}, url: null })
    expect(plan.clauses[1].text).toBe(`${CLAUSES[1]}\n2024-03-05 全县教育工作会议`)
  })
})
