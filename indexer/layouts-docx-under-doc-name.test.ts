import { describe, expect, it } from 'vitest'
import { parseHandmade, recordRows } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a .docx saved under a .doc name', () => {
  it('reads its heading styles as a .docx’s: Heading 1 lines without numbers head the chapters of its paragraphs', async () => {
    const [plan] = await parseHandmade('hanzhong-2024-docx-saved-as-doc.doc')
    expect(recordRows(plan)).toEqual([
      [null, null, null, null, '2024年全市教育工作要以办好人民满意的教育为目标，推动教育高质量发展。'],
      ['全面加强党的建设', null, null, 1, '健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上。'],
      ['全面加强党的建设', null, null, 2, '落实意识形态工作责任制，每半年开展一次专题研判。'],
      ['推动基础教育优质均衡', null, null, 1, '新建、改扩建公办幼儿园10所，新增公办学位2000个。'],
      ['推动基础教育优质均衡', null, null, 2, '新组建城乡教育共同体5个，实现乡镇中心学校全覆盖。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate]).toEqual(['汉中市教育局2024年教育工作要点', '汉中市教育局', '2024-02-29'])
    expect((plan.plan.warnings ?? []).map((w) => w.code)).toEqual(['no_numbered_clauses'])
  })
})
