import { describe, expect, it } from 'vitest'
import { parseHandmade, recordRows } from '../test/fixtures/layouts/handmade-plan.js'

const parse = parseHandmade
const rows = async (file: string) => recordRows((await parse(file))[0])

describe('parseDocument on web pages and Markdown whose chapters are headings without numbers', () => {
  it('makes chapters of a page’s <h2> and sections of its <h3>, not of its <h1> title or the 相关链接 box, and keeps a bold lead phrase in its clause', async () => {
    const file = 'jingmen-2024-h2-h3-headings-no-numbers.html'
    expect(await rows(file)).toEqual([
      [null, null, null, null, '2024年，全市教育工作要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强市，办好人民满意的教育。'],
      ['全面加强党的建设', '强化理论武装', 1, null, '1.深化党的创新理论学习。健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上。'],
      ['全面加强党的建设', '强化理论武装', 2, null, '2.加强意识形态工作。落实意识形态工作责任制，每半年开展一次专题研判。'],
      ['全面加强党的建设', '建强基层党组织', 3, null, '3.全面推行中小学校党组织领导的校长负责制，培育市级党建示范校10所。'],
      ['推动基础教育扩优提质', '扩大学前教育普惠资源', 1, null, '1.新建、改扩建公办幼儿园6所，新增公办学位1800个。'],
      ['推动基础教育扩优提质', '推进义务教育优质均衡', 2, null, '2.新组建城乡教育共同体8个，实现乡镇中心学校全覆盖。'],
      ['推动基础教育扩优提质', '推进义务教育优质均衡', 3, null, '3.深化“双减”工作，课后服务覆盖率保持100%。'],
      ['保障措施', null, null, 1, '各县（市、区）教育局要把工作要点纳入年度重点工作，明确责任分工，按季度调度推进。'],
    ])
    const [plan] = await parse(file)
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]).toEqual(['荆门市教育局2024年教育工作要点', '荆门市教育局', '2024-03-05', []])
    expect(plan.clauses.map((c) => c.heading).slice(1, 3)).toEqual(['深化党的创新理论学习', '加强意识形态工作'])
    expect(plan.plan.chapterClauses).toEqual([
      { chapter: '', title: '全面加强党的建设', clauses: 3 },
      { chapter: '', title: '推动基础教育扩优提质', clauses: 3 },
    ])
  })

  it('makes chapters of a CMS page’s paragraphs bold from end to end (<strong>, <b>, font-weight:bold), not of its bold title copy or of a paragraph opened by a bold phrase', async () => {
    const file = 'huangshan-2024-cms-bold-paragraph-headings.html'
    expect(await rows(file)).toEqual([
      [null, null, null, null, '2024年，全市教育系统坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，聚焦“办好人民满意的教育”目标，重点抓好以下工作。'],
      ['坚持立德树人，落实根本任务', null, null, 1, '加强思想政治教育。推进大中小学思政课一体化建设，打造思政“金课”30节，开展“红色徽州”研学实践活动。'],
      ['坚持立德树人，落实根本任务', null, null, 2, '促进学生身心健康。落实中小学生每天校内外各1小时体育活动，建立学生心理健康“一生一策”档案。'],
      ['推进基础教育扩优提质', null, null, 1, '扩大优质学前教育资源。新建、改扩建公办幼儿园5所，新增公办学位1500个。'],
      ['推进基础教育扩优提质', null, null, 2, '深化集团化办学改革，新组建紧密型教育集团4个，城乡学校结对帮扶全覆盖。'],
      ['建设高素质教师队伍', null, null, 1, '加强师德师风建设。开展师德师风专项整治，严肃查处有偿补课等违规行为。'],
    ])
    const [plan] = await parse(file)
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate]).toEqual(['黄山市教育局2024年工作要点', '黄山市教育局', '2024-03-12'])
  })

  it('makes chapters of Markdown’s ## headings and sections of its ###, not of the # title, with the listed clauses numbered again in each chapter', async () => {
    const file = 'xiangyang-2024-markdown-headings-no-numbers.md'
    expect(await rows(file)).toEqual([
      [null, null, null, null, '2024年，全市教育工作要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强市。'],
      ['全面加强党的建设', '强化理论武装', 1, null, '1.深化党的创新理论学习。健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上。'],
      ['全面加强党的建设', '强化理论武装', 2, null, '2.加强意识形态工作。落实意识形态工作责任制，每半年开展一次专题研判。'],
      ['全面加强党的建设', '深化清廉学校建设', 3, null, '3.推进清廉学校建设。建成市级清廉学校示范点15个。'],
      ['推动基础教育优质均衡', '扩大学前教育普惠资源', 1, null, '1.新建、改扩建公办幼儿园10所，新增公办学位3000个。'],
      ['推动基础教育优质均衡', '推进义务教育优质均衡', 2, null, '2.新组建城乡教育共同体8个，实现乡镇中心学校全覆盖。'],
      ['推动基础教育优质均衡', '推进义务教育优质均衡', 3, null, '3.深化“双减”工作，课后服务覆盖率保持100%。'],
      ['保障措施', null, null, 1, '各县（市、区）教育局要把工作要点纳入年度重点工作，明确责任分工，按季度调度推进。'],
    ])
    const [plan] = await parse(file)
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]).toEqual(['襄阳市教育局2024年教育工作要点', '襄阳市教育局', '2024-02-27', []])
  })
})
