import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A page copied as plain text from an editor that writes Markdown: its title and chapters keep their hashes, its
// items their bold stars. The title read ###某市…; in a kindergarten's plan, #### was a passage of its own over each
// chapter and ** a passage over each item, whose text ended in **.
describe('parseDocument on plain text that keeps Markdown marks', () => {
  it('reads the title and chapters without their hashes', () => {
    const text = '###某市教育局2025年工作要点\n\n2025年全市教育工作的总体要求是：坚持立德树人。\n\n## 一、提升基础教育发展水平\n\n1.促进义务教育均衡发展。合理配置教育资源。'
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    expect([plan.plan.title, plan.clauses.map((c) => [c.chapter?.title ?? null, c.text])]).toEqual([
      '某市教育局2025年工作要点',
      [[null, '2025年全市教育工作的总体要求是：坚持立德树人。'], ['提升基础教育发展水平', '1.促进义务教育均衡发展。合理配置教育资源。']],
    ])
  })

  it('reads bold items as their words, each with the lines under it', () => {
    const text = '某幼儿园十月份工作计划\n\n#### 一、教育教学计划\n\n**1. 自然探索周**\n\n– **目标**：引导幼儿观察季节变化\n\n– **活动安排**：组织幼儿到种植园观察\n\n**2. 艺术创作月**\n\n– **目标**：激发幼儿创造力'
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    expect(plan.clauses.map((c) => [c.chapter?.title ?? null, c.number, c.text])).toEqual([
      ['教育教学计划', 1, '1. 自然探索周\n– 目标：引导幼儿观察季节变化\n– 活动安排：组织幼儿到种植园观察'],
      ['教育教学计划', 2, '2. 艺术创作月\n– 目标：激发幼儿创造力'],
    ])
  })

  it('keeps a topic tag that closes its # in the text', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: '某县教育局2025年工作要点\n一、加强党的建设\n#教育强国#主题活动全年开展12场。', fields: {}, url: null })
    expect(plan.clauses.map((c) => c.text)).toEqual(['#教育强国#主题活动全年开展12场。'])
  })
})
