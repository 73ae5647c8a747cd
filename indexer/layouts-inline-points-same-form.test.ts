import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { outlineRows } from '../test/fixtures/layouts/handmade-plan.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })

describe('parseDocument on points run into a clause in the clauses\' own form (1.…；2.…；3.…) with the clauses one a line', () => {
  it('keeps the points in their clause and reads the clauses by the line starts', () => {
    // Before: -1-1 ended at 1.完善制度；, -1-2 was 2.加强监督；, and -1-3 held 3.强化考核。 with the real clauses 2 and 3.
    const [plan] = parse(`某市教育局2024年教育工作要点
一、加强党的建设
1.推进改革。重点做好三项工作：1.完善制度；2.加强监督；3.强化考核。
2.加强基层党建。创建示范校3所。
3.强化作风。做到：1.严守纪律；2.改进作风。
二、推进优质均衡
1.扩大学前资源。新增学位500个。`)
    expect(outlineRows(plan)).toEqual([
      ['-1-1', '一加强党的建设', null, 1, '1.推进改革。重点做好三项工作：1.完善制度；2.加强监督；3.强化考核。'],
      ['-1-2', '一加强党的建设', null, 2, '2.加强基层党建。创建示范校3所。'],
      ['-1-3', '一加强党的建设', null, 3, '3.强化作风。做到：1.严守纪律；2.改进作风。'],
      ['-2-1', '二推进优质均衡', null, 1, '1.扩大学前资源。新增学位500个。'],
    ])
  })

  it('still reads a clause run on after the one before it on a line as a clause when the next line goes on from it', () => {
    const [plan] = parse('某市教育局2024年教育工作要点\n一、加强党的建设\n1.强化政治引领。坚持“第一议题”制度。2.夯实基层基础。达标率100%。\n3.推进清廉学校建设。开展廉洁文化进校园活动。')
    expect(plan.clauses.map((c) => c.text)).toEqual(['1.强化政治引领。坚持“第一议题”制度。', '2.夯实基层基础。达标率100%。', '3.推进清廉学校建设。开展廉洁文化进校园活动。'])
  })
})
