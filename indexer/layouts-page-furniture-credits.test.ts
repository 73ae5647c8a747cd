import { describe, expect, it } from 'vitest'
import { parseHtmlPage } from '../test/fixtures/layouts/handmade-plan.js'
import { parseDocument } from './parse-document.js'

const CLAUSES = [
  '1.深化理论武装。全年开展集中学习12次，组织专题培训5场。',
  '2.加强基层党组织建设。培育党建示范校5所，推进“一校一品”党建品牌创建。',
  '3.深化“双减”工作。课后服务覆盖率保持100%。',
]
const texts = (text: string) => parseDocument({ file: 'a.txt', text, fields: {}, url: null }).flatMap((p) => p.clauses.map((c) => c.text))

// A county bureau's plan as its page gives it when selected and pasted as text: the site's bar over the article, its
// credits and buttons under it, the related articles and the footer.
const PASTED = (credit: string) => [
  '首页 | 机构概况 | 政务公开 | 教育动态 | 办事服务 | 互动交流',
  '某县教育局2024年教育工作要点',
  '发布时间：2024-03-06 来源：本站 点击数：1024 【打印】 【关闭】',
  '文章来源 ： 县教育局办公室    阅读次数：356',
  '一、全面加强党的建设',
  CLAUSES[0],
  CLAUSES[1],
  '二、推进基础教育优质均衡',
  CLAUSES[2],
  credit,
  '打印 | 关闭 | 返回顶部',
  '相关阅读：',
  '· 某县教育局2023年教育工作要点 2023-03-01',
  'Copyright © 2024 某县教育局 All Rights Reserved',
  '地址：某县某路1号  邮编：330000  联系电话：0791-12345678',
].join('\n')

describe('parseDocument on a plan pasted from its page with the page’s credits in brackets', () => {
  it('drops the editors’ and the source’s credit set in brackets on a line of its own under the article', () => {
    // Before: （责任编辑：王某）, （编辑：王某 审核：李某） and （来源：县教育局） ran into clause 3 on a line of their own.
    for (const credit of ['（责任编辑：王某）', '（编辑：王某 审核：李某）', '（来源：县教育局）', '【来源：某市教育局办公室】']) expect(texts(PASTED(credit))).toEqual(CLAUSES)
  })

  it('drops a source’s credit in brackets closing the article’s last paragraph, and keeps a bracket naming where funds come from', () => {
    const lines = ['某县教育局2024年教育工作要点', '一、全面加强党的建设', CLAUSES[0], CLAUSES[1]]
    expect(texts([...lines, `${CLAUSES[2]}（来源：县教育局）`].join('\n'))).toEqual(CLAUSES)
    expect(texts([...lines, '3.改善办学条件。新建校舍2万平方米（资金来源：县财政）'].join('\n')).at(-1)).toBe('3.改善办学条件。新建校舍2万平方米（资金来源：县财政）')
  })

  it('reads the web page the same, its credit in a paragraph of its own', () => {
    const page = `<html><head><title>某县教育局2024年教育工作要点</title></head><body><div class="article"><h1>某县教育局2024年教育工作要点</h1>
<div class="info">来源：某县教育局 发布时间：2024-03-06 浏览次数：2345</div><div class="tools">【字体：大 中 小】 打印本页 关闭窗口</div>
<div class="content"><p>一、全面加强党的建设</p><p>${CLAUSES[0]}</p><p>${CLAUSES[1]}</p><p>二、推进基础教育优质均衡</p><p>${CLAUSES[2]}</p>
<p>（编辑：王某 审核：李某）</p></div><div class="qr">扫一扫在手机打开当前页</div></div>
<div class="footer"><p>主办单位：某县教育局</p><p>网站标识码：3601000012 赣ICP备12345678号-1</p></div></body></html>`
    expect(parseHtmlPage(page).flatMap((p) => p.clauses.map((c) => c.text))).toEqual(CLAUSES)
  })
})

describe('parseDocument on a plan pasted from a document-sharing site', () => {
  it('drops the calls to download the document under its preview (免费下载这篇文档, 下载文档到电脑，查找使用更方便)', () => {
    // Before: 免费下载这篇文档 ran into clause 3 on a line of its own.
    for (const call of ['免费下载这篇文档', '点击下载完整版文档', '下载此文档', '下载文档到电脑，查找使用更方便']) {
      const text = ['某县教育局2024年教育工作要点.docx', 'VIP免费下载', '某县教育局2024年教育工作要点', '一、全面加强党的建设', CLAUSES[0], CLAUSES[1], '二、推进基础教育优质均衡', CLAUSES[2], '还剩4页未读，继续阅读', call, '本文档由用户上传，版权归原作者所有，如有侵权请联系删除。'].join('\n')
      expect(texts(text)).toEqual(CLAUSES)
    }
  })
})

describe('parseDocument on a plan pasted with a government site’s footer and side bar under it', () => {
  it('drops the lines that name the site’s staff, its links and its counts, each under the last clause', () => {
    // Before: each ran into clause 3 on a line of its own.
    const footers = [
      '发布者：系统管理员  发布时间：2024-03-06',
      '文章录入：admin    责任编辑：admin',
      '更新时间：2024-03-06 09:30:00',
      '原文链接：http://www.example.gov.cn/art/2024/3/6/art_1.html',
      '文字：[大] [中] [小]',
      '手机版',
      '微信公众号 政务微博',
      '联系我们 | 免责声明',
      '本网站由县教育局主办',
      '您是第1234567位访客',
      '转载请注明出处',
    ]
    for (const footer of footers) {
      const text = ['某县教育局2024年教育工作要点', '一、全面加强党的建设', CLAUSES[0], CLAUSES[1], '二、推进基础教育优质均衡', CLAUSES[2], footer].join('\n')
      expect([footer, texts(text)]).toEqual([footer, CLAUSES])
    }
  })
})
