import { describe, expect, it } from 'vitest'
import { outlineRows, parseHtmlPage } from '../test/fixtures/layouts/handmade-plan.js'
import { parseDocument } from './parse-document.js'

const P = (t: string) => `<p>${t}</p>`
const CLAUSES = ['1．深化理论武装。开展党纪学习教育，全年集中学习12次以上。', '2．推进义务教育优质均衡。新建中小学3所，化解大班额。']
const ROWS = [
  ['-p1', null, null, null, '2024年全区教育体育工作的总体要求是：坚持立德树人，推动全区教育体育事业高质量发展。'],
  ['-1-1', '一加强党的建设', null, 1, CLAUSES[0]],
  ['-2-2', '二推动基础教育提质扩容', null, 2, CLAUSES[1]],
]
/** A news portal's page reposting a district bureau's plan: its tools by the headline, its credits, tags, share bar and foot under the article. */
const PAGE = (tail: string, foot: string) =>
  `<html><head><title>2024年全区教育体育工作要点 - 某某新闻网</title></head><body><div class="content"><h1>2024年全区教育体育工作要点</h1>` +
  `<div class="info">2024-02-26 10:47　来源：牡丹区教育和体育局</div><div class="fr"><a href="#">小字号</a></div><div class="text">` +
  P('2024年全区教育体育工作的总体要求是：坚持立德树人，推动全区教育体育事业高质量发展。') +
  P('<strong>一、加强党的建设</strong>') + P(CLAUSES[0]) + P('<strong>二、推动基础教育提质扩容</strong>') + P(CLAUSES[1]) +
  `${tail}</div></div>${foot}</body></html>`

describe('parseDocument on a news portal’s repost with its own furniture around the plan', () => {
  it('keeps the 原标题 credit, the tag line, the share bar and the font-size button out of every record', () => {
    // Before: -2-2 ran on with （原标题：《…》）, 标签：牡丹区 教育 and 分享让更多人看到; 小字号 was a passage -p1.
    const tail = P('（原标题：《牡丹区教育和体育局2024年工作要点》）') + P('责任编辑：孙伟') + `<div class="tags">标签：<a>牡丹区</a> <a>教育</a></div>` +
      `<div class="share_bar">分享让更多人看到</div>`
    expect(outlineRows(parseHtmlPage(PAGE(tail, ''))[0])).toEqual(ROWS)
  })

  it('drops a site foot whose class names it as one part of its name (wzy_foot, g-footer) and whose line no footer words mark', () => {
    // Before: 某某县人民政府办公室主办 ran into -2-2.
    for (const name of ['wzy_foot', 'g-footer', 'site-footer-inner']) {
      expect(outlineRows(parseHtmlPage(PAGE('', `<div class="${name}">某某县人民政府办公室主办</div>`))[0])).toEqual(ROWS)
    }
  })

  it('drops a site foot in a cell or block named copy or banquan, its address and telephone line with it', () => {
    // Before: 地址：某某县思旸镇　电话：0855-3571234 was a passage of the last chapter (版权所有 alone went).
    for (const name of ['copy', 'banquan']) {
      const foot = `<table><tr><td class="${name}">某某县教育局 版权所有<br>地址：某某县思旸镇　电话：0855-3571234</td></tr></table>`
      expect(outlineRows(parseHtmlPage(PAGE('', foot))[0])).toEqual(ROWS)
    }
  })

  it('drops those lines from a plan pasted as text, and keeps a clause that speaks of tags and sharing', () => {
    const text = ['2024年全区教育体育工作要点', '一、加强党的建设', CLAUSES[0], '二、推动基础教育提质扩容', CLAUSES[1], '原标题：牡丹区教育和体育局2024年工作要点', '标签：牡丹区 教育', '分享让更多人看到']
    expect(parseDocument({ file: 'a.txt', text: text.join('\n'), fields: {}, url: null })[0].clauses.map((c) => c.text)).toEqual(CLAUSES)
    const own = '3．推进数字校园建设。为学生成长档案加注“五育”标签，分享优秀案例30个。'
    expect(parseDocument({ file: 'a.txt', text: [...text.slice(0, 5), own].join('\n'), fields: {}, url: null })[0].clauses.at(-1)?.text).toBe(own)
  })
})
