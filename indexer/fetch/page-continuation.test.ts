import { describe, expect, it } from 'vitest'
import { extractHtml } from '../read/read-html.js'
import { articlePage } from './fixtures/bureau-site.js'
import { laterPages, mergeArticlePages, nextPageLink } from './page-continuation.js'

const PAGE = 'http://jyj.example.gov.cn/zwgk/202403/t20240301_123.html'

describe('laterPages', () => {
  it('reads every later page from a TRS pager script on the first page', () => {
    const html = articlePage('工作要点', ['一、加强党的建设'], '<meta charset="utf-8">', '<script>createPageHTML(3, 0, "t20240301_123", "html");</script>')
    expect(laterPages(html, PAGE)).toEqual({
      urls: ['http://jyj.example.gov.cn/zwgk/202403/t20240301_123_1.html', 'http://jyj.example.gov.cn/zwgk/202403/t20240301_123_2.html'],
      complete: true,
    })
  })

  it('reads the template form whose pager call takes the page’s variables', () => {
    const script = 'var currentPage = 0;//所在页从0开始\nvar prewName = "t20240301_123"//前缀名\nvar fileExt = "html"//文件扩展名\nvar countPage = 2//共多少页\ncreatePageHTML(countPage, currentPage, prewName, fileExt);'
    const html = articlePage('工作要点', ['一、加强党的建设'], '<meta charset="utf-8">', `<script>${script}</script>`)
    expect(laterPages(html, PAGE)).toEqual({ urls: ['http://jyj.example.gov.cn/zwgk/202403/t20240301_123_1.html'], complete: true })
    expect(laterPages(html.replace('var countPage = 2', 'var pages = 2'), PAGE)).toEqual({ urls: [], complete: false })
  })

  it('names nothing for a one-page pager, a page that is not the first, or a page without a pager', () => {
    const withScript = (call: string) => articlePage('工作要点', ['正文'], '<meta charset="utf-8">', `<script>${call}</script>`)
    expect(laterPages(withScript('createPageHTML(1, 0, "t1", "html")'), PAGE)).toEqual({ urls: [], complete: true })
    expect(laterPages(withScript('createPageHTML(3, 1, "t1", "html")'), PAGE)).toEqual({ urls: [], complete: true })
    expect(laterPages(articlePage('工作要点', ['正文']), PAGE)).toEqual({ urls: [], complete: false })
  })
})

describe('nextPageLink', () => {
  it('follows a 下一页 link on the same site, and no script, anchor, other site or link to the page itself', () => {
    const pager = (href: string) => articlePage('工作要点', ['正文'], '<meta charset="utf-8">', `<div class="fy"><a href="t20240301_123.html">上一页</a> <a href="${href}">下一页</a></div>`)
    expect(nextPageLink(pager('t20240301_123_1.html'), PAGE)).toBe('http://jyj.example.gov.cn/zwgk/202403/t20240301_123_1.html')
    expect(nextPageLink(pager('javascript:void(0)'), PAGE)).toBeNull()
    expect(nextPageLink(pager('#'), PAGE)).toBeNull()
    expect(nextPageLink(pager('http://www.other.example.com/next.html'), PAGE)).toBeNull()
    expect(nextPageLink(pager('t20240301_123.html#top'), PAGE)).toBeNull()
  })
})

describe('mergeArticlePages', () => {
  it('writes the later pages’ own text where the first page’s pager stands, without the furniture and title they repeat', () => {
    const pager = '<div class="fy"><a href="t20240301_123_1.html">下一页</a></div>'
    const first = articlePage('某市2024年教育工作要点', ['一、加强党的建设', '1.深化理论武装。'], '<meta charset="utf-8">', pager)
    const second = articlePage('某市2024年教育工作要点', ['2.加强基层党组织建设。', '二、推进教育改革', '3.深化评价改革。<br>完善考试招生制度。'])
    const text = extractHtml(mergeArticlePages(first, [second])).text
    expect(text.split('\n').filter(Boolean)).toEqual([
      '某市2024年教育工作要点',
      '一、加强党的建设',
      '1.深化理论武装。',
      '2.加强基层党组织建设。',
      '二、推进教育改革',
      '3.深化评价改革。',
      '完善考试招生制度。',
      '下一页',
    ])
  })

  it('escapes the later pages’ text, so a < in it is text, not markup', () => {
    const first = articlePage('工作要点', ['1.总则。'])
    const merged = mergeArticlePages(first, [articlePage('工作要点', ['2.班额 &lt;script&gt; 不超过45人。'])])
    expect(extractHtml(merged).text).toContain('2.班额 <script> 不超过45人。')
  })
})
