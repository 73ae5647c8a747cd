import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A school's plan on a city's disclosure pages (lnky.gov.cn, 开原市城东镇中学, 2025): the page's title line, the
// page's source and date, the school's own title, then the term it is for on a line of its own.
const PAGE = [
  '2025-2026学年度上学期工作计划',
  '',
  '来源:开原市城东镇中学 发布时间:2025年07月07日',
  '',
  '  开原市城东镇中学学校工作计划',
  '',
  '  2025-2026上学期',
  '',
  '  一、指导思想',
  '',
  '  以习近平新时代中国特色社会主义思想为指导,深入贯彻党的教育方针,落实立德树人根本任务。结合农村初中实际情况,以提高教育教学质量为核心。',
  '',
  '  二、工作目标',
  '',
  '  1.教学质量提升:在本学期期末考试中,各学科平均分在原有基础上提高5分,优秀率提升2%,及格率提升5%,降低低分率。',
  '',
  '  2.学生全面发展:加强德育工作,学生行为规范达标率达到85%以上。',
]

const parse = (lines: string[]) => parseDocument({ file: 'a.txt', text: lines.join('\n'), fields: {}, url: null })[0]
const records = (plan: ReturnType<typeof parse>) => plan.clauses.map((c) => [c.id.slice(plan.plan.id.length), c.text.slice(0, 12)])
const BODY = [
  ['-p1', '以习近平新时代中国特色社'],
  ['-2-1', '1.教学质量提升:在本学'],
  ['-2-2', '2.学生全面发展:加强德'],
]

describe('parseDocument on a school plan whose term stands on its own line under the title', () => {
  it('folds the term line into the title, dates the plan by the school year\'s first year, and keeps the line out of the passages', () => {
    const plan = parse(PAGE)
    expect([plan.plan.title, plan.plan.year, plan.plan.metadataEvidence.year?.quote, plan.plan.warnings]).toEqual([
      '开原市城东镇中学学校工作计划 2025-2026上学期',
      2025,
      '开原市城东镇中学学校工作计划 2025-2026上学期',
      [],
    ])
    expect(records(plan)).toEqual(BODY)
  })

  it('dates the plan by the page\'s title line above its own title when no term line names the year', () => {
    const plan = parse(PAGE.filter((l) => l !== '  2025-2026上学期'))
    expect([plan.plan.title, plan.plan.year, plan.plan.metadataEvidence.year?.quote, plan.plan.warnings]).toEqual([
      '开原市城东镇中学学校工作计划',
      2025,
      '2025-2026学年度上学期工作计划',
      [],
    ])
    expect(records(plan)).toEqual(BODY)
  })

  it('reads a term written with 学年度 and 第一/第二学期, in brackets, or in full-width digits the same way, a spring term by its school year\'s first year', () => {
    const under = (term: string) => parse(['某县第一小学学校工作计划', term, ...PAGE.slice(8)])
    expect(['2024—2025学年度第一学期', '（2024-2025学年第二学期）', '2024-2025第二学期', '２０２５－２０２６下学期'].map((t) => [under(t).plan.title, under(t).plan.year, records(under(t))[0][0]])).toEqual([
      ['某县第一小学学校工作计划 2024—2025学年度第一学期', 2024, '-p1'],
      ['某县第一小学学校工作计划（2024-2025学年第二学期）', 2024, '-p1'],
      ['某县第一小学学校工作计划 2024-2025第二学期', 2024, '-p1'],
      ['某县第一小学学校工作计划 ２０２５－２０２６下学期', 2025, '-p1'],
    ])
  })
})
