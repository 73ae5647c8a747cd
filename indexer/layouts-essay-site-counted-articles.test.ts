import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// An essay site prints several plans on one page, each under its title with the site's count of it (篇1, 【篇二】),
// the page titled …（精选2篇）. The count made the title line no title: the second plan ran into the first plan's last
// clause, and 篇1 was a passage of its own.
const PAGE = `幼儿园工作计划（精选2篇）
幼儿园工作计划 篇1
一、指导思想
以《幼儿园工作规程》为指导，坚持保教并重。
二、具体措施
1、加强安全管理，落实门卫制度。
2、做好卫生保健，坚持晨检。
幼儿园工作计划 篇2
一、班级情况分析
本学期我班新增幼儿2名。
二、具体目标
1、能立定跳远，跳距不少于40厘米。`

function plans(text: string) {
  return parseDocument({ file: 'x.txt', text, fields: {}, url: null }).map((p) => [p.plan.title, p.clauses.map((c) => [c.chapter?.title ?? null, c.number ?? null, c.text])])
}

describe('parseDocument on an essay site’s page of counted articles', () => {
  it('reads each counted article as a plan of its own, titled without the count', () => {
    expect(plans(PAGE)).toEqual([
      ['幼儿园工作计划', [
        ['指导思想', null, '以《幼儿园工作规程》为指导，坚持保教并重。'],
        ['具体措施', 1, '1、加强安全管理，落实门卫制度。'],
        ['具体措施', 2, '2、做好卫生保健，坚持晨检。'],
      ]],
      ['幼儿园工作计划', [
        ['班级情况分析', null, '本学期我班新增幼儿2名。'],
        ['具体目标', 1, '1、能立定跳远，跳距不少于40厘米。'],
      ]],
    ])
  })

  it('reads a count set before the title in brackets (【篇一】), with no page title over the articles', () => {
    const text = '【篇一】2024年小学德育工作计划\n一、指导思想\n坚持立德树人。\n二、主要工作\n1.加强班主任队伍建设。\n【篇二】2024年小学德育工作计划\n一、工作目标\n培养良好行为习惯。\n二、具体措施\n1.开展文明班级评比。'
    expect(plans(text).map(([title, clauses]) => [title, clauses.length])).toEqual([['2024年小学德育工作计划', 2], ['2024年小学德育工作计划', 2]])
  })

  it('titles a page’s one counted article without its count, the count no passage', () => {
    expect(plans('某小学工作计划 篇1\n一、指导思想\n坚持立德树人。\n二、主要工作\n1.加强班主任队伍建设。')).toEqual([
      ['某小学工作计划', [['指导思想', null, '坚持立德树人。'], ['主要工作', 1, '1.加强班主任队伍建设。']]],
    ])
  })
})
