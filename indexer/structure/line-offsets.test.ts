import { describe, expect, it } from 'vitest'
import { offsetOf } from './line-offsets.js'

describe('offsetOf', () => {
  it('gives where each line starts in the lines joined by line breaks, and the text length past the last line', () => {
    const lines = ['一、加强党建', '', '1.健全制度。']
    const text = lines.join('\n')
    expect([0, 1, 2, 3].map((i) => offsetOf(lines, i))).toEqual([0, 7, 8, 16])
    expect(text.slice(offsetOf(lines, 2))).toBe('1.健全制度。')
  })
})
