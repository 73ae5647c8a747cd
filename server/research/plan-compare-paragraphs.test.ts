import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../indexer/parse-document.js'
import { numberLabel } from '../../web/src/lib/clause-label.js'
import { comparePlans, type CompareSide } from './plan-compare.js'

/** A plan whose chapters hold paragraphs, not numbered clauses: each paragraph is cited 第N段 in its chapter. */
const plan = (year: number, goal: string) => `某县教育局${year}年教育工作要点
一、总体要求
坚持立德树人，办好人民满意的教育。
${goal}
二、重点任务
1.推进学前教育普惠发展。`

function side(text: string): CompareSide {
  const [doc] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  return { plan: { ...doc.plan, displayName: doc.plan.title }, clauses: doc.clauses.map((c) => ({ ...c, firstIndexed: '' })), citations: doc.clauses.map(() => '') }
}

describe('comparePlans on chapters of paragraphs', () => {
  it('gives each paragraph its place, so both sides read 第1段 and 第2段 rather than 段落', () => {
    const out = comparePlans(side(plan(2024, '全县学前三年毛入园率达到92%。')), side(plan(2025, '全县学前三年毛入园率达到95%。')))
    expect(out.rows.map((r) => [r.status, r.a && numberLabel(r.a), r.b && numberLabel(r.b)])).toEqual([
      ['kept', '第1段', '第1段'],
      ['reworded', '第2段', '第2段'],
      ['kept', '第1条', '第1条'],
    ])
  })
})
