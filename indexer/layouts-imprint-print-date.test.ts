import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const PLAN = `景德镇市2025年教育工作要点
一、加强党的全面领导
1.健全“第一议题”制度，全年集中学习12次以上。
2.开展党纪学习教育。
二、推进基础教育优质均衡
3.新建、改扩建公办幼儿园6所。
抄送：市委办公室，市人大常委会办公室，市政府办公室。
景德镇市教育局办公室　　2025年2月20日印发`

function dates(text: string) {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  const { publishDate, signDate, metadataEvidence, warnings } = plan.plan
  return { publishDate, signDate, evidence: metadataEvidence.publishDate, clauses: plan.clauses.length, warnings }
}

describe('parseDocument on a plan dated only by the print line of its 版记', () => {
  it('takes the 版记’s 印发 date for the publish date, not for a signing date', () => {
    // Before: publishDate null.
    expect(dates(PLAN)).toEqual({
      publishDate: '2025-02-20',
      signDate: null,
      evidence: { value: '2025-02-20', source: 'body', quote: '版记 2025年2月20日印发' },
      clauses: 3,
      warnings: [],
    })
  })

  it('keeps the date under the signature where there is one, and reads a print date in figures', () => {
    const signed = PLAN.replace('抄送：', '景德镇市教育局\n2025年2月18日\n抄送：')
    expect([dates(signed).publishDate, dates(signed).signDate]).toEqual(['2025-02-18', '2025-02-18'])
    expect(dates(PLAN.replace('2025年2月20日印发', '2025.2.20印发')).publishDate).toBe('2025-02-20')
  })
})

describe('parseDocument on a plan that names no year and is dated only by its 版记', () => {
  it('keeps the print date for the publish date but takes no year from it, and warns that the year is missing', () => {
    // A plan for 2025 printed in December 2024: the print line tells when the office printed it, not the plan's year.
    const undated = PLAN.replace('景德镇市2025年教育工作要点', '景德镇市教育局教育工作要点').replace('2025年2月20日印发', '2024年12月28日印发')
    const [plan] = parseDocument({ file: 'x.txt', text: undated, fields: {}, url: null })
    const { title, year, publishDate, signDate, metadataEvidence, warnings } = plan.plan
    // Before: year 2024 (evidence inferred, quote 版记 2024年12月28日印发) and no warning.
    expect({ title, year, yearEvidence: metadataEvidence.year ?? null, publishDate, signDate, warnings }).toEqual({
      title: '景德镇市教育局教育工作要点',
      year: null,
      yearEvidence: null,
      publishDate: '2024-12-28',
      signDate: null,
      warnings: [{ code: 'year_missing', message: '没有找到年份：标题、文号和落款日期都没有写明' }],
    })
  })
})
