import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A county bureau's plan as a document-sharing site's page is selected and copied in the browser: the site's cart and
// history links, then the document's 文号 and title, then under them the badge, the upload date, the view count, the
// file's size and pages and the page's buttons, the title again as the preview's text layer prints it (a stray space
// before 年), the text, and under the preview the prompt to read on.
const PAGE = [
  '购物车',
  '我的足迹',
  '齐教发〔2024〕6号',
  '齐河县教育和体育局2024年工作要点',
  'VIP专免',
  '2024-03-20',
  '999+',
  '39.75KB',
  '32 页',
  '海报',
  '侵权投诉',
  '加入Vip免费下载 立即下载',
  '下载文档',
  '收藏',
  '举报',
  '齐河县教育和体育局2024 年工作要点',
  '2024年，全县教育系统坚持以习近平新时代中国特色社会主义思想为引领，深入贯彻落实党的二十大精神，奋力开创教育高质量发展新局面。',
  '一、坚持立德树人',
  '1.加强思想政治教育。推进“大思政课”建设，学前三年毛入园率达到94.5%以上。',
  '2.健全教育发展保障体系。落实教育经费“两个只增不减”。',
  '还剩30页未读，继续阅读',
]

const parse = (lines: string[]) => parseDocument({ file: 'a.txt', text: lines.join('\n'), fields: {}, url: null })

describe('parseDocument on a plan copied from a document-sharing site with its counters and buttons', () => {
  it('drops the badge, upload date, view count, size, pages, buttons, repeated title and read-on prompt, keeping the 文号 and title', () => {
    // Before: p1–p7 were VIP专免, 999+, 39.75KB, 32 页, 海报, 侵权投诉, 加入Vip免费下载 立即下载, p8 the title again
    // (齐河县教育和体育局2024 年工作要点), 1-2 ended ⏎还剩30页未读，继续阅读, and signDate was the upload's 2024-03-20.
    const [plan] = parse(PAGE)
    expect(plan.clauses.map((c) => [c.number, c.text])).toEqual([
      [null, '2024年，全县教育系统坚持以习近平新时代中国特色社会主义思想为引领，深入贯彻落实党的二十大精神，奋力开创教育高质量发展新局面。'],
      [1, '1.加强思想政治教育。推进“大思政课”建设，学前三年毛入园率达到94.5%以上。'],
      [2, '2.健全教育发展保障体系。落实教育经费“两个只增不减”。'],
    ])
    const { title, docNumber, issuer, year, signDate, publishDate } = plan.plan
    expect({ title, docNumber, issuer, year, signDate, publishDate }).toEqual({
      title: '齐河县教育和体育局2024年工作要点',
      docNumber: '齐教发〔2024〕6号',
      issuer: '齐河县教育和体育局',
      year: 2024,
      signDate: null,
      publishDate: null,
    })
  })

  it('keeps a plan\'s own numeric date under its signature, with no site counter beside it', () => {
    const [plan] = parse([
      '齐河县教育和体育局2024年工作要点',
      '一、坚持立德树人',
      '1.加强思想政治教育。推进“大思政课”建设。',
      '齐河县教育和体育局',
      '2024-03-20',
    ])
    expect([plan.plan.signDate, plan.clauses.map((c) => c.text)]).toEqual(['2024-03-20', ['1.加强思想政治教育。推进“大思政课”建设。']])
  })

  it('keeps a line of the plan\'s own after its head that names a poster', () => {
    const [plan] = parse(['齐河县教育和体育局2024年工作要点', '一、坚持立德树人', '1.开展主题宣传活动。设计制作以下宣传品：', '海报', '宣传册'])
    expect(plan.clauses.map((c) => c.text)).toEqual(['1.开展主题宣传活动。设计制作以下宣传品：\n海报\n宣传册'])
  })
})
