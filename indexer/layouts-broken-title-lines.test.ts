import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const BODY = ['', '一、坚持党建引领', '1.深化理论武装。健全“第一议题”制度。', '2.加强基层党组织建设。推进校长负责制。', '二、推进优质均衡', '3.扩大学前教育资源。新增公办学位600个。']

function read(head: string[]) {
  const [plan] = parseDocument({ file: 'x.txt', text: [...head, ...BODY].join('\n'), fields: {}, url: null })
  const { title, issuer, city, year } = plan.plan
  return { head: { title, issuer, city, year }, rows: plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.text]) }
}

const ROWS = [
  ['-1-1', '1.深化理论武装。健全“第一议题”制度。'],
  ['-1-2', '2.加强基层党组织建设。推进校长负责制。'],
  ['-2-3', '3.扩大学前教育资源。新增公办学位600个。'],
]

describe('parseDocument on a plan whose title is broken over two lines, neither a title alone', () => {
  it('starts the body under the title’s second half, so neither half is a passage', () => {
    // Before: '2025年全市教育工作' and '要点' were passages -p1 and -p2 of the plan.
    expect(read(['2025年全市教育工作', '要点'])).toEqual({ head: { title: '2025年全市教育工作要点', issuer: null, city: null, year: 2025 }, rows: ROWS })
    expect(read(['景德镇市教育局', '2025年全市教育工作', '要点'])).toEqual({
      head: { title: '2025年全市教育工作要点', issuer: '景德镇市教育局', city: '景德镇市', year: 2025 }, rows: ROWS,
    })
  })

  it('keeps two lines that each read as a title as they were: the second is the title line', () => {
    expect(read(['景德镇市教育局', '2025年全市教育工作要点']).rows).toEqual(ROWS)
  })
})
