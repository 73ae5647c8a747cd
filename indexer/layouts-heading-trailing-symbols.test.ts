import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })

describe('parseDocument on chapter titles an editor closes with a symbol (一、加强党的建设★, 二、推进优质均衡 ▲)', () => {
  it('titles the chapters without the symbol, and leaves a clause\'s own closing symbol in its text', () => {
    // Before: chapters titled 加强党的建设★ and 推进优质均衡 ▲, the section （一）加强基层党建 ◆.
    const [plan] = parse('某市教育局2024年教育工作要点\n一、加强党的建设★\n1.深化理论武装。全年集中学习12次。★\n（一）加强基层党建 ◆\n2.创建三星级学校★★★\n二、推进优质均衡 ▲\n3.扩大学前资源。新增学位500个。')
    expect(plan.clauses.map((c) => [c.chapter?.title ?? null, c.section, c.text])).toEqual([
      ['加强党的建设', null, '1.深化理论武装。全年集中学习12次。★'],
      ['加强党的建设', '（一）加强基层党建', '2.创建三星级学校★★★'],
      ['推进优质均衡', null, '3.扩大学前资源。新增学位500个。'],
    ])
  })
})
