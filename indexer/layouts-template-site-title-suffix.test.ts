import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const BODY = ['一、指导思想', '以党的二十大精神为统领,坚持立德树人、五育并举。', '二、主要工作', '1.提升教学质量。完善教学常规管理。', '2.加强德育工作。开展主题教育活动。']
const parse = (title: string) => parseDocument({ file: 'a.txt', text: [title, ...BODY].join('\n'), fields: {}, url: null })[0]

describe('parseDocument on a plan whose title a template site lists with 范文 glued on', () => {
  it('reads the title without 范文/范文大全/模板 and keeps the line out of the passages', () => {
    const read = (title: string) => {
      const plan = parse(title)
      return [plan.plan.title, plan.plan.year, plan.plan.warnings, plan.clauses.map((c) => c.id.slice(plan.plan.id.length)).join(' ')]
    }
    expect(['2025年学校工作计划范文', '2025年秋季幼儿园工作计划范文大全', '2025年德育工作计划模板'].map(read)).toEqual([
      ['2025年学校工作计划', 2025, [], '-p1 -2-1 -2-2'],
      ['2025年秋季幼儿园工作计划', 2025, [], '-p1 -2-1 -2-2'],
      ['2025年德育工作计划', 2025, [], '-p1 -2-1 -2-2'],
    ])
  })
})
