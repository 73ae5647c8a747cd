import { describe, expect, it } from 'vitest'
import { numeralValue, withDigits } from './numerals.js'

describe('numeralValue', () => {
  it('reads a numeral by its units, or digit by digit when it has none', () => {
    expect(['十', '十五', '二十', '一百零五', '三千', '两', '二〇二五'].map(numeralValue)).toEqual([10, 15, 20, 105, 3000, 2, 2025])
  })

  it('refuses characters that do not form a number', () => {
    expect(['十十', '百一十百', '五五十'].map(numeralValue)).toEqual([null, null, null])
  })
})

describe('withDigits', () => {
  it('writes quantities, years and shares in digits as the plans do', () => {
    expect(withDigits('课间十五分钟')).toBe('课间15分钟')
    expect(withDigits('二〇二五年新建幼儿园六所')).toBe('2025年新建幼儿园6所')
    expect(withDigits('优良率达到百分之九十')).toBe('优良率达到90%')
    expect(withDigits('投入三千万元')).toBe('投入3000万元')
  })

  it('keeps numerals that belong to a term: 双减, 五育并举, 十四五, 一是', () => {
    for (const q of ['双减', '五育并举', '十四五规划', '一是加强党建']) expect(withDigits(q)).toBe(q)
  })
})
