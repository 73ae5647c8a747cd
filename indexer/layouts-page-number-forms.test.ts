import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A district bureau's plan exported from Word or a PDF (2025), its page break falling inside clause 1: the foot of the
// page prints its number in one of the forms Word's and WPS's page-number fields and PDF converters give.
const PLAN = (pageNumber: string) => [
  '兰山区2025年教育工作要点',
  '一、全面加强党的建设',
  '1.深化理论武装。全年开展集中学习12次，',
  pageNumber,
  '组织专题培训5场。',
  '2.加强基层党组织建设。培育示范校5所。',
].join('\n')

describe('parseDocument on a plan whose page foot prints its page number in another form', () => {
  it('drops the page number and joins the sentence the page break cut', () => {
    // Before: 共12页 第3页, Page 3 of 12, - 3 / 12 -, 第三页 and 页码：3 ran into clause 1 (…12次，共12页 第3页组织专题培训5场。).
    for (const pageNumber of ['共12页 第3页', 'Page 3 of 12', '- 3 / 12 -', '第三页', '第三页 共十二页', '页码：3', '第 3 页，共 12 页', '— 3 —']) {
      const [plan] = parseDocument({ file: 'a.txt', text: PLAN(pageNumber), fields: {}, url: null })
      expect(plan.clauses.map((c) => c.text)).toEqual(['1.深化理论武装。全年开展集中学习12次，组织专题培训5场。', '2.加强基层党组织建设。培育示范校5所。'])
    }
  })
})
