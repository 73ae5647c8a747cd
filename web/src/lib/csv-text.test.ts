import { describe, expect, it } from 'vitest'
import { csvText } from './csv-text.js'

describe('csvText', () => {
  it('writes a BOM and CRLF, quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvText([['引用', '备注'], ['《江门市教育局2023年工作要点》第2条', '保留"双减",\n下一年'], ['=1+1', null]])).toBe(
      '\uFEFF引用,备注\r\n《江门市教育局2023年工作要点》第2条,"保留""双减"",\n下一年"\r\n\'=1+1,\r\n',
    )
  })
})
