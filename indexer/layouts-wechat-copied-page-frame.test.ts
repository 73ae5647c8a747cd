import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

// An official account's article copied whole from the page as a reader sees it: 点击上方蓝字关注我们 and the 原创 line
// over the headline, 01 / 02 / 03 chapters, 来源 | 编辑 | 审核 credits under it, then the page's frame (阅读原文,
// 预览时标签不可点, 微信扫一扫 / 关注该公众号, 轻触阅读原文, the account's name, 向上滑动看下一个, 使用小程序, 取消 允许).
describe('parseDocument on an official account’s article copied with its page frame', () => {
  it('ends the last clause at the article: none of the frame under it runs into clause 5', () => {
    const [plan] = parseHandmadeText('yancheng-2024-wechat-copied-page-frame.txt')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统坚持以习近平新时代中国特色社会主义思想为指导，深入实施科教兴市战略，奋力建设教育强市。'],
      ['-1-1', '全面加强党对教育工作的领导', null, 1, '1.深化党的创新理论武装。持续开展“第一议题”学习，全年开展集中学习研讨12次。'],
      ['-1-2', '全面加强党对教育工作的领导', null, 2, '2.加强学校党组织建设。全面实施中小学校党组织领导的校长负责制。'],
      ['-2-3', '促进各级各类教育协调发展', null, 3, '3.办好人民满意的学前教育。新增普惠性学位3000个，普惠率稳定在90%以上。'],
      ['-2-4', '促进各级各类教育协调发展', null, 4, '4.推进县域普通高中振兴。实施县中发展提升行动，建设特色高中5所。'],
      ['-3-5', '建设高素质专业化教师队伍', null, 5, '5.加强师德师风建设。开展师德专题教育，严肃查处师德失范行为。'],
    ])
  })

  it('reads the source its 来源 | credit names as the issuer, and so takes the account’s publishing date', () => {
    const [plan] = parseHandmadeText('yancheng-2024-wechat-copied-page-frame.txt')
    expect([plan.plan.title, plan.plan.year, plan.plan.issuer, plan.plan.publishDate, plan.plan.city, plan.plan.warnings]).toEqual([
      '盐城市2024年教育工作要点', 2024, '盐城市教育局', '2024-03-01', '盐城市', [],
    ])
  })

  it('reads a credit barred with 丨 as one barred with a colon, the editor’s name no field of the plan', () => {
    const text = (credit: string) =>
      `盐城市2024年教育工作要点\n一、加强党的建设\n1.深化理论武装。全年开展集中学习研讨12次。\n2.加强基层党建。推进党组织全覆盖。\n${credit}\n编辑丨王晓雨`
    const read = (credit: string) => parseDocument({ file: 'x.txt', text: text(credit), fields: {}, url: null })[0]
    const [barred, colon] = [read('来源丨盐城市教育局'), read('来源：盐城市教育局')]
    expect([barred.plan.issuer, barred.clauses.map((c) => c.text)]).toEqual([colon.plan.issuer, colon.clauses.map((c) => c.text)])
    expect(barred.plan.issuer).toEqual('盐城市教育局')
  })
})
