import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const CLAUSES = ['1.深化理论武装。全年集中学习12次以上。', '2.加强基层党建。创建党建示范校5所。']
const texts = (tail: string[]) =>
  parseDocument({ file: 'a.txt', text: ['某县2024年教育工作要点', '一、加强党的建设', ...CLAUSES, ...tail].join('\n'), fields: {}, url: null })[0].clauses.map((c) => c.text)

describe('parseDocument on an official account’s article closed by the credits of its makers', () => {
  it('keeps 文/图, 出品, 主编, 编审 and the editors named by their desk (文字编辑, 本期编辑) out of the last clause', () => {
    // Before: each of these lines ran into clause 2 on a line of its own.
    for (const tail of [['文/图：张晓丽'], ['图/文 王建国'], ['出品：某县教育局'], ['主编：王五', '编审：李四'], ['文字编辑：王五', '美术编辑：赵六'], ['本期编辑：王五'], ['值班编辑：王五'], ['内容来源：某县教育局'], ['设计：小李']]) {
      expect(texts(tail)).toEqual(CLAUSES)
    }
  })

  it('keeps a clause line that opens with such a word and goes on as a sentence', () => {
    const own = '出品：优秀校园微电影10部，评选“最美书香校园”20所。'
    expect(texts([own]).at(-1)).toBe(`${CLAUSES[1]}\n${own}`)
  })
})
