import { describe, expect, it } from 'vitest'
import { parseDocument } from '../parse-document.js'
import { capNesting } from './html-depth.js'
import { extractHtml } from './read-html.js'

const PLAN = [
  '<p>某县教育局2024年教育工作要点</p>',
  '<p>一、加强党的建设</p>',
  '<p>1.深化理论武装。健全“第一议题”制度。</p>',
  '<p>2.加强基层党组织建设。推进党组织全覆盖。</p>',
  '<p>二、推进义务教育优质均衡</p>',
  '<p>3.扩大优质学位供给。新增公办学位2000个。</p>',
].join('')

function page(depth: number, wrapper = 'div'): string {
  return `<html><head><title>某县教育局2024年教育工作要点</title></head><body>${`<${wrapper}>`.repeat(depth)}${PLAN}${`</${wrapper}>`.repeat(depth)}</body></html>`
}

describe('a web page nested thousands of elements deep', () => {
  it('is read with its text, its paragraphs apart, as the same page nested three deep is (it overflowed the stack and was skipped)', () => {
    const shallow = extractHtml(page(3))
    const deep = extractHtml(page(5000))
    expect(deep.text).toBe(shallow.text)
    const [plan] = parseDocument({ file: 'deep.html', text: deep.text, fields: deep.fields, url: null })
    expect(plan.clauses.map((c) => [c.chapter?.number ?? null, c.number, c.text])).toEqual([
      ['一', 1, '1.深化理论武装。健全“第一议题”制度。'],
      ['一', 2, '2.加强基层党组织建设。推进党组织全覆盖。'],
      ['二', 3, '3.扩大优质学位供给。新增公办学位2000个。'],
    ])
    expect(plan.plan.title).toBe('某县教育局2024年教育工作要点')
  })

  it('keeps inline wrappers below the cap out without breaking the line they are in', () => {
    expect(extractHtml(`<p>${'<span>'.repeat(3000)}深化理论武装${'</span>'.repeat(3000)}。健全制度。</p>`).text).toBe('深化理论武装。健全制度。')
  })

  it('leaves a page nested less deep than the cap as it is, sloppy unclosed paragraphs and list items included', () => {
    const sloppy = `<div>${'<p>一段'.repeat(400)}<ul>${'<li>一项'.repeat(400)}</ul></div>`
    expect(capNesting(sloppy)).toBe(sloppy)
    expect(capNesting(page(200))).toBe(page(200))
  })

  it('reads 100 000 unclosed elements in linear time', () => {
    // Quadratic work runs past the test timeout (as long-character-runs.test.ts); a wall-clock bound flakes on a busy machine.
    expect(capNesting(`${'<div>'.repeat(100_000)}x`)).toContain('x')
    expect(capNesting('<a'.repeat(100_000))).toBe('<a'.repeat(100_000))
  })

  it('closes a table cell, a row, a list item and a paragraph its next sibling opens, so a 200-row table without end tags keeps every row', () => {
    const rows = Array.from({ length: 200 }, (_, k) => `<tr><td>${k + 1}<td>第${k + 1}项任务，推进学校建设<td>基础教育科<td>2024年12月`).join('\n')
    const head = '<p>某县教育局2024年教育工作要点<p>一、加强党的建设<p>1.深化理论武装。健全制度。<p>2.加强基层党组织建设。推进全覆盖。'
    const html = `<html><body>${head}<p>附件：重点任务分工表<table><tr><td>序号<td>重点任务<td>牵头单位<td>完成时限\n${rows}</table></body></html>`
    expect(capNesting(html)).toBe(html)
    const read = extractHtml(html)
    const [plan] = parseDocument({ file: 'old-cms.html', text: read.text, fields: read.fields, url: null })
    // Before: counted as nested two levels a row, rows 126 on passed the cap and ran into row 125 as one text.
    const rowsRead = plan.clauses.filter((c) => c.chapter?.title === '重点任务分工表')
    expect(rowsRead.map((c) => c.number)).toEqual(Array.from({ length: 200 }, (_, k) => k + 1))
    expect(rowsRead.at(-1)?.text).toBe('200.第200项任务，推进学校建设。牵头单位：基础教育科；完成时限：2024年12月。')
    const list = `<ul>${'<li><p>一项'.repeat(300)}</ul>`
    expect(capNesting(list)).toBe(list)
  })
})
