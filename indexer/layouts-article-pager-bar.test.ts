import { describe, expect, it } from 'vitest'
import { outlineRows, parseHtmlPage } from '../test/fixtures/layouts/handmade-plan.js'
import { parseDocument } from './parse-document.js'

const CLAUSES = ['1.深入开展党纪学习教育，落实“第一议题”制度。', '2.实施学前教育普惠提升工程，新建公办幼儿园2所。']
const ROWS = [
  ['-1-1', '一加强党的建设', null, 1, CLAUSES[0]],
  ['-2-2', '二推动基础教育提质', null, 2, CLAUSES[1]],
]
/** A county page that splits a long article over pages, its bar of page links under the part it shows. */
const PAGE = (pager: string) =>
  `<html><body><h1>岑巩县教育和科技局2024年教育工作计划</h1><p>一、加强党的建设</p><p>${CLAUSES[0]}</p>` +
  `<p>二、推动基础教育提质</p><p>${CLAUSES[1]}</p><div class="page">${pager}</div></body></html>`

describe('parseDocument on a page whose article ends in its bar of page links (共2页 首页 上一页 1 2 下一页 尾页)', () => {
  it('keeps the bar out of the last clause, its words glued or spaced', () => {
    // Before: 共2页首页上一页 1 2 下一页尾页 ran into clause 2.
    for (const pager of [
      '共2页&nbsp;&nbsp;<a>首页</a> <a>上一页</a> <a>1</a> <a>2</a> <a>下一页</a> <a>尾页</a>',
      '<a>上一页</a>&nbsp;<a>1</a>&nbsp;<a>2</a>&nbsp;<a>3</a>&nbsp;<a>下一页</a>',
      '第1页 共3页 <a>下一页</a> <a>末页</a>',
    ]) {
      expect(outlineRows(parseHtmlPage(PAGE(pager))[0])).toEqual(ROWS)
    }
  })

  it('keeps a clause that speaks of pages and numbers, with no page link in it', () => {
    const own = '3.编印《校本课程》1册共2页，首页刊登学校简介。'
    const [plan] = parseDocument({ file: 'a.txt', text: ['某县2024年教育工作计划', '一、加强党的建设', CLAUSES[0], own].join('\n'), fields: {}, url: null })
    expect(plan.clauses.at(-1)?.text).toBe(own)
  })
})
