import { describe, expect, it } from 'vitest'
import { splitClauses } from './clause-splitter.js'

const kinds = (lines: string[]) => splitClauses(lines).records.map((r) => [r.kind, r.chapter?.number ?? null, r.number])

describe('ordinalClauseLines', () => {
  it('numbers 一是/二是 paragraphs as clauses when they count from 一 under each chapter and nothing else numbers clauses', () => {
    expect(kinds(['一、加强党建', '一是深化理论武装。', '二是加强组织建设。', '二、推进均衡', '一是扩大学位供给。'])).toEqual([
      ['clause', '一', 1],
      ['clause', '一', 2],
      ['clause', '二', 1],
    ])
  })

  it('leaves them passages when one skips the count (二是 first: its 一是 stood inside the paragraph before it)', () => {
    expect(kinds(['一、加强党建', '坚持党的领导。一是强化理论武装。', '二是加强组织建设。', '三是落实从严治党。'])).toEqual([
      ['passage', '一', null],
      ['passage', '一', null],
      ['passage', '一', null],
    ])
  })

  it('leaves them passages when the plan numbers its clauses 1.', () => {
    // Clause 1 says something of its own: under its title alone, the items would be its lines (ordinal-items.ts).
    expect(kinds(['一、加强党建', '1.深化理论武装。落实“第一议题”制度。', '一是健全学习制度。', '二是开展专题培训。', '2.加强组织建设。'])).toEqual([
      ['clause', '一', 1],
      ['passage', '一', null],
      ['passage', '一', null],
      ['clause', '一', 2],
    ])
  })

  it('leaves a short 一是 or 第一， line over 1. clauses a chapter’s title, as a title without them is', () => {
    const chapters = (lines: string[]) => splitClauses(lines).records.map((r) => [r.chapter?.title ?? null, r.number])
    expect(chapters(['一是加强党建', '1.深化理论武装。', '2.加强组织建设。', '二是推进均衡', '1.扩大学位供给。'])).toEqual([
      ['一是加强党建', 1],
      ['一是加强党建', 2],
      ['二是推进均衡', 1],
    ])
  })
})
