import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'
import { chapterHeading, chapterLead } from './structure/chapter-number.js'

describe('parseDocument on a plan whose top level is （一） over 1. clauses, with no 一、 or 第一章 above it', () => {
  const [plan] = parseHandmadeText('dachang-2024-paren-numeral-chapters.txt')

  it('reads the （一） items as its chapters, not as sections of chapters it lacks', () => {
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-1-1', '（一）全面加强党对教育工作的领导', null, 1],
      ['-1-2', '（一）全面加强党对教育工作的领导', null, 2],
      ['-2-3', '（二）推动基础教育优质均衡发展', null, 3],
      ['-2-4', '（二）推动基础教育优质均衡发展', null, 4],
      ['-3-5', '（三）建设高素质专业化教师队伍', null, 5],
      ['-3-6', '（三）建设高素质专业化教师队伍', null, 6],
    ])
    expect([plan.plan.levels, plan.plan.warnings]).toEqual([[{ marker: '（一）', role: 'chapter', count: 3 }, { marker: '1.', role: 'clause', count: 6 }], []])
  })

  it('writes such a chapter before a clause number or its title without a 、 after the bracket', () => {
    const chapter = plan.clauses[3].chapter!
    expect([chapterLead(chapter), chapterHeading(chapter)]).toEqual(['（二）', '（二）推动基础教育优质均衡发展'])
  })
})
