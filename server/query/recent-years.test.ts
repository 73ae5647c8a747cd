import { describe, expect, it } from 'vitest'
import { recentYears, yearSpan } from './recent-years.js'

const HELD = [2020, 2023, 2024, 2025]

describe('recent years said in words', () => {
  it('reads 近三年 as the three years before this one while the index holds no plan of this year: 2023, 2024, 2025 in 2026', () => {
    expect(recentYears('近三年的课后服务', 2026, HELD)).toEqual({ text: '近三年', years: [2023, 2024, 2025] })
  })

  it('counts this year in when the index holds a plan of it: 近两年 in 2025 is 2024 and 2025', () => {
    expect(recentYears('近两年', 2025, HELD)).toEqual({ text: '近两年', years: [2024, 2025] })
  })

  it('reads 最近两年, 过去5年 and 这两年 alike, keeping only the years the index holds', () => {
    expect(recentYears('最近两年体育工作', 2026, HELD)).toEqual({ text: '最近两年', years: [2024, 2025] })
    expect(recentYears('过去5年的双减', 2026, HELD)).toEqual({ text: '过去5年', years: [2023, 2024, 2025] })
    expect(recentYears('这两年学前教育', 2026, HELD)).toEqual({ text: '这两年', years: [2024, 2025] })
  })

  it('gives no years when the index holds none of the span: 近一年 in 2030', () => {
    expect(recentYears('近一年', 2030, HELD)).toEqual({ text: '近一年', years: [] })
  })

  it('reads no span in 近年来, 近三年级 or a plain number of years (三年行动计划)', () => {
    expect(recentYears('近年来的双减', 2026, HELD)).toBeNull()
    expect(recentYears('三年行动计划', 2026, HELD)).toBeNull()
    expect(recentYears('最近三年级的作业', 2026, HELD)).toBeNull()
  })

  it('reads no span where the words name a plan or a kind of school: 这三年行动计划, 近九年一贯制学校', () => {
    expect(recentYears('这三年行动计划', 2026, HELD)).toBeNull()
    expect(recentYears('这三年规划的目标', 2026, HELD)).toBeNull()
    expect(recentYears('近九年一贯制学校', 2026, HELD)).toBeNull()
  })

  it('reads a year that starts or ends a span as the years held on its side: 以来, 起 count the year in; 之后, 以前 do not', () => {
    expect(yearSpan('2023年以来的双减', HELD)).toEqual({ text: '2023年以来', years: [2023, 2024, 2025] })
    expect(yearSpan('2024年起', HELD)).toEqual({ text: '2024年起', years: [2024, 2025] })
    expect(yearSpan('2023年之后的课后服务', HELD)).toEqual({ text: '2023年之后', years: [2024, 2025] })
    expect(yearSpan('2023年以前', HELD)).toEqual({ text: '2023年以前', years: [2020] })
    expect(yearSpan('2024年的双减', HELD)).toBeNull()
  })

  it('reads a range of years as every year held from its first to its last: 2023到2025年, 2024至2025年, 2020-2023年', () => {
    expect(yearSpan('2023到2025年的课后服务', HELD)).toEqual({ text: '2023到2025年', years: [2023, 2024, 2025] })
    expect(yearSpan('2024至2025年的双减', HELD)).toEqual({ text: '2024至2025年', years: [2024, 2025] })
    expect(yearSpan('2020年-2023年', HELD)).toEqual({ text: '2020年-2023年', years: [2020, 2023] })
    // A plan's horizon (2021-2035年) is no range of plans held.
    expect(yearSpan('2021-2035年教育强国建设规划', HELD)).toBeNull()
  })

  it('reads no span from a target year past the plans held: 到2035年以前基本实现教育现代化, 2027年之前', () => {
    expect(yearSpan('到2035年以前基本实现教育现代化', HELD)).toBeNull()
    expect(yearSpan('2027年之前', HELD)).toBeNull()
    // The year after the last plan still bounds the plans held: every plan before it.
    expect(yearSpan('2026年以前的双减', HELD)).toEqual({ text: '2026年以前', years: [2020, 2023, 2024, 2025] })
  })
})
