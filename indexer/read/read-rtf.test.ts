import { describe, expect, it } from 'vitest'
import { readRtf } from './read-rtf.js'

const rtf = (body: string) => new TextEncoder().encode(`{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}${body}}`)

describe('readRtf', () => {
  it('reads a field written without \\* as its result, not its instruction: a link, a page number, a bookmark and an index entry', () => {
    const body =
      '{\\field{\\fldinst HYPERLINK "http://jyj.example.cn/2024.html"}{\\fldrslt \\u21452?\\u20943?}}\\par ' +
      '{\\bkmkstart _Toc1}\\u26041?\\u26696?{\\bkmkend _Toc1}{\\xe \\u32034?\\u24341?}\\par ' +
      '{\\footer {\\field{\\fldinst PAGE}{\\fldrslt 1}}}'
    expect(readRtf(rtf(body))).toBe('双减\n\n方案')
  })
})
