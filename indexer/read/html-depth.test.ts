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
})
