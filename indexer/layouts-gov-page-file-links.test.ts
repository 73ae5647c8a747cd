import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A city bureau's plan as its government site serves it (2025): breadcrumbs, the page's fields and buttons over the
// text, and under it the label over the links to the plan's files, the file's name, the QR-code hint and the buttons.
const PAGE = (label: string) => [
  '首页 > 信息公开 > 法定主动公开内容 > 计划总结',
  '【大】【中】【小】 【打印】 【关闭】',
  '来源：临沂市教育局  发布时间：2025-03-12  浏览次数：1532',
  '临沂市教育局2025年教育工作要点',
  '一、全面加强党的建设',
  '1.深化理论武装。全年开展集中学习12次。',
  '2.加强基层党组织建设。培育示范校5所。',
  label,
  '临沂市教育局2025年教育工作要点.docx',
  '扫一扫在手机打开当前页',
  '【打印本页】【关闭窗口】',
].join('\n')

describe('parseDocument on a government page that links the plan\'s files under its text', () => {
  it('ends the last clause before the label over the links (相关附件： 附件下载： 相关下载：)', () => {
    // Before: 2.加强基层党组织建设。培育示范校5所。⏎相关附件：, the label in the last clause.
    for (const label of ['相关附件：', '附件下载：', '相关下载:', '下载附件']) {
      const [plan] = parseDocument({ file: 'a.html', text: PAGE(label), fields: {}, url: null })
      expect([plan.plan.title, plan.plan.issuer, plan.clauses.map((c) => c.text)]).toEqual([
        '临沂市教育局2025年教育工作要点',
        '临沂市教育局',
        ['1.深化理论武装。全年开展集中学习12次。', '2.加强基层党组织建设。培育示范校5所。'],
      ])
    }
  })
})
