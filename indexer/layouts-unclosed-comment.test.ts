import { describe, expect, it } from 'vitest'
import { outlineRows, parseHtmlPage as parsePage } from '../test/fixtures/layouts/handmade-plan.js'

const HEAD = '<html><head><meta charset="utf-8"><title>某县教育局2024年教育工作要点</title></head><body><div class="article">'
const BODY =
  '<h1>某县教育局2024年教育工作要点</h1><p>2024年，全县教育系统要坚持稳中求进，加快建设教育强县。</p>' +
  '<p>一、全面加强党的建设</p><p>1.深化理论武装。健全“第一议题”制度。</p><p>2.加强基层党组织建设。推进校长负责制。</p>' +
  '<p>二、推动教育优质均衡发展</p><p>3.扩大学前教育资源。新增公办学位600个。</p>'
const ROWS = [
  ['-p1', null, null, null, '2024年，全县教育系统要坚持稳中求进，加快建设教育强县。'],
  ['-1-1', '一全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度。'],
  ['-1-2', '一全面加强党的建设', null, 2, '2.加强基层党组织建设。推进校长负责制。'],
  ['-2-3', '二推动教育优质均衡发展', null, 3, '3.扩大学前教育资源。新增公办学位600个。'],
]

describe('parseDocument on a web page whose CMS left a <!-- open that nothing closes', () => {
  it('keeps the plan after the stray opener and drops only the opener, where a browser would hide the rest of the page', () => {
    const [plan] = parsePage(HEAD + BODY.replace('。推进', '。<!--推进') + '</div></body></html>')
    expect(outlineRows(plan)).toEqual(ROWS)
    expect([plan.plan.title, plan.plan.warnings]).toEqual(['某县教育局2024年教育工作要点', []])
  })

  it('still drops a closed comment before the stray opener, and reads 20 000 stray openers after the body as nothing', () => {
    const [plan] = parsePage(HEAD + '<!-- 栏目导航 -->' + BODY + '<!--'.repeat(20_000) + '<!<!----</div></body></html>')
    expect(outlineRows(plan)).toEqual(ROWS)
  })
})
