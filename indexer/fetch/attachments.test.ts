import { describe, expect, it } from 'vitest'
import { findAttachments, isWrapperText } from './attachments.js'

const PAGE = 'http://jyj.jiangmen.gov.cn/zwgk/tzgg/content/post_2816.html'
const notice = (attachments: string) => `<html><head><base href="http://jyj.jiangmen.gov.cn/zwgk/"></head><body>
<header><nav><a href="/guide/办事指南.pdf">办事指南.pdf</a></nav></header>
<div class="article"><h1>关于印发《江门市教育局2023年工作要点》的通知</h1>
<p>各县（市、区）教育局，市直各学校（幼儿园）：</p><p>现将《江门市教育局2023年工作要点》印发给你们，请结合实际，抓好贯彻落实。</p>
<div class="fj">${attachments}</div></div>
<footer><a href="/copyright.doc">版权声明.doc</a></footer></body></html>`

describe('findAttachments', () => {
  it('finds document links of the article (relative to <base>), not those of the navigation or footer', () => {
    const html = notice('附件：<a href="attachment/2023gzyd.docx">江门市教育局2023年工作要点.docx</a> <a href="attachment/bmb.xls">报名表.xls</a> <a href="#top">返回顶部</a>')
    expect(findAttachments(html, PAGE)).toEqual([{ url: 'http://jyj.jiangmen.gov.cn/zwgk/attachment/2023gzyd.docx', text: '江门市教育局2023年工作要点.docx', kind: 'docx' }])
  })

  it('names a download script by its link text and keeps the .docx when the same document is also a .pdf', () => {
    const html = notice(
      '<p>附件1：<a href="/download.jsp?id=17">附件1：江门市教育局2023年工作要点.pdf</a></p><p><a href="/download.jsp?id=18">附件1：江门市教育局2023年工作要点.docx</a></p><p><a href="/files/t.wps">2023年重点任务分工表.wps</a></p>',
    )
    expect(findAttachments(html, PAGE)).toEqual([
      { url: 'http://jyj.jiangmen.gov.cn/download.jsp?id=18', text: '附件1：江门市教育局2023年工作要点.docx', kind: 'docx' },
      { url: 'http://jyj.jiangmen.gov.cn/files/t.wps', text: '2023年重点任务分工表.wps', kind: 'doc' },
    ])
  })
})

describe('findAttachments of the formats signed documents and Word saves come in', () => {
  it('downloads a plan offered as .ofd or .rtf, and keeps the .rtf, read by paragraphs, over the .ofd of the same document', () => {
    const html = notice('<a href="/f/gzyd.ofd">江门市教育局2023年工作要点.ofd</a> <a href="/f/gzyd.rtf">江门市教育局2023年工作要点.rtf</a> <a href="/f/fgb.ofd">分工表.ofd</a>')
    expect(findAttachments(html, PAGE)).toEqual([
      { url: 'http://jyj.jiangmen.gov.cn/f/gzyd.rtf', text: '江门市教育局2023年工作要点.rtf', kind: 'rtf' },
      { url: 'http://jyj.jiangmen.gov.cn/f/fgb.ofd', text: '分工表.ofd', kind: 'ofd' },
    ])
  })
})

describe('isWrapperText', () => {
  it('tells a notice that wraps its plan from a page that holds it', () => {
    const notice = '关于印发《江门市教育局2023年工作要点》的通知\n各县（市、区）教育局：\n现将《江门市教育局2023年工作要点》印发给你们，请结合实际，抓好贯彻落实。\n附件：江门市教育局2023年工作要点.docx'
    expect(isWrapperText(notice)).toBe(true)
    expect(isWrapperText(notice.repeat(12))).toBe(false)
  })
})
