import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const PLAN = [
  '2025年全区教育工作要点',
  '（汉台区教育局　2025年3月3日）',
  '',
  '一、加强党的全面领导',
  '1.推进全面从严治党。落实“两个责任”。',
  '2.加强意识形态工作。',
  '二、办好民生实事',
  '3.新建汉台区第二实验小学。',
].join('\n')

describe('parseDocument on a plan whose issuer and date stand in one bracket under its title', () => {
  it('takes the issuer, its place and the date from the bracket and keeps the line out of the records', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: PLAN, fields: {}, url: null })
    const { title, issuer, city, province, level, year, publishDate, warnings } = plan.plan
    // Before: the bracket was split at its signature into '（汉台区教育局', the date and '）'; the plan had no issuer
    // and no place, and '）' was passage -p1.
    expect({ title, issuer, city, province, level, year, publishDate, warnings }).toEqual({
      title: '2025年全区教育工作要点', issuer: '汉台区教育局', city: '汉台区', province: '陕西省', level: '区县', year: 2025, publishDate: '2025-03-03', warnings: [],
    })
    expect(plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.text])).toEqual([
      ['-1-1', '1.推进全面从严治党。落实“两个责任”。'],
      ['-1-2', '2.加强意识形态工作。'],
      ['-2-3', '3.新建汉台区第二实验小学。'],
    ])
  })
})
