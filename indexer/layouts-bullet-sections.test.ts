import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const PLAN = [
  '萍乡市2025年教育工作要点',
  '◆总体要求',
  '2025年，全市教育工作要坚持稳中求进，加快建设教育强市。',
  '◆重点任务',
  '■加强党的建设',
  '1.深化理论武装。健全“第一议题”制度。',
  '2.加强基层党组织建设。推进校长负责制。',
  '■推进优质均衡',
  '3.扩大学前教育资源。新增公办学位600个。',
  '◆保障措施',
  '4.强化经费保障。落实教育投入只增不减。',
].join('\n')

describe('parseDocument on a plan whose chapters are headed by one bullet (◆) and their sections by another (■)', () => {
  it('reads the ■ titles as sections of the ◆ chapters, named without the bullet, not as lines of the clause above', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: PLAN, fields: {}, url: null })
    // Before: ◆总体要求, its paragraph, ◆重点任务 and ■加强党的建设 were passages under no chapter, clauses 1 and 2
    // under none, and ■推进优质均衡 and ◆保障措施 read as the plan's two chapters (without ◆保障措施, ◆ headed the
    // chapters and ■推进优质均衡 was the last line of clause 2).
    expect(plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter?.title ?? null, c.section, c.number, c.text])).toEqual([
      ['-p1', '总体要求', null, null, '2025年，全市教育工作要坚持稳中求进，加快建设教育强市。'],
      ['-2-1', '重点任务', '加强党的建设', 1, '1.深化理论武装。健全“第一议题”制度。'],
      ['-2-2', '重点任务', '加强党的建设', 2, '2.加强基层党组织建设。推进校长负责制。'],
      ['-2-3', '重点任务', '推进优质均衡', 3, '3.扩大学前教育资源。新增公办学位600个。'],
      ['-3-4', '保障措施', null, 4, '4.强化经费保障。落实教育投入只增不减。'],
    ])
    expect(plan.plan.warnings).toEqual([])
  })

  it('reads 10 000 sections under a bulleted chapter in one pass', () => {
    const sections = Array.from({ length: 10_000 }, (_, k) => [`■第${k + 1}项任务`, `${k + 2}.开展第${k + 1}项工作。`]).flat()
    const lines = ['某市2025年教育工作要点', '◆重点任务', '1.深化理论武装。', '◆保障措施', ...sections]
    const [plan] = parseDocument({ file: 'x.txt', text: lines.join('\n'), fields: {}, url: null })
    expect([plan.clauses.length, plan.clauses.at(-1)?.chapter?.title, plan.clauses.at(-1)?.section]).toEqual([10_001, '保障措施', '第10000项任务'])
  })
})
