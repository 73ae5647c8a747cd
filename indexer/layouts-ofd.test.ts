import { describe, expect, it } from 'vitest'
import { parseHandmade, recordRows } from '../test/fixtures/layouts/handmade-plan.js'
import { parseDocument } from './parse-document.js'

describe('parseDocument on an .ofd', () => {
  it('reads the text by where it is drawn: runs, characters and blocks in one printed line, lines top to bottom, a sentence joined across a page', async () => {
    const [plan] = await parseHandmade('baoding-2024-ofd-positioned-text.ofd')
    expect(recordRows(plan)).toEqual([
      [null, null, null, null, '2024年，全市教育系统坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，加快建设教育强市。'],
      ['坚持党建引领', null, 1, null, '（一）深化理论武装。健全“第一议题”制度，全年组织理论学习中心组集中学习不少于12次。'],
      ['坚持党建引领', null, 2, null, '（二）加强基层党建。命名市级党建示范校20所，培育党建品牌30个。'],
      ['办好人民满意的教育', null, 1, null, '（一）推进学前教育普及普惠。新建、改扩建公办幼儿园16所，新增学位4800个。'],
      ['办好人民满意的教育', null, 2, null, '（二）深化“双减”工作。课后服务覆盖率保持100%，学生参与率达到95%以上。'],
    ])
    expect([plan.plan.title, plan.plan.docNumber, plan.plan.issuer, plan.plan.publishDate]).toEqual(['保定市2024年教育工作要点', '保教〔2024〕3号', '保定市教育局', '2024-03-15'])
    // The page number of the template and the seal's text are not the document's.
    expect(plan.clauses.some((c) => c.text.includes('— 1 —') || c.text.includes('印章'))).toBe(false)
  })

  it('names and dates a plan whose title and signature are images by its DocInfo (Title without Word’s prefix and .docx, CreationDate), where it had no title nor year', async () => {
    const [plan] = await parseHandmade('langfang-guan-2024-ofd-docinfo-only-title.ofd')
    const { title, issuer, city, year, publishDate, signDate, warnings } = plan.plan
    expect({ title, issuer, city, year, publishDate, signDate, warnings }).toEqual({
      title: '固安县教育和体育局2024年教育工作要点', issuer: '固安县教育和体育局', city: '固安县', year: 2024, publishDate: '2024-03-08', signDate: null, warnings: [],
    })
    expect([plan.plan.metadataEvidence.title?.quote, plan.plan.metadataEvidence.publishDate?.quote]).toEqual(['标题:固安县教育和体育局2024年教育工作要点', '创建日期:2024-03-08'])
    expect(plan.clauses.map((c) => [c.chapter?.title ?? null, c.number, c.heading])).toEqual([
      [null, null, '2024年，全县教育工作坚持以习近平新时代中国特色社会主义思想为指导，深入实施科教兴县战略'],
      ['加强党的建设', 1, '深化理论武装'],
      ['加强党的建设', 2, '夯实基层党建'],
      ['推进义务教育优质均衡', 1, '扩大优质学位供给'],
    ])
  })

  it('keeps the title and signing date the pages print over the DocInfo’s, and a creation date outside the plan’s year out', async () => {
    const [printed] = await parseHandmade('baoding-2024-ofd-positioned-text.ofd')
    const text = printed.text
    const [own] = parseDocument({ file: 'b.ofd', text: `保定市2024年教育工作要点\n${text}\n保定市教育局\n2024年3月15日`, fields: { 标题: '文档1', 创建日期: '2024-06-30' }, url: null })
    expect([own.plan.title, own.plan.publishDate]).toEqual(['保定市2024年教育工作要点', '2024-03-15'])
    const [late] = parseDocument({ file: 'b.ofd', text: `保定市2024年教育工作要点\n${text}`, fields: { 创建日期: '2021-01-05' }, url: null })
    expect(late.plan.publishDate).toBeNull()
  })
})
