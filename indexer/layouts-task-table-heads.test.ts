import { tableHeadCells } from './structure/table-head.js'
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { extractHtml } from './read/read-html.js'
import { outlineRows, parseHandmade, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

const BODY = [
  ['-p1', null, null, null],
  ['-1-1', '一全面加强党的建设', null, 1],
  ['-1-2', '一全面加强党的建设', null, 2],
  ['-2-3', '二推动教育优质均衡发展', null, 3],
]

describe('parseDocument on a 重点任务分工表 after the plan whose header cells are spaced out (序  号, 重 点 任 务)', () => {
  it('reads a Word table’s rows as the attachment’s tasks, each column labelled by its header closed up', async () => {
    const [plan] = await parseHandmade('fushun-2024-spaced-task-table-head.docx')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ...BODY,
      ['-101-1', '附件抚顺市2024年教育重点任务分工表', null, 1],
      ['-101-2', '附件抚顺市2024年教育重点任务分工表', null, 2],
      ['-101-3', '附件抚顺市2024年教育重点任务分工表', null, 3],
    ])
    expect(plan.clauses.at(-1)?.text).toBe('3.加强师德师风建设。责任单位：教师工作科；完成时限：全年。')
  })

  it('reads a table flattened one cell a line under 附件 as the attachment’s tasks, one a row, each cell labelled by its column', () => {
    const [plan] = parseHandmadeText('tieling-2024-attachment-table-one-cell-a-line.txt')
    const table = '附件铁岭市2024年教育重点任务分工表'
    expect(outlineRows(plan)).toEqual([
      ...BODY.map((r, i) => [...r, plan.clauses[i].text]),
      ['-101-1', table, null, 1, '1.深化理论武装，健全“第一议题”制度。牵头单位：机关党委；完成时限：2024年12月。'],
      ['-101-2', table, null, 2, '2.扩大学前教育资源，新增公办学位2000个。牵头单位：基础教育科；完成时限：2024年9月。'],
      ['-101-3', table, null, 3, '3.加强师德师风建设。牵头单位：教师工作科；完成时限：全年。'],
    ])
  })

  it('reads two spaced-out column names side by side as two names, not one: 牵 头 单 位  完 成 时 限, 序  号  任  务', () => {
    expect(tableHeadCells('序  号    重点任务    牵 头 单 位    完 成 时 限')).toEqual(['序号', '重点任务', '牵头单位', '完成时限'])
    expect(tableHeadCells('序  号  任  务  牵头单位  完成时限')).toEqual(['序号', '任务', '牵头单位', '完成时限'])
    expect(tableHeadCells('序 号 甲 乙 丙 丁')).toBeNull()
  })

  it('reads a table extracted one row a line with a spaced 序  号 as tasks, its cells labelled, not run together', () => {
    const text = '铁岭市教育局2024年教育工作要点\n一、全面加强党的建设\n1.深化理论武装。健全制度。\n2.加强基层党组织建设。推进全覆盖。\n附件\n重点任务分工表\n序  号  重点任务  牵头单位  完成时限\n1  深化理论武装  机关党委  2024年12月\n2  加强基层党组织建设  组织人事科  全年'
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    expect(plan.clauses.slice(2).map((c) => [c.number, c.text])).toEqual([
      [1, '1.深化理论武装。牵头单位：机关党委；完成时限：2024年12月。'],
      [2, '2.加强基层党组织建设。牵头单位：组织人事科；完成时限：全年。'],
    ])
  })

  it('keeps a note under the table (注：…) a passage of its own after the tasks, not a wrapped cell of the last task', () => {
    const text = '铁岭市教育局2024年教育工作要点\n一、全面加强党的建设\n1.深化理论武装。健全制度。\n2.加强基层党组织建设。推进全覆盖。\n附件\n重点任务分工表\n序号  重点任务  牵头单位  完成时限\n1  深化理论武装  机关党委  2024年12月\n2  加强基层党组织建设  组织人事科  全年\n注：各牵头单位于每季度末报送工作进展情况。'
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    expect(plan.clauses.slice(2).map((c) => [c.number, c.heading, c.text])).toEqual([
      [1, '深化理论武装', '1.深化理论武装。牵头单位：机关党委；完成时限：2024年12月。'],
      [2, '加强基层党组织建设', '2.加强基层党组织建设。牵头单位：组织人事科；完成时限：全年。'],
      [null, '注：各牵头单位于每季度末报送工作进展情况', '注：各牵头单位于每季度末报送工作进展情况。'],
    ])
  })

  it('keeps one passage a row where a line under a row wrapped two cells (制度  人事科): no unit moved into the task', () => {
    const text = '铁岭市教育局2024年教育工作要点\n一、全面加强党的建设\n1.深化理论武装。健全制度。\n2.加强基层党组织建设。推进全覆盖。\n附件\n重点任务分工表\n序号  重点任务  牵头单位  完成时限\n1  深化理论武装，健全“第一议题”  机关党委、组织  2024年12月\n   制度  人事科\n2  加强基层党组织建设  组织人事科  全年'
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    expect(plan.clauses.slice(2).map((c) => [c.number, c.text])).toEqual([
      [null, '序号 重点任务 牵头单位 完成时限'],
      [null, '1 深化理论武装，健全“第一议题” 机关党委、组织 2024年12月 制度 人事科'],
      [null, '2 加强基层党组织建设 组织人事科 全年'],
    ])
  })

  it('keeps one passage a row, its cells apart, where a row leaves a column empty and no cell can be labelled for sure', () => {
    const text = '铁岭市教育局2024年教育工作要点\n一、全面加强党的建设\n1.深化理论武装。健全制度。\n2.加强基层党组织建设。推进全覆盖。\n附件\n重点任务分工表\n序号  重点任务  牵头单位  完成时限\n1  深化理论武装  机关党委  2024年12月\n2  加强基层党组织建设  全年'
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    expect(plan.clauses.slice(2).map((c) => [c.number, c.text])).toEqual([
      [null, '序号 重点任务 牵头单位 完成时限'],
      [null, '1 深化理论武装 机关党委 2024年12月'],
      [null, '2 加强基层党组织建设 全年'],
    ])
  })
})

describe('parseDocument on a 重点任务分工表 with two header rows (责任单位 merged over 牵头单位 | 配合单位)', () => {
  it('labels each column by its own name in the second row, which is no passage of its own', async () => {
    const [plan] = await parseHandmade('dalian-2024-task-table-two-header-rows.docx')
    expect(outlineRows(plan).slice(3)).toEqual([
      ['-101-1', '附件大连市2024年教育重点任务分工表', null, 1, '1.深化理论武装，健全“第一议题”制度。牵头单位：机关党委；配合单位：各科室；完成时限：2024年12月。'],
      ['-101-2', '附件大连市2024年教育重点任务分工表', null, 2, '2.扩大学前教育资源，新增公办学位2000个。牵头单位：基础教育科；配合单位：发展规划科；完成时限：2024年9月。'],
    ])
  })
})

describe('parseDocument on a web 重点任务分工表 whose first row under the header is a group’s (| | 一、党的建设 | 机关党委 | |)', () => {
  it('reads the groups as chapters over their numbered tasks, the group row no second header row', () => {
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
    const html = '<html><head><title>某市教育局2024年重点工作任务分工</title></head><body><div class="content">' +
      '<h1>某市教育局2024年重点工作任务分工</h1><p>为抓好2024年教育工作要点落实，现将重点任务分解如下。</p><table>' +
      row(['序号', '重点任务', '责任单位', '完成时限']) + row(['', '一、党的建设', '机关党委', '']) +
      row(['1', '深化理论武装，健全第一议题制度', '机关党委', '2024年12月']) + row(['2', '加强基层党组织建设', '组织人事科', '2024年6月']) +
      row(['', '二、教育发展', '基础教育科', '']) + row(['3', '扩大学前教育资源', '学前科', '2024年9月']) + '</table></div></body></html>'
    const page = extractHtml(html)
    const [plan] = parseDocument({ file: 'x.html', text: page.text, fields: page.fields, url: null, headings: page.headings })
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '为抓好2024年教育工作要点落实，现将重点任务分解如下。'],
      ['-1-1', '一党的建设 机关党委', null, 1, '1.深化理论武装，健全第一议题制度。责任单位：机关党委；完成时限：2024年12月。'],
      ['-1-2', '一党的建设 机关党委', null, 2, '2.加强基层党组织建设。责任单位：组织人事科；完成时限：2024年6月。'],
      ['-2-3', '二教育发展 基础教育科', null, 3, '3.扩大学前教育资源。责任单位：学前科；完成时限：2024年9月。'],
    ])
  })
})

describe('parseDocument on a county plan’s 任务清单 under 附件：, its columns named as county bureaus name them (具体内容, 责任股室)', () => {
  it('reads each row as a task labelled by its columns, the line a long cell wrapped onto joined to that cell (the row’s longest)', () => {
    const [plan] = parseHandmadeText('fuyang-funan-2024-attachment-task-list-wrapped-cells.txt')
    const table = '附件阜南县2024年教育重点工作任务清单'
    expect(outlineRows(plan).slice(5)).toEqual([
      ['-101-1', table, null, 1, '1.理论武装。具体内容：落实“第一议题”制度，全年开展集中学习12次以上；责任股室：党建办；完成时间：2024年12月。'],
      ['-101-2', table, null, 2, '2.学前教育。具体内容：新建公办幼儿园2所，新增学位540个；责任股室：基础教育股；完成时间：2024年9月。'],
      ['-101-3', table, null, 3, '3.教育共同体。具体内容：组建城乡教育共同体6个；责任股室：基础教育股；完成时间：2024年12月。'],
      ['-101-4', table, null, 4, '4.教师招聘。具体内容：招聘乡村教师150名；责任股室：人事股；完成时间：2024年8月。'],
    ])
    expect([plan.plan.clauseCount, plan.plan.levels, plan.plan.city, plan.plan.issuer]).toEqual([
      8,
      [{ marker: '一、', role: 'chapter', count: 2 }, { marker: '1.', role: 'clause', count: 4 }],
      '阜南县',
      '阜南县教育局',
    ])
  })
})

describe('parseDocument on a task table written between pipes, a Markdown table pasted into a text file', () => {
  it('reads its rows as the attachment’s tasks, not as breadcrumbs of short pieces left out as furniture', () => {
    const [plan] = parseHandmadeText('huainan-shouxian-2024-pipe-table-pasted-as-text.txt')
    const table = '附件寿县2024年教育重点任务分工表'
    expect(outlineRows(plan).slice(2)).toEqual([
      ['-101-1', table, null, 1, '1.全年开展集中学习12次以上。牵头单位：党建办；完成时限：2024年12月。'],
      ['-101-2', table, null, 2, '2.培育党建示范校5所。牵头单位：组织股；完成时限：2024年11月。'],
    ])
    expect([plan.plan.issuer, plan.plan.publishDate]).toEqual(['寿县教育局', '2024-03-02'])
  })

  it('still leaves out a site’s link bar framed by pipes, one line with no 序号 head or rule under it', () => {
    const text = '| 首页 | 政务公开 | 互动交流 | 办事服务 |\n某县教育局2024年教育工作要点\n一、加强党的建设\n1.深化理论武装。全年开展集中学习12次以上。\n| 网站地图 | 联系我们 | 关于本站 |'
    const [plan] = parseDocument({ file: 'bar.txt', text, fields: {}, url: null })
    expect(plan.clauses.map((c) => c.text)).toEqual(['1.深化理论武装。全年开展集中学习12次以上。'])
  })
})
