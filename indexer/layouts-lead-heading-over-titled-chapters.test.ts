import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const PLAN = [
  '南平市延平区教育局2025年教育工作要点',
  '',
  '【总体要求】',
  '2025年，全区教育工作要坚持稳中求进，推动教育高质量发展。',
  '【重点任务】',
  '1.深化思政课改革创新。推进大中小学思政课一体化建设。',
  '2.推进学前教育普及普惠。新增普惠性学位300个。',
  '【保障措施】',
  '3.强化组织领导。落实教育督导问责制度。',
].join('\n')

/** Each record as [id after the plan's id, chapter title, number, paragraph, text]. */
function rows(text: string) {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  return plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter?.title ?? null, c.number, c.paragraph ?? null, c.text])
}

describe('parseDocument on a plan whose chapters are titles alone (【重点任务】 over 1.) and whose opening paragraph is headed so too', () => {
  it('reads 【总体要求】 over the opening paragraph as a chapter without number, the paragraph cited 总体要求 第1段', () => {
    // Before: 【总体要求】 was a passage of its own and the paragraph under it another, under no chapter.
    const expected = [
      ['-p1', '总体要求', null, 1, '2025年，全区教育工作要坚持稳中求进，推动教育高质量发展。'],
      ['-1-1', '重点任务', 1, null, '1.深化思政课改革创新。推进大中小学思政课一体化建设。'],
      ['-1-2', '重点任务', 2, null, '2.推进学前教育普及普惠。新增普惠性学位300个。'],
      ['-2-3', '保障措施', 3, null, '3.强化组织领导。落实教育督导问责制度。'],
    ]
    expect(rows(PLAN)).toEqual(expected)
    expect(rows(PLAN.replace(/[【】]/g, ''))).toEqual(expected)
  })
})
