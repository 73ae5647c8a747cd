import { describe, expect, it } from 'vitest'
import { parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

const parse = parseHandmadeText

describe('parseDocument on a plan whose foot lists its attachments over two lines, then signs, notes its disclosure and contact, and prints a 版记', () => {
  const [plan] = parse('suining-2024-attachment-list-disclosure-contact.txt')

  it('ends clause 5 at its own sentence and keeps the attachment list as two passages, with no （此件主动公开）, 联系人, 抄送 or 印发 line in any record', () => {
    expect(plan.clauses.map((c) => [c.chapter && `${c.chapter.number}${c.chapter.title}`, c.number, c.text])).toEqual([
      ['一加强党的全面领导', 1, '1.深化理论武装。坚持“第一议题”制度，全年集中学习不少于12次。'],
      ['一加强党的全面领导', 2, '2.加强基层党建。培育“一校一品”党建品牌20个。'],
      ['二推进教育优质均衡发展', 3, '3.扩大普惠性学前教育资源。新增公办学位2000个。'],
      ['二推进教育优质均衡发展', 4, '4.推进义务教育优质均衡。新组建城乡教育共同体10个。'],
      ['二推进教育优质均衡发展', 5, '5.深化职业教育产教融合。建设市级产教融合实训基地3个。'],
      [null, null, '附件：1.2024年全市教育重点任务清单'],
      [null, null, '2.2024年全市教育重点建设项目表'],
    ])
    expect(plan.clauses.map((c) => c.id.replace(plan.plan.id, ''))).toEqual(['-1-1', '-1-2', '-2-3', '-2-4', '-2-5', '-p1', '-p2'])
  })

  it('reads the title, issuer and signing date, and warns of nothing (the list’s 2. is no repeated clause number)', () => {
    const { title, issuer, city, province, year, publishDate, warnings } = plan.plan
    expect({ title, issuer, city, province, year, publishDate, warnings }).toEqual({
      title: '遂宁市教育局2024年工作要点',
      issuer: '遂宁市教育局',
      city: '遂宁市',
      province: '四川省',
      year: 2024,
      publishDate: '2024-03-01',
      warnings: [],
    })
  })
})
