import { describe, expect, it } from 'vitest'
import { ENCLOSED_CLASS, foldDigits, foldFinancial, readEnclosedNumeral } from './numeral-glyphs.js'

describe('readEnclosedNumeral', () => {
  it('reads circled, parenthesized, digit-full-stop and parenthesized-ideograph numerals as the number and the form they stand for', () => {
    expect(['①', '⑩', '⑳', '㉑', '㉟', '㊱', '㊿', '❶', '⓫'].map(readEnclosedNumeral)).toEqual(
      [1, 10, 20, 21, 35, 36, 50, 1, 11].map((number) => ({ number, form: 'circled' })),
    )
    expect(['⑴', '⑿', '⒇'].map(readEnclosedNumeral)).toEqual([1, 12, 20].map((number) => ({ number, form: 'paren' })))
    expect(['⒈', '⒓', '⒛'].map(readEnclosedNumeral)).toEqual([1, 12, 20].map((number) => ({ number, form: 'dot' })))
    expect(['㈠', '㈤', '㈩'].map(readEnclosedNumeral)).toEqual([1, 5, 10].map((number) => ({ number, form: 'cn-paren' })))
  })

  it('reads nothing from digits, Chinese numerals, brackets or a missing character', () => {
    expect(['1', '１', '一', '（', '○', '〇', '', undefined].map(readEnclosedNumeral)).toEqual([null, null, null, null, null, null, null, null])
  })

  it('matches exactly the characters it reads, in a regular expression class', () => {
    const enclosed = new RegExp(`^${ENCLOSED_CLASS}$`)
    for (let code = 0x2400; code < 0x3300; code++) {
      const ch = String.fromCharCode(code)
      expect(enclosed.test(ch), ch).toBe(readEnclosedNumeral(ch) !== null)
    }
  })
})

describe('foldDigits', () => {
  it('reads full-width digits as ASCII ones, one character for one, and keeps everything else', () => {
    expect(foldDigits('１２．推进２０２４年校舍改造（１）')).toBe('12．推进2024年校舍改造（1）')
    expect(foldDigits('１２．推进').length).toBe('１２．推进'.length)
    const ascii = '3.扩大优质学前教育资源'
    expect(foldDigits(ascii)).toBe(ascii)
  })
})

describe('foldFinancial', () => {
  it('reads the financial numerals, simplified and traditional, as the plain ones, one character for one, and keeps everything else', () => {
    expect(foldFinancial('壹贰貳叁參肆伍陆陸柒捌玖拾佰')).toBe('一二二三三四五六六七八九十百')
    expect(foldFinancial('第壹拾贰部分 加强党的建设')).toBe('第一十二部分 加强党的建设')
  })
})
