import { describe, expect, it } from 'vitest'
import { parseHandmade, recordRows } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on plans set out as a two-column table with no header row (number | clause)', () => {
  it('reads each Word row `1 | 深化理论武装。…` as clause 1 under the chapter row of one cell above it', async () => {
    const [plan] = await parseHandmade('anshun-2024-two-column-table-no-header.docx')
    expect(recordRows(plan)).toEqual([
      [null, null, null, null, '为推动全市教育高质量发展，现制定2024年教育工作要点如下。'],
      ['全面加强党的建设', null, 1, null, '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['全面加强党的建设', null, 2, null, '2.加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['推动教育优质均衡发展', null, 3, null, '3.扩大学前教育普惠资源。新增公办学位2400个。'],
      ['推动教育优质均衡发展', null, 4, null, '4.推进义务教育优质均衡。新组建城乡教育共同体8个。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]).toEqual(['安顺市教育局2024年教育工作要点', '安顺市教育局', '2024-03-05', []])
  })

  it('reads a web page’s <tr><td>1</td><td>…</td></tr> rows the same way, chapters in rows of one cell spanning both columns', async () => {
    const [plan] = await parseHandmade('zhaotong-2024-two-column-rows-no-header.html')
    expect(recordRows(plan)).toEqual([
      [null, null, null, null, '为全面贯彻党的二十大精神，推动全市教育体育事业高质量发展，制定本工作要点。'],
      ['全面加强党的建设', null, 1, null, '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['全面加强党的建设', null, 2, null, '2.加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['推动教育优质均衡发展', null, 3, null, '3.扩大学前教育普惠资源。新增公办学位2400个。'],
      ['推动教育优质均衡发展', null, 4, null, '4.推进义务教育优质均衡。新组建城乡教育共同体8个。'],
      ['推动教育优质均衡发展', null, 5, null, '5.推进体教融合。举办全市中小学生运动会。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]).toEqual(['昭通市教育体育局2024年工作要点', '昭通市教育体育局', '2024-03-01', []])
  })
})
