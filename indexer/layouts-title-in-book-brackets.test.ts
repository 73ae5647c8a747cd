import { describe, expect, it } from 'vitest'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a plan whose title line is set in 《》 (《高安市2024—2025学年度教育工作要点》)', () => {
  it('takes the line for the title, without its brackets and with no fallback warning, and keeps it out of the records (it was passage 1)', () => {
    const [plan] = parseHandmadeText('gaoan-2024-school-year-title-in-book-brackets.txt')
    expect([plan.plan.title, plan.plan.year, plan.plan.issuer, plan.plan.warnings]).toEqual(['高安市2024—2025学年度教育工作要点', 2024, '高安市教育体育局', []])
    expect(outlineRows(plan).map((r) => r[0])).toEqual(['-1-1', '-1-2', '-2-3'])
  })
})
