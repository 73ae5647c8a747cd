import { describe, expect, it } from 'vitest'
import { parseHandmadeText, recordRows } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on an official-account article heading its chapters with an emoji bullet (🔸) over 🔹 items, no number anywhere', () => {
  const [plan] = parseHandmadeText('chengde-2024-wechat-emoji-bullets.txt')

  it('reads the 🔸 titles as chapters and the 🔹 items as their paragraphs, headed without the bullet', () => {
    expect(recordRows(plan)).toEqual([
      [null, null, null, null, '2024年，全市教育工作要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强市。'],
      ['全面加强党对教育工作的领导', null, null, 1, '🔹深化理论武装。健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上。'],
      ['全面加强党对教育工作的领导', null, null, 2, '🔹加强基层党组织建设。推进中小学校党组织领导的校长负责制全覆盖。'],
      ['推动基础教育优质均衡发展', null, null, 1, '🔹扩大学前教育资源。新建、改扩建公办幼儿园8所，新增公办学位2400个。'],
      ['推动基础教育优质均衡发展', null, null, 2, '🔹推进义务教育优质均衡。新组建城乡教育共同体6个，实现乡镇中心学校全覆盖。'],
      ['建设高素质专业化教师队伍', null, null, 1, '🔹加强师德师风建设。开展师德师风专项整治，建立师德失范行为通报制度。'],
    ])
    expect(plan.clauses.slice(1).map((c) => c.heading)).toEqual(['深化理论武装', '加强基层党组织建设', '扩大学前教育资源', '推进义务教育优质均衡', '加强师德师风建设'])
  })

  it('drops the account’s 点击蓝字 关注我们, 长按二维码 and 关注我们 lines and its credits', () => {
    expect(plan.text).not.toMatch(/蓝字|二维码|关注我们|编辑|审核/)
    expect([plan.plan.title, plan.plan.issuer]).toEqual(['承德市教育局2024年教育工作要点', '承德市教育局'])
  })
})
