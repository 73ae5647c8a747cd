import { describe, expect, it } from 'vitest'
import { halfPartOrdinal } from './half-parts.js'
import { readLineMarker } from './line-markers.js'
import { findNumbering } from './numbering.js'

describe('halfPartOrdinal, the one count of 上篇 / 中篇 / 下篇 both readers use', () => {
  it('counts 下篇 second of two and third after a 中篇', () => {
    expect(['上', '中', '下'].map((half) => [halfPartOrdinal(half), halfPartOrdinal(half, true)])).toEqual([[1, 1], [2, 2], [2, 3]])
  })

  it('gives the line reader and the sequence reader the same numbers where a line alone can tell', () => {
    const lines = ['上篇　2023年工作回顾', '下篇　2024年重点任务']
    expect(lines.map((line) => readLineMarker(line))).toEqual([
      { kind: 'chapter', label: '上篇', ordinal: 1, rest: '2023年工作回顾', markerLength: 3 },
      { kind: 'chapter', label: '下篇', ordinal: 2, rest: '2024年重点任务', markerLength: 3 },
    ])
    expect(findNumbering(lines.join('\n')).map((m) => [m.label, m.number])).toEqual([['上篇', 1], ['下篇', 2]])
    expect(findNumbering(['上篇　2023年工作回顾', '中篇　2024年目标任务', '下篇　2024年重点任务'].join('\n')).map((m) => [m.label, m.number])).toEqual([
      ['上篇', 1], ['中篇', 2], ['下篇', 3],
    ])
  })
})
