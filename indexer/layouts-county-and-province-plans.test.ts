/**
 * Plans as county bureaus and a provincial department publish them, in the formats users bring: a GBK text with
 * its 印发 notice, a four-level outline, parts over chapters, a Markdown copy, a department's plan closed by its
 * 版记 line only.
 */
import { describe, expect, it } from 'vitest'
import { headingRows, outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

const identity = async (file: string) => {
  const [plan] = await parseHandmade(file)
  const { title, issuer, city, province, year, docNumber, publishDate, warnings } = plan.plan
  return { title, issuer, city, province, year, docNumber, publishDate, warnings }
}

describe('parseDocument on county and provincial plans read right', () => {
  it('reads a GBK notice (文号, 乡镇 addressees, a date signed 二〇二五年三月十日) over the plan, with 一是…二是… inside its （一） clauses', async () => {
    const [plan] = await parseHandmade('fuyang-jieshou-2025-gbk-notice-chinese-numeral-date.txt')
    expect(headingRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, '2025年，全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，深入实施教育强市战略'],
      ['-1-1', '一', 1, '深化理论武装'],
      ['-1-2', '一', 2, '加强基层党组织建设'],
      ['-2-3', '二', 3, '扩大学前教育资源'],
      ['-2-4', '二', 4, '推进义务教育优质均衡'],
      ['-3-5', '三', 5, '加强师德师风建设'],
    ])
    expect(plan.clauses[4].text).toBe('（四）推进义务教育优质均衡。一是组建城乡教育共同体8个；二是推动代桥镇、砖集镇薄弱学校改造；三是实施乡村学校“一校一策”提升行动。')
    expect(await identity('fuyang-jieshou-2025-gbk-notice-chinese-numeral-date.txt')).toEqual({
      title: '界首市2025年教育工作要点', issuer: '界首市教育局', city: '界首市', province: '安徽省', year: 2025, docNumber: '界教〔2025〕8号', publishDate: '2025-03-10', warnings: [],
    })
  })

  it('reads 第一部分 review and 第二部分 plan over 一、 chapters, （一） sections and 1、 clauses', async () => {
    const [plan] = await parseHandmade('luan-jinzhai-2024-parts-chapters-sections-dun-clauses.txt')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      // The review part has no chapters: its paragraph stands under the part, named by its title (part-passages.ts).
      ['-p2', '2023年工作回顾', null, null],
      ['-p3', null, null, null],
      ['-1-1', '一全面加强党的领导', '（一）加强政治建设', 1],
      ['-1-2', '一全面加强党的领导', '（一）加强政治建设', 2],
      ['-1-3', '一全面加强党的领导', '（二）加强作风建设', 3],
      ['-2-4', '二推动基础教育优质均衡', '（三）办好学前教育', 4],
      ['-2-5', '二推动基础教育优质均衡', '（四）提升义务教育质量', 5],
      ['-2-6', '二推动基础教育优质均衡', '（四）提升义务教育质量', 6],
    ])
    expect(plan.clauses.slice(0, 3).map((c) => c.text)).toEqual(['第一部分　2023年工作回顾', '2023年，全县教育系统攻坚克难，各项工作取得新成效，学前教育毛入园率达到92.6%，义务教育巩固率达到99.2%。', '第二部分　2024年重点工作'])
    expect(plan.plan.levels?.map((l) => [l.marker, l.role, l.count])).toEqual([['第一部分', 'part', 2], ['一、', 'chapter', 2], ['（一）', 'section', 4], ['1.', 'clause', 6]])
  })

  it('keeps （1） points, run in or on lines of their own, inside the 1. clause of a four-level outline', async () => {
    const [plan] = await parseHandmade('hunan-linli-2024-four-levels-paren-digit-points.txt')
    expect(plan.clauses.map((c) => [c.section, c.number])).toEqual([['（一）加强思想政治建设', 1], ['（一）加强思想政治建设', 2], ['（二）加强基层组织建设', 3], ['（三）办好学前教育', 4], ['（四）办好义务教育', 5], ['（四）办好义务教育', 6]])
    expect(plan.clauses[4].text).toBe('5.推进集团化办学。组建教育集团4个，其中：\n（1）城区组建教育集团2个；\n（2）乡镇组建教育集团2个。')
    expect(plan.plan.levels?.at(-1)).toEqual({ marker: '（1）', role: 'item', count: 4 })
  })

  it('reads a Markdown copy with ## chapters, bold （一） clause titles and a list of ① points kept in its clause', async () => {
    const [plan] = await parseHandmade('shangluo-zhashui-2024-markdown-bold-sections-circled.md')
    expect(headingRows(plan).slice(1).map((r) => r.slice(0, 4))).toEqual([['-1-1', '一', 1, '深化理论武装'], ['-1-2', '一', 2, '加强基层党建'], ['-2-3', '二', 3, '扩大学前教育资源'], ['-2-4', '二', 4, '推进义务教育优质均衡']])
    expect(plan.clauses[2].text).toBe('（二）加强基层党建。在营盘镇、凤凰镇开展党建品牌创建，培育示范校3所：\n①营盘镇中心小学；\n②凤凰镇中学；\n③柞水县城区第一小学。')
    expect(await identity('shangluo-zhashui-2024-markdown-bold-sections-circled.md')).toEqual({
      title: '柞水县教育体育局2024年工作要点', issuer: '柞水县教育体育局', city: '柞水县', province: '陕西省', year: 2024, docNumber: null, publishDate: '2024-03-08', warnings: [],
    })
  })
})

describe('parseDocument on a county Word file: a 印发 notice, a page break, the plan as one four-level Word list', () => {
  it('reads the notice as the head and the list’s 一、 （一） 1. ① levels as chapters, sections, clauses counted on and points', async () => {
    const [plan] = await parseHandmade('chuzhou-dingyuan-2025-docx-notice-page-break-four-level-list.docx')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2025年，全县教体工作要以习近平新时代中国特色社会主义思想为指导，加快建设教育强县。'],
      ['-1-1', '一加强党的全面领导', '（一）强化政治建设', 1, '1.深化理论武装。落实“第一议题”制度，全年开展集中学习12次以上。'],
      ['-1-2', '一加强党的全面领导', '（一）强化政治建设', 2, '2.夯实基层党建。在炉桥镇、藕塘镇开展党建品牌创建，重点抓好：\n①培育党建示范校3所；\n②开展支部书记轮训1次。'],
      ['-2-3', '二推进教育优质均衡', '（一）办好学前教育', 3, '3.扩大普惠资源。新建公办幼儿园2所，新增学位540个。'],
      ['-2-4', '二推进教育优质均衡', '（二）提升义务教育质量', 4, '4.推进集团化办学。组建教育集团5个。'],
    ])
    expect(await identity('chuzhou-dingyuan-2025-docx-notice-page-break-four-level-list.docx')).toEqual({
      title: '定远县2025年教育体育工作要点', issuer: '定远县教育体育局', city: '定远县', province: '安徽省', year: 2025, docNumber: '定教体〔2025〕12号', publishDate: '2025-03-10', warnings: [],
    })
  })
})

describe('parseDocument on a provincial department’s plan closed by its 版记 line alone', () => {
  it('names the department its title names as the issuer, not the office that printed it, and heads each clause by its 【】 title', async () => {
    const [plan] = await parseHandmade('zhejiang-2025-province-bracketed-clause-titles-circled-points.txt')
    expect(headingRows(plan).slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['-1-1', '一', 1, '深化理论武装'],
      ['-1-2', '一', 2, '推进大思政课建设'],
      ['-2-3', '二', 3, '扩大优质普惠学前教育资源'],
      ['-2-4', '二', 4, '推进县域义务教育优质均衡'],
      ['-3-5', '三', 5, '深化教育评价改革'],
    ])
    expect(plan.clauses.at(-1)!.text).toBe('5．【深化教育评价改革】①完善中小学教育质量评价体系；②推进高校分类评价。')
    // The 版记's date is when the office printed it: with no other date stated, the publish date (document-dates.ts findPrintDate).
    expect(await identity('zhejiang-2025-province-bracketed-clause-titles-circled-points.txt')).toEqual({
      title: '浙江省教育厅2025年度工作要点', issuer: '浙江省教育厅', city: null, province: '浙江省', year: 2025, docNumber: '浙教办〔2025〕3号', publishDate: '2025-02-18', warnings: [],
    })
  })
})
