import { describe, expect, it } from 'vitest'
import { parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a plan heading its chapters with titles in lenticular brackets alone on their lines (【全面加强…】), no numbers', () => {
  it('names each chapter by the title inside the brackets, over the clauses numbered on through the plan', () => {
    const [plan] = parseHandmadeText('guan-2024-bracketed-title-chapters.txt')
    expect(plan.clauses.map((c) => [c.chapter?.title ?? null, c.number, c.heading])).toEqual([
      [null, null, '2024年，全县教育工作要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强县'],
      ['全面加强党对教育工作的领导', 1, '深化理论武装'],
      ['全面加强党对教育工作的领导', 2, '加强基层党组织建设'],
      ['推动基础教育优质均衡发展', 3, '扩大学前教育资源'],
      ['推动基础教育优质均衡发展', 4, '推进义务教育优质均衡'],
      ['建设高素质专业化教师队伍', 5, '加强师德师风建设'],
    ])
    expect(plan.plan.chapterClauses).toEqual([
      { chapter: '', title: '全面加强党对教育工作的领导', clauses: 2 },
      { chapter: '', title: '推动基础教育优质均衡发展', clauses: 2 },
      { chapter: '', title: '建设高素质专业化教师队伍', clauses: 1 },
    ])
  })
})
