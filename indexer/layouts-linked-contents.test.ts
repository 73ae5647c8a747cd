import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a Markdown plan with an editor’s table of contents: [TOC], then 目录 over a list of links into the file', () => {
  it('leaves the contents out: chapters and the section are read once, from the text', async () => {
    const [plan] = await parseHandmade('shangluo-2024-markdown-anchor-contents.md')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['-1-1', '一全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '一全面加强党的建设', null, 2, '2.加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['-2-3', '二推动教育优质均衡发展', '（一）扩大学前教育资源', 3, '3.新增公办学位2000个。'],
    ])
    expect([plan.plan.title, plan.plan.warnings]).toEqual(['商洛市教育局2024年教育工作要点', []])
  })
})

describe('parseDocument on a web page whose 目录 lists its chapters as links to their anchors in the page', () => {
  it('leaves the linked entries and the 目录 line out: the chapters are read once, from the text', async () => {
    const [plan] = await parseHandmade('hanyin-2024-anchor-link-contents.html')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-1-1', '一全面加强党的建设', null, 1],
      ['-1-2', '一全面加强党的建设', null, 2],
      ['-2-3', '二推动教育优质均衡发展', null, 3],
    ])
    expect(plan.clauses[0].text).toBe('2024年，全县教育体育系统要坚持稳中求进，加快建设教育强县。')
  })
})
