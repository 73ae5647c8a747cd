import { describe, expect, it } from 'vitest'
import { parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

const parse = parseHandmadeText

describe('parseDocument on a plan with an unnumbered heading before its first numbered chapter', () => {
  it('heads the opening paragraphs by 总体要求, each a paragraph of its own, and leaves the title, the date line and chapters 一–三 as they were', () => {
    const [plan] = parse('huangshi-2024-lead-heading-before-chapters.txt')
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]).toEqual(['黄石市教育局2024年教育工作要点', '黄石市教育局', '2024-02-28', []])
    expect(plan.clauses.map((c) => [c.chapter && `${c.chapter.number}${c.chapter.title}`, c.number, c.paragraph ?? null, c.text])).toEqual([
      ['总体要求', null, 1, '2024年全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，落实立德树人根本任务，加快建设教育强市，办好人民满意的教育。'],
      ['总体要求', null, 2, '全年力争实现“三个提升”：基础教育优质均衡水平明显提升，职业教育服务产业能力持续提升，教育治理现代化水平稳步提升。'],
      ['一全面加强党的建设', 1, null, '1.深化理论武装。坚持“第一议题”制度，全年开展理论学习中心组集中学习12次以上。'],
      ['一全面加强党的建设', 2, null, '2.加强基层党组织建设。推进中小学校党组织领导的校长负责制落地见效，培育党建示范校10所。'],
      ['二推动基础教育优质均衡', 3, null, '3.扩大普惠性学前教育资源。新建、改扩建公办幼儿园6所，新增公办学位1800个。'],
      ['二推动基础教育优质均衡', 4, null, '4.推进义务教育优质均衡发展。新组建紧密型教育集团5个，实现城乡学校结对帮扶全覆盖。'],
      ['三建设高素质教师队伍', 5, null, '5.加强师德师风建设。将师德表现作为教师考核评价的首要标准。'],
    ])
    expect(plan.clauses.map((c) => c.id.replace(plan.plan.id, ''))).toEqual(['-p1', '-p2', '-1-1', '-1-2', '-2-3', '-2-4', '-3-5'])
  })
})
