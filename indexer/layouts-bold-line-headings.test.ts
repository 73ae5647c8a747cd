import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on plans whose chapters and sections are bold lines without numbers', () => {
  it('ranks a web page’s bold lines by their look: 黑体 lines head chapters, 楷体 lines the sections under them, the centred 标宋 title neither', async () => {
    const [plan] = await parseHandmade('baise-2024-cms-heiti-kaiti-bold-headings.html')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育工作要坚持稳中求进工作总基调，推动教育高质量发展。'],
      ['-1-1', '全面加强党的建设', '强化理论武装', 1, '1.深化党的创新理论学习。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '全面加强党的建设', '强化理论武装', 2, '2.加强意识形态工作。每半年开展一次专题研判。'],
      ['-1-3', '全面加强党的建设', '提升基层党建质量', 3, '3.推进党组织领导的校长负责制。实现中小学全覆盖。'],
      ['-2-4', '推动基础教育优质均衡', '扩大学前教育资源', 4, '4.新建、改扩建公办幼儿园6所。新增公办学位1800个。'],
      ['-2-5', '推动基础教育优质均衡', '推进义务教育优质均衡', 5, '5.深化集团化办学。新组建教育集团5个。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]).toEqual(['百色市教育局2024年教育工作要点', '百色市教育局', '2024-03-11', []])
  })

  it('makes chapters of Markdown paragraphs bold from end to end, not of the bold title, and drops the asterisks CommonMark leaves around `**…。**` before text', async () => {
    const [plan] = await parseHandmade('yulin-2024-markdown-bold-headings.md')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强市。'],
      ['-p2', '全面加强党的建设', null, null, '健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上。'],
      ['-p3', '全面加强党的建设', null, null, '落实意识形态工作责任制。每半年开展一次意识形态工作专题研判。'],
      ['-p4', '推动基础教育优质均衡', null, null, '新建、改扩建公办幼儿园8所，新增公办学位2400个，公办园在园幼儿占比达到55%。'],
      ['-p5', '推动基础教育优质均衡', null, null, '深化集团化办学，新组建城乡教育共同体6个，实现乡镇中心学校全覆盖。'],
      ['-p6', '建设高素质教师队伍', null, null, '开展师德师风专题教育，全年评选“最美教师”20名。'],
    ])
    expect(plan.clauses.map((c) => c.paragraph)).toEqual([undefined, 1, 2, 1, 2, 1])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate]).toEqual(['玉林市教育局2024年教育工作要点', '玉林市教育局', '2024-03-08'])
  })
})
