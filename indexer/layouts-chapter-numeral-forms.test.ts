import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'
import { parseDocument } from './parse-document.js'
import { extractHtml } from './read/read-html.js'

describe('parseDocument on plans that number their chapters in Roman numerals or in brackets', () => {
  it('reads Ⅰ、 Ⅱ、 Ⅲ、 as numbered chapters over 1. clauses, the chapter named by its numeral', () => {
    const [plan] = parseHandmadeText('cangzhou-2024-roman-numeral-chapters.txt')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-1-1', 'Ⅰ全面加强党对教育工作的领导', null, 1],
      ['-1-2', 'Ⅰ全面加强党对教育工作的领导', null, 2],
      ['-2-3', 'Ⅱ推动基础教育优质均衡发展', null, 3],
      ['-2-4', 'Ⅱ推动基础教育优质均衡发展', null, 4],
      ['-3-5', 'Ⅲ建设高素质专业化教师队伍', null, 5],
      ['-3-6', 'Ⅲ建设高素质专业化教师队伍', null, 6],
    ])
    expect([plan.plan.levels, plan.plan.warnings]).toEqual([[{ marker: 'Ⅰ、', role: 'chapter', count: 3 }, { marker: '1.', role: 'clause', count: 6 }], []])
  })

  it('reads I. II. III. in capitals opening their lines the same way, and no I. inside a sentence', () => {
    const text = '某县2024年教育工作要点\nI. 全面加强党的建设\n1.深化理论武装。落实PLAN I.要求。\n2.加强基层党建。\nII. 推动优质均衡\n3.扩大学前资源。'
    const [plan] = parseDocument({ file: 'roman.txt', text, fields: {}, url: null })
    expect(plan.clauses.map((c) => [c.chapter?.number ?? null, c.number, c.heading])).toEqual([
      ['I', 1, '深化理论武装'], ['I', 2, '加强基层党建'], ['II', 3, '扩大学前资源'],
    ])
  })

  it('keeps the I. II. a browser draws before the outer items of nested lists of <ol type="I"> as the chapters’ numbers', () => {
    const html = '<html><body><p>某县教育局2024年教育工作要点</p><ol type="I"><li>全面加强党的建设<ol><li>深化理论武装。全年集中学习12次以上。</li><li>加强基层党组织建设。推进校长负责制全覆盖。</li></ol></li>' +
      '<li>推动教育优质均衡发展<ol><li>扩大学前教育资源。新增公办学位600个。</li></ol></li></ol></body></html>'
    const page = extractHtml(html)
    const [plan] = parseDocument({ file: 'roman-lists.html', text: page.text, fields: page.fields, url: null, headings: page.headings })
    expect(plan.clauses.map((c) => [c.chapter?.number ?? null, c.chapter?.title ?? null, c.number])).toEqual([
      ['I', '全面加强党的建设', 1], ['I', '全面加强党的建设', 2], ['II', '推动教育优质均衡发展', 1],
    ])
  })

  it('reads 【一】 chapters over 〔一〕 sections over 1. clauses, sections named as （一）', () => {
    const [plan] = parseHandmadeText('handan-2024-lenticular-bracket-chapters.txt')
    expect(outlineRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, null],
      ['-1-1', '一全面加强党对教育工作的领导', '（一）强化政治引领', 1],
      ['-1-2', '一全面加强党对教育工作的领导', '（一）强化政治引领', 2],
      ['-1-3', '一全面加强党对教育工作的领导', '（二）加强思想政治工作', 3],
      ['-2-4', '二推动基础教育优质均衡发展', '（一）发展学前教育', 4],
      ['-2-5', '二推动基础教育优质均衡发展', '（二）推进义务教育优质均衡', 5],
      ['-2-6', '二推动基础教育优质均衡发展', '（二）推进义务教育优质均衡', 6],
    ])
    expect(plan.plan.levels).toEqual([
      { marker: '【一】', role: 'chapter', count: 2 }, { marker: '〔一〕', role: 'section', count: 4 }, { marker: '1.', role: 'clause', count: 6 },
    ])
  })
})
