import { describe, expect, it } from 'vitest'
import { parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

const parse = parseHandmadeText

describe('parseDocument on a year’s review with numbered items under an unnumbered heading, then an unnumbered plan title over chapters 一–三', () => {
  const [plan] = parse('leshan-2024-review-items-then-plan-title.txt')

  it('heads the review’s paragraph and items 1–3 by 2023年工作回顾, keeps 2024年工作要点 a passage of its own under no chapter, and numbers the plan’s clauses 1–5 under 一–三', () => {
    expect(plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter && `${c.chapter.number}${c.chapter.title}`, c.number, c.text])).toEqual([
      ['-p1', '2023年工作回顾', null, '2023年，全市教育系统深入贯彻党的二十大精神，各项工作取得新成效。'],
      ['-0-1', '2023年工作回顾', 1, '1.党建引领持续加强。全市中小学校党组织领导的校长负责制实现全覆盖。'],
      ['-0-2', '2023年工作回顾', 2, '2.教育资源不断扩大。新建、改扩建中小学校12所，新增学位1.2万个。'],
      ['-0-3', '2023年工作回顾', 3, '3.教师队伍建设取得新进展。招聘教师1100名。'],
      ['-p2', null, null, '2024年工作要点'],
      ['-1-1', '一加强党的建设', 1, '1.深化理论武装。全年集中学习12次。'],
      ['-1-2', '一加强党的建设', 2, '2.推进清廉学校建设。打造清廉学校示范点20个。'],
      ['-2-3', '二推进教育优质均衡', 3, '3.扩大学前教育资源。新增公办学位2000个。'],
      ['-2-4', '二推进教育优质均衡', 4, '4.推进义务教育优质均衡。组建教育集团10个。'],
      ['-3-5', '三建设教师队伍', 5, '5.加强师德师风建设。开展师德师风专项整治。'],
    ])
  })

  it('reads the joined title, the issuer, the plan’s year 2024 and the signing date, with no warning', () => {
    const { title, issuer, city, year, publishDate, warnings } = plan.plan
    expect({ title, issuer, city, year, publishDate, warnings }).toEqual({
      title: '乐山市教育局2023年工作总结和2024年工作要点',
      issuer: '乐山市教育局',
      city: '乐山市',
      year: 2024,
      publishDate: '2024-02-22',
      warnings: [],
    })
  })
})
