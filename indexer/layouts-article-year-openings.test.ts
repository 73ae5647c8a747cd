/**
 * Articles 第一条 … and 第一节 sections whose text opens with a year, set apart from their number by one space or
 * two, as county plans typed after a legal template print them: each is a clause of its own, not run into the one before.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })[0]

describe('parseDocument on articles whose text opens with a year', () => {
  it('reads 第二条　2024年… and 第四条  2025年… (two spaces) as clauses of their own', () => {
    const plan = parse(`某县教育局2024年教育工作要点
第一章　总体要求
第一条　坚持以习近平新时代中国特色社会主义思想为指导，加快建设教育强县。
第二条　2024年全县教育工作的主要目标是：学前教育毛入园率达到93%。
第二章　重点任务
第三条　深化理论武装。全年集中学习12次以上。
第四条  2025年春季学期前完成校舍改造。`)
    expect(plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.number, c.text])).toEqual([
      ['-1-1', 1, '第一条坚持以习近平新时代中国特色社会主义思想为指导，加快建设教育强县。'],
      ['-1-2', 2, '第二条2024年全县教育工作的主要目标是：学前教育毛入园率达到93%。'],
      ['-2-3', 3, '第三条深化理论武装。全年集中学习12次以上。'],
      ['-2-4', 4, '第四条2025年春季学期前完成校舍改造。'],
    ])
    expect(plan.plan.warnings).toEqual([])
  })

  it('reads a 第一节 section titled 2023年工作回顾 as the section over its articles', () => {
    const plan = parse(`某县教育局2024年教育工作要点
第一章　工作回顾与总体要求
第一节　2023年工作回顾
第一条　全县学前教育毛入园率达到92%。
第二节　2024年总体要求
第二条　坚持立德树人，加快建设教育强县。`)
    expect(plan.clauses.map((c) => [c.section, c.number])).toEqual([['第一节2023年工作回顾', 1], ['第二节2024年总体要求', 2]])
  })
})
