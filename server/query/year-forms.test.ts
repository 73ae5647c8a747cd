import { describe, expect, it } from 'vitest'
import { saidAsYear, spelledYears } from './year-forms.js'

const HELD = [2015, 2020, 2023, 2024, 2025]

describe('spelledYears', () => {
  it('reads a year in Chinese numerals, as a document dates itself', () => {
    expect(spelledYears('二〇二四年的双减', HELD)).toEqual([{ text: '二〇二四年', year: 2024 }])
    expect(spelledYears('二零二五年度课后服务', HELD)).toEqual([{ text: '二零二五年度', year: 2025 }])
    // Normalised text holds the letter O written for 〇 (二Ｏ二四年, 二O二四年) as o.
    expect(spelledYears('二o二四年的双减', HELD)).toEqual([{ text: '二o二四年', year: 2024 }])
  })

  it('reads two digits and 年 as a year the index holds a plan of', () => {
    expect(spelledYears('24年的双减', HELD)).toEqual([{ text: '24年', year: 2024 }])
    expect(spelledYears('25年荆门的课后服务', HELD)).toEqual([{ text: '25年', year: 2025 }])
    expect(spelledYears('21年的双减', HELD)).toEqual([])
  })

  it('leaves two digits after a character, which count years: 教龄满20年的教师待遇, 乡村从教满25年, 未来20年', () => {
    expect(spelledYears('教龄满20年的教师待遇', HELD)).toEqual([])
    expect(spelledYears('乡村从教满25年的教师', HELD)).toEqual([])
    expect(spelledYears('未来20年的教育发展', HELD)).toEqual([])
    expect(spelledYears('荆门 24年的双减', HELD)).toEqual([{ text: '24年', year: 2024 }])
  })

  it('leaves a year excluded with a minus or quoted as the words typed: -24年 双减, "二〇二四年"', () => {
    expect(spelledYears('-24年 双减', HELD)).toEqual([])
    expect(spelledYears('"24年" 双减', HELD)).toEqual([])
    expect(spelledYears('"二〇二四年"的双减', HELD)).toEqual([])
  })

  it('leaves two digits that count years: 15年免费教育, 近20年来, 过去20年, 2024年 itself', () => {
    expect(spelledYears('15年免费教育', HELD)).toEqual([])
    expect(spelledYears('近20年来的变化', HELD)).toEqual([])
    expect(spelledYears('过去20年的课后服务', HELD)).toEqual([])
    expect(spelledYears('2024年的双减', HELD)).toEqual([])
    expect(spelledYears('十五年一贯制', HELD)).toEqual([])
  })

  it('tells a year said as words (inside quotes, or in a term excluded with a minus) from one said as a year', () => {
    expect(saidAsYear('去年的双减', '去年')).toBe(0)
    expect(saidAsYear('双减 -去年的', '去年')).toBe(-1)
    expect(saidAsYear('双减 -课后服务近两年', '近两年')).toBe(-1)
    expect(saidAsYear('"去年的" 双减', '去年')).toBe(-1)
    expect(saidAsYear('"去年" 去年的双减', '去年')).toBe(5)
    expect(saidAsYear('课后服务-去年', '去年')).toBe(5)
    // NOT excludes as the minus does (normalised to lower case, as the query is read here).
    expect(saidAsYear('双减 not 去年', '去年')).toBe(-1)
    expect(saidAsYear('双减 not 2024年 去年的', '去年')).toBe(13)
  })
})
