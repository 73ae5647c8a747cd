import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A city bureau's plan as its site posts it: the page's title and info bar, then the link to the file the page's
// text was copied from, then the plan's own text.
const PAGE = (link: string, preamble: string[], end: string[] = []) => [
  '首页 > 信息公开 > 计划总结',
  '黄石市2024年教育工作要点',
  '来源：黄石市教育局  发布时间：2024-03-05',
  link,
  ...preamble,
  '一、全面加强党的建设',
  '1.深化理论武装。全年开展集中学习12次。',
  '2.加强基层党组织建设。培育示范校5所。',
  '二、推进教育优质均衡',
  '3.扩大优质学位供给。新建学校5所。',
  ...end,
  '【打印本页】【关闭窗口】',
].join('\n')

const read = (text: string) => {
  const [plan] = parseDocument({ file: 'a.html', text, fields: {}, url: null })
  return [plan.plan.title, plan.clauses.map((c) => [c.id.replace(/^.*?-yaodian-/, ''), c.text])]
}

describe('parseDocument on a page that links the file its text came from above the text', () => {
  it('drops the link from the preamble passage', () => {
    // Before: -p1 附件：黄石市2024年教育工作要点.docx 2024年，全市教育工作的总体要求是坚持立德树人。
    for (const link of ['附件：黄石市2024年教育工作要点.docx', '附件:黄石市2024年教育工作要点.pdf', '附件1：黄石市2024年教育工作要点.wps']) {
      expect(read(PAGE(link, ['2024年，全市教育工作的总体要求是坚持立德树人。']))).toEqual([
        '黄石市2024年教育工作要点',
        [
          ['p1', '2024年，全市教育工作的总体要求是坚持立德树人。'],
          ['1-1', '1.深化理论武装。全年开展集中学习12次。'],
          ['1-2', '2.加强基层党组织建设。培育示范校5所。'],
          ['2-3', '3.扩大优质学位供给。新建学校5所。'],
        ],
      ])
    }
  })

  it('leaves no passage of the link alone when the first chapter follows it', () => {
    // Before: -p1 附件：黄石市2024年教育工作要点.docx
    expect(read(PAGE('附件：黄石市2024年教育工作要点.docx', []))).toEqual([
      '黄石市2024年教育工作要点',
      [
        ['1-1', '1.深化理论武装。全年开展集中学习12次。'],
        ['1-2', '2.加强基层党组织建设。培育示范校5所。'],
        ['2-3', '3.扩大优质学位供给。新建学校5所。'],
      ],
    ])
  })

  it('keeps the page’s title over a link whose file is named otherwise', () => {
    const [plan] = parseDocument({ file: 'a.html', text: PAGE('附件：2024年工作要点（定稿）.docx', ['2024年，全市教育工作的总体要求是坚持立德树人。']), fields: {}, url: null })
    expect([plan.plan.title, plan.clauses[0].text]).toEqual(['黄石市2024年教育工作要点', '2024年，全市教育工作的总体要求是坚持立德树人。'])
  })

  it('keeps a 附件 line after the body, which announces an attached table', () => {
    const [, clauses] = read(PAGE('附件：黄石市2024年教育工作要点.docx', ['2024年，全市教育工作的总体要求是坚持立德树人。'], ['附件：2024年重点任务分工表.xlsx']))
    expect((clauses as string[][]).map(([, text]) => text).join('\n')).toContain('附件：2024年重点任务分工表.xlsx')
  })
})
