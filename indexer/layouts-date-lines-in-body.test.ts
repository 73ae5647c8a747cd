import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const parse = (lines: string[]) => {
  const [plan] = parseDocument({ file: 'x.txt', text: lines.join('\n'), fields: {}, url: null })
  return { plan: plan.plan, rows: plan.clauses.map((c) => [c.chapter?.title ?? null, c.number, c.text]) }
}

// A deadline printed on a line of its own inside the body (`完成时限：` / `2024-12-31`, a date under an item, a task
// table one cell a line) is the plan's text: only where the plan's furniture stands, above its first numbered line
// or at its foot with the signer, does a date alone sign or date it.
describe('parseDocument on date lines standing inside a plan’s body', () => {
  const TITLE = '某市教育局2024年教育工作要点'
  const FOOT = ['', '某市教育局', '2024年1月5日']

  it('keeps each date line in the clause above it and every clause in its chapter, and still reads the signature at the foot', () => {
    const { plan, rows } = parse([
      TITLE, '', '一、总体要求', '', '坚持立德树人根本任务。', '', '二、重点任务', '',
      '1.推进学前教育普及普惠。', '完成时限：', '2024-12-31',
      '2.加强义务教育学校建设。', '2024年12月31日',
      '3.深化教育评价改革。', '2024.12',
      '4.加强教师队伍建设。', ...FOOT,
    ])
    // Before: 2024年12月31日 was read as a chapter printed without a number closing the plan (保障措施 is one), taking
    // clauses 3–4 out of 重点任务.
    expect(rows).toEqual([
      ['总体要求', null, '坚持立德树人根本任务。'],
      ['重点任务', 1, '1.推进学前教育普及普惠。\n完成时限：\n2024-12-31'],
      ['重点任务', 2, '2.加强义务教育学校建设。\n2024年12月31日'],
      ['重点任务', 3, '3.深化教育评价改革。\n2024.12'],
      ['重点任务', 4, '4.加强教师队伍建设。'],
    ])
    expect([plan.issuer, plan.publishDate]).toEqual(['某市教育局', '2024-01-05'])
  })

  it('keeps a date as printed under a seal (二〇二四年十二月三十一日) standing alone between clauses in its clause too', () => {
    const { rows } = parse([TITLE, '一、总体要求', '坚持立德树人根本任务。', '二、重点任务', '1.推进学前教育普及普惠。', '二〇二四年十二月三十一日', '2.加强教师队伍建设。', ...FOOT])
    expect(rows.slice(1)).toEqual([
      ['重点任务', 1, '1.推进学前教育普及普惠。\n二〇二四年十二月三十一日'],
      ['重点任务', 2, '2.加强教师队伍建设。'],
    ])
  })

  it('keeps a deadline under its label below the last clause, above the signature, and reads the date under the title', () => {
    const { plan, rows } = parse([TITLE, '2024年1月3日', '一、重点任务', '1.推进学前教育普及普惠。', '2.加强教师队伍建设。', '完成时限：', '2024-12-31', '', '某市教育局', '2024-01-05'])
    // Before: 2024-12-31 was dropped as a signature date, being below the last numbered line.
    expect(rows).toEqual([
      ['重点任务', 1, '1.推进学前教育普及普惠。'],
      ['重点任务', 2, '2.加强教师队伍建设。\n完成时限：\n2024-12-31'],
    ])
    expect(plan.publishDate).toBe('2024-01-03')
  })

  it('reads a task table one cell a line whose deadlines are in figures as labelled tasks, and dates the plan by none of them', () => {
    const { plan, rows } = parse([
      '某县教育局2024年教育工作要点', '一、全面加强党的建设', '1.深化理论武装。全年开展集中学习12次。', '二、推进基础教育优质均衡', '2.扩大优质学前教育资源。新建改扩建幼儿园3所。',
      '2024年重点任务清单', '任务类别', '工作任务', '责任单位', '完成时限',
      '党的建设', '深化理论武装，全年集中学习12次', '机关党委', '2024-12-31',
      '加强基层党组织建设，培育示范校5所', '组织人事股', '2024-06-30',
      '教育均衡', '新建改扩建幼儿园3所', '基础教育股', '2024.09',
      '推进义务教育优质均衡发展', '基础教育股', '2024/12/31',
    ])
    // Before: 2024-12-31, 2024-06-30 and 2024/12/31 were dropped as signature dates (below the last numbered line),
    // the rows could not be told apart, every cell ran into clause 2, and the plan was signed 2024-12-31.
    expect(rows.slice(2)).toEqual([
      ['2024年重点任务清单', 1, '1.深化理论武装，全年集中学习12次。任务类别：党的建设；责任单位：机关党委；完成时限：2024-12-31。'],
      ['2024年重点任务清单', 2, '2.加强基层党组织建设，培育示范校5所。任务类别：党的建设；责任单位：组织人事股；完成时限：2024-06-30。'],
      ['2024年重点任务清单', 3, '3.新建改扩建幼儿园3所。任务类别：教育均衡；责任单位：基础教育股；完成时限：2024.09。'],
      ['2024年重点任务清单', 4, '4.推进义务教育优质均衡发展。任务类别：教育均衡；责任单位：基础教育股；完成时限：2024/12/31。'],
    ])
    expect(plan.publishDate).toBeNull()
  })

  it('still reads the signature signed under such a table at the document’s foot', () => {
    const { plan, rows } = parse([
      '某县教育局2024年教育工作要点', '一、全面加强党的建设', '1.深化理论武装。全年开展集中学习12次。', '2.扩大优质学前教育资源。新建改扩建幼儿园3所。',
      '重点任务清单', '工作任务', '责任单位', '完成时限',
      '深化理论武装', '机关党委', '2024-12-31', '扩大学前教育资源', '基础教育股', '2024-06-30',
      '', '某县教育局', '2024-01-05',
    ])
    expect(rows.flatMap((r) => String(r[2]).split('\n')).filter((l) => /某县教育局$|2024-01-05/.test(l))).toEqual([])
    expect(plan.publishDate).toBe('2024-01-05')
  })
})
