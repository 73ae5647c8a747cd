import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A plan in traditional characters as sites in Taiwan and Hong Kong repost it: 工作計畫 is their 工作计划, which folded
// character by character reads 工作计画, a kind of document no title list held.
const TEXT = [
  '某市教育局2025年工作計畫',
  '',
  '一、推進各級各類教育協調發展',
  '',
  '1.辦好學前教育。擴大普惠性學前教育資源，加強督導檢查。',
  '',
  '2.均衡發展義務教育。推進義務教育優質均衡發展。',
].join('\n')

describe('parseDocument on a plan titled 工作計畫 (计划 as Taiwan spells it) in traditional characters', () => {
  it('reads the line as the title, not as a passage repeating it, and the plan\'s clauses under their chapter', () => {
    const [plan] = parseDocument({ file: 'a.txt', text: TEXT, fields: {}, url: null })
    expect([plan.plan.title, plan.plan.year, (plan.plan.warnings ?? []).map((w) => w.code)]).toEqual(['某市教育局2025年工作計畫', 2025, []])
    expect(plan.clauses.map((c) => [c.id.slice(plan.plan.id.length), c.number, c.text])).toEqual([
      ['-1-1', 1, '1.辦好學前教育。擴大普惠性學前教育資源，加強督導檢查。'],
      ['-1-2', 2, '2.均衡發展義務教育。推進義務教育優質均衡發展。'],
    ])
  })
})
