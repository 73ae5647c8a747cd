import { describe, expect, it } from 'vitest'
import { outlineRows } from '../test/fixtures/layouts/handmade-plan.js'
import { parseDocument } from './parse-document.js'

const rows = (lines: string[]) => outlineRows(parseDocument({ file: 'a.txt', text: lines.join('\n'), fields: {}, url: null })[0])
/** An official account's article copied as text, its chapters under ornamental numbers in the forms `ornaments` gives. */
const ARTICLE = (first: string[], second: string[]) => [
  '2024年全区教育工作要点',
  '2024年，全区教育系统坚持立德树人，推动教育高质量发展。',
  ...first,
  '1.深化理论武装。全年集中学习12次以上。',
  '2.加强基层党建。创建党建示范校5所。',
  ...second,
  '3.扩大学前资源。新增公办学位900个。',
]
const EXPECTED = [
  ['-p1', null, null, null, '2024年，全区教育系统坚持立德树人，推动教育高质量发展。'],
  ['-1-1', '党建引领', null, 1, '1.深化理论武装。全年集中学习12次以上。'],
  ['-1-2', '党建引领', null, 2, '2.加强基层党建。创建党建示范校5所。'],
  ['-2-3', '优质均衡', null, 3, '3.扩大学前资源。新增公办学位900个。'],
]

describe('parseDocument on chapters set under ornamental numbers with a bar before the title, or as Part.1', () => {
  it('heads each chapter by its title without the bar set between number and title (01丨党建引领, 02 | 优质均衡)', () => {
    // Before: the chapters were titled 丨党建引领 and 丨优质均衡; 02 | 优质均衡 was a line of clause 2.
    expect(rows(ARTICLE(['01丨党建引领'], ['02丨优质均衡']))).toEqual(EXPECTED)
    expect(rows(ARTICLE(['01 | 党建引领'], ['02 | 优质均衡']))).toEqual(EXPECTED)
    expect(rows(ARTICLE(['PART 01｜党建引领'], ['PART 02｜优质均衡']))).toEqual(EXPECTED)
  })

  it('takes Part.1 and Part 2 over a title as it takes PART 01, the number unpadded after the word', () => {
    // Before: Part.1 and Part.2 were heading-only chapters of their own (-1-, -3-), the titles chapters after them.
    expect(rows(ARTICLE(['Part.1', '党建引领'], ['Part.2', '优质均衡']))).toEqual(EXPECTED)
    expect(rows(ARTICLE(['Part 1 党建引领'], ['Part 2 优质均衡']))).toEqual(EXPECTED)
  })
})
