import { describe, expect, it } from 'vitest'
import { headingRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'
import { parseDocument } from './parse-document.js'

describe('parseDocument on a plan whose only clause numbering is 一是…。二是…。三是… run together in one paragraph', () => {
  it('reads each item as a clause counted from 一 under its chapter, the words before the first a passage (it was one passage, no_numbered_clauses)', () => {
    const [plan] = parseHandmadeText('linxiang-2024-ordinal-items-one-paragraph.txt')
    expect(headingRows(plan)).toEqual([
      ['-p1', null, null, '2024年，全市教育工作要以办好人民满意的教育为目标，重点抓好以下工作', '2024年，全市教育工作要以办好人民满意的教育为目标，重点抓好以下工作。'],
      ['-p2', '一', null, '重点抓好三个方面：', '重点抓好三个方面：'],
      ['-1-1', '一', 1, '深化理论武装', '一是深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '一', 2, '夯实基层党建', '二是夯实基层党建。推进中小学校党组织领导的校长负责制落地见效。'],
      ['-1-3', '一', 3, '强化正风肃纪', '三是强化正风肃纪。开展群众身边不正之风和腐败问题集中整治。'],
      ['-2-1', '二', 1, '推进学前教育普及普惠', '一是推进学前教育普及普惠。新增公办学位800个，公办园在园幼儿占比达到60%。'],
      ['-2-2', '二', 2, '推进义务教育优质均衡', '二是推进义务教育优质均衡。新建中小学校2所，组建城乡教育共同体10个。'],
      ['-2-3', '二', 3, '加强教师队伍建设', '三是加强教师队伍建设。招聘教师150名，开展全员培训。'],
      ['-2-4', '二', 4, '守牢校园安全底线', '四是守牢校园安全底线。开展校园安全隐患排查整治，确保全年不发生重大安全责任事故。'],
    ])
    expect([plan.plan.levels, plan.plan.warnings]).toEqual([[{ marker: '一、', role: 'chapter', count: 2 }, { marker: '一是', role: 'clause', count: 7 }], []])
  })

  it('keeps a sentence’s own enumeration (items after semicolons) in its paragraph, and a numbered clause’s run in the clause', () => {
    const text = (body: string) => parseDocument({ file: 'x.txt', text: `某县2024年教育工作要点\n${body}`, fields: {}, url: null })[0].clauses.map((c) => c.text)
    const run = '重点抓好三项工作：一是深化理论武装；二是夯实基层党建；三是强化正风肃纪。'
    expect(text(`2024年，全县教育系统要坚持稳中求进。\n一、加强党的建设\n${run}\n坚持把党的政治建设摆在首位。\n二、推进优质均衡\n扩大优质学位供给。\n深化集团化办学。`)).toEqual([
      '2024年，全县教育系统要坚持稳中求进。', run, '坚持把党的政治建设摆在首位。', '扩大优质学位供给。', '深化集团化办学。',
    ])
    expect(text('一、加强党的建设\n1.深化理论武装。一是健全制度。二是完善机制。三是抓好落实。\n2.夯实基层党建。推进全覆盖。')).toEqual([
      '1.深化理论武装。一是健全制度。二是完善机制。三是抓好落实。',
      '2.夯实基层党建。推进全覆盖。',
    ])
  })
})
