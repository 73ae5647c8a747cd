import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A school's term plan from a template site that numbers nothing: its chapters are the titles every plan uses,
// each alone on its line, over a paragraph or lines led by a dash.
const PLAN = `某小学第一学期工作计划
指导思想
本学期，我校以立德树人为根本任务，坚持“质量立校、特色兴校”的办学思路。
工作目标：
- 德育目标：强化学生行为习惯养成教育，构建全员育人体系。
- 教学目标：聚焦课堂教学改革，提升课堂效率。
【主要措施】
- 加强德育工作：开展主题班会和升旗仪式教育。
- 深化教学改革：推进集体备课和听评课制度。`

function outline(text: string) {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  return plan.clauses.map((c) => [c.chapter?.title ?? null, c.paragraph ?? null, c.text])
}

describe('parseDocument on a plan that numbers nothing and heads its chapters with standard titles', () => {
  it('heads a chapter with each standard title, its lines cited by their place in it (each title was a passage of its own)', () => {
    expect(outline(PLAN)).toEqual([
      ['指导思想', 1, '本学期，我校以立德树人为根本任务，坚持“质量立校、特色兴校”的办学思路。'],
      ['工作目标', 1, '- 德育目标：强化学生行为习惯养成教育，构建全员育人体系。'],
      ['工作目标', 2, '- 教学目标：聚焦课堂教学改革，提升课堂效率。'],
      ['主要措施', 1, '- 加强德育工作：开展主题班会和升旗仪式教育。'],
      ['主要措施', 2, '- 深化教学改革：推进集体备课和听评课制度。'],
    ])
  })

  it('leaves a single standard title over prose as a passage', () => {
    const text = '某小学第一学期工作计划\n指导思想\n本学期，我校以立德树人为根本任务。\n我们将开展主题班会和升旗仪式教育。'
    expect(outline(text)).toEqual([
      [null, null, '指导思想'],
      [null, null, '本学期，我校以立德树人为根本任务。'],
      [null, null, '我们将开展主题班会和升旗仪式教育。'],
    ])
  })

  it('leaves a title that is a sentence’s first words in its sentence', () => {
    const text = '某小学第一学期工作计划\n工作目标是提升教育教学质量。\n主要措施\n开展主题班会。\n保障措施\n成立工作专班。'
    expect(outline(text)).toEqual([
      [null, null, '工作目标是提升教育教学质量。'],
      ['主要措施', 1, '开展主题班会。'],
      ['保障措施', 1, '成立工作专班。'],
    ])
  })
})
