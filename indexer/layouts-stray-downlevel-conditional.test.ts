import { describe, expect, it } from 'vitest'
import { extractHtml } from './read/read-html.js'
import { withoutDownlevelConditionals } from './read/downlevel-conditional.js'
import { outlineRows, parseHtmlPage as parsePage } from '../test/fixtures/layouts/handmade-plan.js'

const HEAD = '<html><head><meta charset="utf-8"><title>某县教育局2024年教育工作要点</title></head><body><div class="article">'
const BODY =
  '<h1>某县教育局2024年教育工作要点</h1>' +
  '<p><![if !supportLists]>一、<![endif]>全面加强党的建设</p><p>1.深化理论武装。健全“第一议题”制度。</p>' +
  '<p>2.加强基层党组织建设。推进校长负责制。</p>' +
  '<p><![IF !supportLists]>二、<![ENDIF]>推动教育优质均衡发展</p><p>3.扩大学前教育资源。新增公办学位600个。</p>'
const ROWS = [
  ['-1-1', '一全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度。'],
  ['-1-2', '一全面加强党的建设', null, 2, '2.加强基层党组织建设。推进校长负责制。'],
  ['-2-3', '二推动教育优质均衡发展', null, 3, '3.扩大学前教育资源。新增公办学位600个。'],
]

describe('parseDocument on a Word web page whose list numbers are wrapped in <![if !supportLists]> markers', () => {
  it('drops the markers and keeps the chapter numbers they reveal', () => {
    const [plan] = parsePage(HEAD + BODY + '</div></body></html>')
    expect(outlineRows(plan)).toEqual(ROWS)
  })

  it('keeps 20 000 stray <![if openers after the body as the text they are, and the plan before them whole', () => {
    // Each stray opener's search for its ] ran to the end of the page (1.7 s for these); the ] is now found once.
    const page = extractHtml(HEAD + BODY + '<p>' + '<![if !x'.repeat(20_000) + '</p></div></body></html>')
    expect(page.text.split('\n').filter(Boolean).slice(1, 7)).toEqual([
      '一、全面加强党的建设', '1.深化理论武装。健全“第一议题”制度。', '2.加强基层党组织建设。推进校长负责制。',
      '二、推动教育优质均衡发展', '3.扩大学前教育资源。新增公办学位600个。', '<![if !x'.repeat(20_000),
    ])
  })
})

describe('withoutDownlevelConditionals', () => {
  it('keeps an opener whose first ] is not followed by > as text, with everything after it', () => {
    expect(withoutDownlevelConditionals('2.加强。<![if !supportLists]推进。<![endif]>完成。')).toBe('2.加强。<![if !supportLists]推进。完成。')
    expect(withoutDownlevelConditionals('<![if x]><![if 推进工作')).toBe('<![if 推进工作')
    expect(withoutDownlevelConditionals('<![if !vml]><img><![endif]>图')).toBe('<img>图')
  })
})
