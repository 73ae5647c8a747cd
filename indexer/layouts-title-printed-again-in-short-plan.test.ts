import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const TITLE = '某县教育局2024年教育工作要点'
const CHAPTER_ONE = ['一、加强党的建设', '1.深化理论武装。健全第一议题制度。', '2.加强基层党组织建设。推进全覆盖。']
const FIRST_TWO = [
  ['-1-1', '一 加强党的建设', 1, '1.深化理论武装。健全第一议题制度。'],
  ['-1-2', '一 加强党的建设', 2, '2.加强基层党组织建设。推进全覆盖。'],
]

/** Each clause of the one plan as [id without the plan's, chapter, number, text]. */
function clauses(lines: string[]) {
  const [plan] = parseDocument({ file: 'plan.txt', text: lines.join('\n'), fields: {}, url: null })
  return plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter ? `${c.chapter.number} ${c.chapter.title}` : null, c.number, c.text])
}

describe('parseDocument on a short plan whose title is printed again near its end', () => {
  it('reads on past the title printed again as a running header over the last page', () => {
    // Before: the body stopped at the second print of the title (within 3 lines of the end), losing 二 and clause 3.
    expect(clauses([TITLE, ...CHAPTER_ONE, TITLE, '二、推进教育均衡', '3.扩大学前教育资源。新增学位500个。'])).toEqual([
      ...FIRST_TWO,
      ['-2-3', '二 推进教育均衡', 3, '3.扩大学前教育资源。新增学位500个。'],
    ])
  })

  it('reads on past the title printed again at the head of an attachment, the attachment’s text its chapter', () => {
    // Before: 附件 was the plan's last passage and the attachment's clause was lost.
    expect(clauses([TITLE, ...CHAPTER_ONE, '附件', TITLE, '3.扩大学前教育资源。新增学位500个。'])).toEqual([
      ...FIRST_TWO,
      ['-101-3', '附件 ', 3, '3.扩大学前教育资源。新增学位500个。'],
    ])
  })

  it('still leaves out the title a site prints again below the text, alone or over its own furniture', () => {
    expect(clauses([TITLE, ...CHAPTER_ONE, TITLE])).toEqual(FIRST_TWO)
    expect(clauses([TITLE, ...CHAPTER_ONE, TITLE, '某县教育局网站'])).toEqual(FIRST_TWO)
  })
})
