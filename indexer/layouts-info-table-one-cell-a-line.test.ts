import { describe, expect, it } from 'vitest'
import { copiedLabelLines } from './clean/label-value-lines.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument } from './parse-document.js'
import { HANDMADE_DIR, outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

// A 政府信息公开 page copied by a browser that puts each cell of its table on a line of its own (索引号： over
// 000014349/2024-00021, 发布日期： over 2024-02-28 …), then the 印发 notice, the plan and the page's foot. The labels
// were read with no value, so the page's 发布日期 was lost and the plan dated by its signature (2024-02-26).
describe('parseDocument on an info table copied one cell a line, or a row a line with its cells apart by tabs', () => {
  it('reads each label with the value under it: 发布机构, 成文日期, 发文字号 and 发布日期 as the page gives them', () => {
    const [plan] = parseHandmadeText('hengshui-2024-zwgk-table-copied-one-cell-a-line.txt')
    expect([plan.plan.title, plan.plan.year, plan.plan.issuer, plan.plan.docNumber, plan.plan.signDate, plan.plan.publishDate, plan.plan.city]).toEqual([
      '2024年全市教育工作要点', 2024, '衡水市教育局', '衡教字〔2024〕5号', '2024-02-26', '2024-02-28', '衡水市',
    ])
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，加快建设教育强市。'],
      ['-1-1', '一坚持党建引领，落实立德树人根本任务', null, 1, '1.加强党的政治建设。深入学习贯彻党的二十大精神，健全“第一议题”学习制度。'],
      ['-1-2', '一坚持党建引领，落实立德树人根本任务', null, 2, '2.深化思政课改革创新。推进大中小学思政课一体化建设，建设市级示范课50节。'],
      ['-2-3', '二推进基础教育优质均衡发展', null, 3, '3.扩大普惠性学前教育资源。新建改扩建公办幼儿园8所，新增学位2400个。'],
      ['-2-4', '二推进基础教育优质均衡发展', null, 4, '4.推进义务教育优质均衡。新组建城乡教育共同体15个，实现乡镇全覆盖。'],
      ['-3-5', '三强化教育保障', null, 5, '5.加强教师队伍建设。招聘中小学教师600名，开展全员培训。'],
      ['-3-6', '三强化教育保障', null, 6, '6.筑牢校园安全防线。开展校园安全隐患排查整治，确保全年无重大安全事故。'],
    ])
  })

  it('reads a row a line of labels with no colon and their values apart by tabs, no label run into its value', () => {
    const [plan] = parseHandmadeText('jingmen-2024-zwgk-table-copied-tabbed-no-colons.txt')
    expect([plan.plan.title, plan.plan.year, plan.plan.issuer, plan.plan.docNumber, plan.plan.signDate, plan.plan.publishDate, plan.plan.city]).toEqual([
      '2024年全市教育工作要点', 2024, '荆门市教育局', '荆教发〔2024〕3号', '2024-02-26', '2024-02-28', '荆门市',
    ])
    expect(plan.clauses.map((c) => c.id.replace(plan.plan.id, ''))).toEqual(['-1-1', '-1-2', '-2-3', '-2-4', '-3-5', '-3-6'])
  })

  it('reads the same row a line with its cells apart by spaces, as a PDF export or a plain-text copy sets them', () => {
    const tabbed = readFileSync(join(HANDMADE_DIR, 'jingmen-2024-zwgk-table-copied-tabbed-no-colons.txt'), 'utf8')
    const [plan] = parseDocument({ file: 'x.txt', text: tabbed.replace(/\t/g, '    '), fields: {}, url: null })
    expect([plan.plan.issuer, plan.plan.docNumber, plan.plan.signDate, plan.plan.publishDate]).toEqual(['荆门市教育局', '荆教发〔2024〕3号', '2024-02-26', '2024-02-28'])
  })

  it('reads a 发布日期 whose value is a day and a time, the space inside it no gap between cells', () => {
    // Before: the rows holding 发布日期 2024-02-28 10:20 were left as they were, labels run into their values.
    const tabbed = readFileSync(join(HANDMADE_DIR, 'jingmen-2024-zwgk-table-copied-tabbed-no-colons.txt'), 'utf8').replace('\t2024-02-28', '\t2024-02-28 10:20')
    for (const text of [tabbed, tabbed.replace(/\t/g, '    ')]) {
      const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
      expect([plan.plan.issuer, plan.plan.docNumber, plan.plan.signDate, plan.plan.publishDate]).toEqual(['荆门市教育局', '荆教发〔2024〕3号', '2024-02-26', '2024-02-28'])
    }
  })

  it('joins a label only to a value under it, and only in the head, before the body’s first sentence', () => {
    const lines = ['索引号：', '', '000014349/2024-00021', '主题分类：', '发布机构：', '衡水市教育局', '标题：', '一、总体要求', '联系人：', '张老师']
    expect([...copiedLabelLines(lines)]).toEqual([
      [0, '索引号：000014349/2024-00021'],
      [2, ''],
      [4, '发布机构：衡水市教育局'],
      [5, ''],
    ])
    expect([...copiedLabelLines(['某市2024年教育工作要点', '全市教育系统要坚持立德树人。', '联系人：', '张老师'])]).toEqual([])
    expect([...copiedLabelLines(['文号\t荆教发〔2024〕3号\t发布日期\t2024-02-28', '序号\t工作任务\t责任单位\t完成时限', '时间\t内容\t责任人'])]).toEqual([
      [0, '文号：荆教发〔2024〕3号 发布日期：2024-02-28'],
    ])
    expect([...copiedLabelLines(['发布机构  荆门市教育局  发布日期  2024-02-28 10:20', '某小学工作计划 2025-2026上学期', '荆门市2024年教育工作要点'])]).toEqual([
      [0, '发布机构：荆门市教育局 发布日期：2024-02-28 10:20'],
    ])
    // A value of two words that is no day and time still breaks the turns: the line is left as it was.
    expect([...copiedLabelLines(['发布机构  荆门市 教育局  发布日期  2024-02-28'])]).toEqual([])
  })
})
