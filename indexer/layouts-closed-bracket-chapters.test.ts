import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

/** Each record as [id after the plan's id, chapter number and title, number, text]. */
function rows(lines: string[]) {
  const [plan] = parseDocument({ file: 'x.txt', text: lines.join('\n'), fields: {}, url: null })
  return { levels: plan.plan.levels, rows: plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter && `${c.chapter.number} ${c.chapter.title}`, c.number, c.text]) }
}

describe('parseDocument on a plan whose chapters are numbered 一） 二） (a numeral closed by a bracket alone)', () => {
  it('reads them as chapters over their clauses', () => {
    const got = rows([
      '景德镇市教育局2025年教育工作要点',
      '一）坚持党建引领',
      '(1)深化理论武装。健全“第一议题”制度。',
      '(2)加强基层党组织建设。推进校长负责制。',
      '二）推进优质均衡',
      '(3)扩大学前教育资源。新增公办学位600个。',
    ])
    // Before: 一） was a passage under no chapter and 二）推进优质均衡 the last line of clause 2.
    expect(got).toEqual({
      levels: [{ marker: '一）', role: 'chapter', count: 2 }, { marker: '（1）', role: 'clause', count: 3 }],
      rows: [
        ['-1-1', '一 坚持党建引领', 1, '(1)深化理论武装。健全“第一议题”制度。'],
        ['-1-2', '一 坚持党建引领', 2, '(2)加强基层党组织建设。推进校长负责制。'],
        ['-2-3', '二 推进优质均衡', 3, '(3)扩大学前教育资源。新增公办学位600个。'],
      ],
    })
  })

  it('keeps 一） lines in their clause in a plan whose chapters are 一、', () => {
    const got = rows([
      '某市教育局2025年工作要点',
      '一、加强教师队伍建设',
      '1.加强教师培训。包括：',
      '一）骨干教师培训；',
      '二）新教师培训。',
      '2.推进县管校聘。',
      '二、推进优质均衡',
      '3.新增公办学位600个。',
    ])
    expect(got.rows).toEqual([
      ['-1-1', '一 加强教师队伍建设', 1, '1.加强教师培训。包括：\n一）骨干教师培训；\n二）新教师培训。'],
      ['-1-2', '一 加强教师队伍建设', 2, '2.推进县管校聘。'],
      ['-2-3', '二 推进优质均衡', 3, '3.新增公办学位600个。'],
    ])
  })

  it('keeps 一） items in the clause that lists them in a plan numbered 1. 2. 3. without chapters', () => {
    const got = rows([
      '某市教育局2025年工作要点',
      '1.落实立德树人根本任务。',
      '2.加强教师培训。包括：',
      '一）骨干教师培训；',
      '二）新教师培训。',
      '3.推进县管校聘。',
    ])
    // Before: 一） and 二） were chapters, clause 2 lost both items and clause 3 was filed under 二 新教师培训 (-2-3).
    expect(got).toEqual({
      levels: [{ marker: '1.', role: 'clause', count: 3 }],
      rows: [
        ['-0-1', null, 1, '1.落实立德树人根本任务。'],
        ['-0-2', null, 2, '2.加强教师培训。包括：\n一）骨干教师培训；\n二）新教师培训。'],
        ['-0-3', null, 3, '3.推进县管校聘。'],
      ],
    })
  })

  it('keeps 一） items printed as bare titles in their clause when the clause leads into them with a colon', () => {
    const got = rows([
      '某市教育局2025年工作要点',
      '1.落实立德树人根本任务。',
      '2.加强教师培训，重点抓好：',
      '一）骨干教师培训',
      '二）新教师培训',
      '3.推进县管校聘。',
    ])
    expect(got.rows).toEqual([
      ['-0-1', null, 1, '1.落实立德树人根本任务。'],
      ['-0-2', null, 2, '2.加强教师培训，重点抓好：\n一）骨干教师培训\n二）新教师培训'],
      ['-0-3', null, 3, '3.推进县管校聘。'],
    ])
  })

  it('keeps 一） items with points of their own in the clause above when the clauses after them go on from it', () => {
    const got = rows([
      '某市教育局2025年工作要点',
      '1.落实立德树人根本任务。',
      '2.加强教师队伍建设',
      '一）骨干教师培训',
      '（1）每年培训骨干教师100人。',
      '（2）开展名师工作室。',
      '二）新教师培训',
      '（1）开展岗前培训。',
      '3.推进课程改革。',
      '4.加强安全管理。',
    ])
    // Before: 一） and 二） were chapters, their points passages -p1 to -p3, and 3. and 4. filed under 二 新教师培训 (-2-3, -2-4).
    expect(got).toEqual({
      levels: [{ marker: '1.', role: 'clause', count: 4 }, { marker: '（1）', role: 'item', count: 2 }],
      rows: [
        ['-0-1', null, 1, '1.落实立德树人根本任务。'],
        ['-0-2', null, 2, '2.加强教师队伍建设\n一）骨干教师培训\n（1）每年培训骨干教师100人。\n（2）开展名师工作室。\n二）新教师培训\n（1）开展岗前培训。'],
        ['-0-3', null, 3, '3.推进课程改革。'],
        ['-0-4', null, 4, '4.加强安全管理。'],
      ],
    })
  })
})
