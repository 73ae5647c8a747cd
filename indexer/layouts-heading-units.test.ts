import { describe, expect, it } from 'vitest'
import { parseHandmade, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on chapter, section and clause headings that name their lead unit on their own line', () => {
  it('names each chapter and section by its title alone, keeps its line with the unit as a passage under it, and heads a clause by its title before the unit', () => {
    const [plan] = parseHandmadeText('yongxin-2024-units-on-heading-lines.txt')
    expect(plan.clauses.map((c) => [c.chapter && `${c.chapter.number}、${c.chapter.title}`, c.section, c.number, c.heading, c.text])).toEqual([
      [null, null, null, '2024年，全县教育系统要坚持稳中求进，加快建设教育强县', '2024年，全县教育系统要坚持稳中求进，加快建设教育强县。'],
      ['一、强化党建引领', null, null, '强化党建引领', '一、强化党建引领（牵头单位：局办公室）'],
      ['一、强化党建引领', '（一）加强政治建设', null, '加强政治建设', '（一）加强政治建设（牵头股室：机关党委）'],
      ['一、强化党建引领', '（一）加强政治建设', 1, '深化理论武装', '1.深化理论武装（牵头单位：机关党委）\n健全“第一议题”制度，全年开展集中学习12次以上。'],
      ['一、强化党建引领', '（一）加强政治建设', 2, '加强基层党组织建设', '2.加强基层党组织建设。推进中小学校党组织领导的校长负责制。（责任单位：组织人事股）'],
      ['二、推进义务教育优质均衡', null, null, '推进义务教育优质均衡', '二、推进义务教育优质均衡（责任科室：基础教育科）'],
      ['二、推进义务教育优质均衡', null, 3, '扩大优质学位供给', '3.扩大优质学位供给（牵头单位：基础教育科，完成时限：2024年9月）。新增公办学位2000个。'],
      ['二、推进义务教育优质均衡', null, 4, '深化集团化办学', '4.深化集团化办学。组建教育集团5个。'],
      ['三、加强教师队伍建设', null, null, '加强教师队伍建设', '三、加强教师队伍建设 牵头单位：人事股'],
      ['三、加强教师队伍建设', null, 5, '加强师德师风建设', '5.加强师德师风建设。开展师德专题教育。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.signDate, plan.plan.warnings]).toEqual(['永新县教育体育局2024年教育工作要点', '永新县教育体育局', '2024-03-01', []])
  })

  it('names a chapter headed by its title alone (Markdown bold, 【】) by the title without the unit after it, its line a passage under it', async () => {
    const rows = (plan: Awaited<ReturnType<typeof parseHandmade>>[number]) => plan.clauses.map((c) => [c.chapter?.title ?? null, c.number, c.text])
    const [bold] = await parseHandmade('nancheng-2024-bold-titles-with-units.md')
    const [bracketed] = parseHandmadeText('nancheng-2024-bracket-titles-with-units.txt')
    const clauses = (first: string, second: string) => [
      ['加强党的建设', null, first],
      ['加强党的建设', 1, '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['加强党的建设', 2, '2.夯实基层党建。推进中小学校党组织领导的校长负责制。'],
      ['推进优质均衡', null, second],
      ['推进优质均衡', 3, '3.扩大学前教育资源。新增公办学位800个。'],
      ['推进优质均衡', 4, '4.推进集团化办学。组建教育集团4个。'],
    ]
    expect(rows(bold).slice(1)).toEqual(clauses('加强党的建设（牵头单位：局办公室）', '推进优质均衡（责任股室：基础教育股）'))
    // Read as a sentence for its colon, the bracketed title was no title: clause 2 ran on into the next one.
    expect(rows(bracketed)).toEqual(clauses('【加强党的建设】（牵头单位：局办公室）', '【推进优质均衡】（责任股室：基础教育股）'))
  })

  it('reads a Word plan the same way, its list-numbered chapters typed with their units, its automatic 目录 (entries with the units, page numbers) left out', async () => {
    const [plan] = await parseHandmade('jishui-2024-word-contents-units-on-chapters.docx')
    expect(plan.clauses.map((c) => [c.chapter && `${c.chapter.number}、${c.chapter.title}`, c.number, c.text])).toEqual([
      [null, null, '2024年，全县教育系统坚持以习近平新时代中国特色社会主义思想为指导，加快建设教育强县。'],
      ['一、强化党建引领', null, '一、强化党建引领（牵头单位：局办公室）'],
      ['一、强化党建引领', 1, '1.深化理论武装。健全“第一议题”制度，全年开展集中学习12次以上。'],
      ['一、强化党建引领', 2, '2.夯实基层党建。推进中小学校党组织领导的校长负责制。'],
      ['二、推进义务教育优质均衡', null, '二、推进义务教育优质均衡（责任股室：基础教育股）'],
      ['二、推进义务教育优质均衡', 3, '3.扩大优质学位供给。新建、改扩建中小学校2所，新增学位1800个。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.signDate]).toEqual(['吉水县教育体育局2024年教育工作要点', '吉水县教育体育局', '2024-03-06'])
  })
})

