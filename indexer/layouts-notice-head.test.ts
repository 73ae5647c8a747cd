import { describe, expect, it } from 'vitest'
import { parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

const parse = parseHandmadeText

describe('parseDocument on a notice with numbered lines of its own before the plan', () => {
  it('keeps the notice’s numbered requirements out of the plan: its title, 文号 and date are the plan’s head', () => {
    const [plan] = parse('anqing-2024-notice-numbered-requirements.txt')
    expect([plan.plan.title, plan.plan.docNumber, plan.plan.publishDate]).toEqual(['安庆市2024年教育工作要点', '宜教〔2024〕8号', '2024-03-08'])
    expect(plan.clauses.filter((c) => c.chapter === null).map((c) => c.text.slice(0, 16))).toEqual(['2024年全市教育工作的总体要求'])
    expect(plan.clauses.filter((c) => c.number !== null).map((c) => c.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1))
  })
})
