import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { outlineRows } from '../test/fixtures/layouts/handmade-plan.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })

describe('parseDocument on a plan recognised from a scan that prints its first numeral 一 as a dash (—、 and （—）)', () => {
  it('reads —、加强党的建设 as chapter 一 when 二、 follows, its clauses under it', () => {
    // Before: -p1 —、加强党的建设, then -0-1 and -0-2 under no chapter.
    for (const dash of ['—', '-', '－', '─']) {
      const [plan] = parse(`某市教育局2024年教育工作要点\n${dash}、加强党的建设\n1.深化理论武装。全年集中学习12次。\n2.加强基层党建。创建示范校3所。\n二、推进优质均衡\n1.扩大学前资源。新增学位500个。`)
      expect(outlineRows(plan)).toEqual([
        ['-1-1', '一加强党的建设', null, 1, '1.深化理论武装。全年集中学习12次。'],
        ['-1-2', '一加强党的建设', null, 2, '2.加强基层党建。创建示范校3所。'],
        ['-2-1', '二推进优质均衡', null, 1, '1.扩大学前资源。新增学位500个。'],
      ])
    }
  })

  it('reads （—）深化理论武装。… as clause （一） when （二） follows', () => {
    // Before: （—）深化理论武装。… was a passage -p1 of chapter 一, clauses -1-2 and -2-3 only, and the plan warned numbering_gap.
    const [plan] = parse('某市教育局2024年教育工作要点\n一、加强党的建设\n（—）深化理论武装。全年集中学习12次。\n（二）加强基层党建。创建示范校3所。\n二、推进优质均衡\n（三）扩大学前资源。新增学位500个。')
    expect(outlineRows(plan).map((r) => [r[0], r[3], r[4]])).toEqual([
      ['-1-1', 1, '（一）深化理论武装。全年集中学习12次。'],
      ['-1-2', 2, '（二）加强基层党建。创建示范校3所。'],
      ['-2-3', 3, '（三）扩大学前资源。新增学位500个。'],
    ])
  })

  it('leaves a dash alone where no 二 follows it', () => {
    const [plan] = parse('某市教育局2024年教育工作要点\n1.深化理论武装。全年集中学习12次。\n—、其他\n2.加强基层党建。创建示范校3所。')
    expect(plan.text).toContain('—、其他')
  })
})
