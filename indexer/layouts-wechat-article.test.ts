import { describe, expect, it } from 'vitest'
import { parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on an official account’s (公众号) article: 原创, 点击上方蓝字, emoji, 编辑/审核, 往期推荐, 阅读/在看', () => {
  it('reads the plan it prints, named by its own title and dated by the article, each clause without the emoji set after it', async () => {
    const [plan] = await parseHandmade('xinyu-2024-wechat-article-emoji-furniture.html')
    expect(plan.clauses.map((c) => [c.chapter?.title ?? null, c.number, c.heading, c.text])).toEqual([
      [null, null, '2024年，全市教育系统坚持以习近平新时代中国特色社会主义思想为指导，加快建设教育强市', '2024年，全市教育系统坚持以习近平新时代中国特色社会主义思想为指导，加快建设教育强市。'],
      ['加强党的建设', 1, '深化理论武装', '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['加强党的建设', 2, '夯实基层党建', '2.夯实基层党建。推进中小学校党组织领导的校长负责制。'],
      ['推进优质均衡', 3, '扩大学前教育资源', '3.扩大学前教育资源。新增公办学位1200个。'],
      ['推进优质均衡', 4, '推进集团化办学', '4.推进集团化办学。组建教育集团6个。'],
    ])
    const { title, issuer, city, year, publishDate, warnings } = plan.plan
    expect({ title, issuer, city, year, publishDate, warnings }).toEqual({ title: '新余市2024年教育工作要点', issuer: '新余市教育局', city: '新余市', year: 2024, publishDate: '2024-03-02', warnings: [] })
  })
})
