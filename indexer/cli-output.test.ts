import { describe, expect, it } from 'vitest'
import { duration, embedPace, formatSummary, progressLine } from './cli-output.js'
import type { IndexerReport } from './pipeline.js'

const embed = (done: number, embedded: number, cached = 0) => ({ kind: 'embed' as const, done, total: 100_000, embedded, cached })

describe('The indexer’s embedding progress line', () => {
  it('gives the pace since the first report and the time left at that pace', () => {
    const pace = embedPace({ event: embed(40_000, 0, 40_000), at: 1_000 }, { event: embed(41_000, 1_000, 40_000), at: 21_000 })
    expect(pace).toEqual({ perSecond: 50, etaMs: 1_180_000 })
    expect(progressLine(embed(41_000, 1_000, 40_000), pace).trimEnd()).toBe(
      'embedding [##########--------------] 41000/100000 (40000 cached, 50.0/s, 19 min 40 s left)',
    )
  })

  it('shows no pace before the model has computed anything', () => {
    expect(embedPace({ event: embed(0, 0), at: 0 }, { event: embed(0, 0), at: 5_000 })).toBeNull()
    expect(progressLine(embed(0, 0)).trimEnd()).toBe('embedding [------------------------] 0/100000 (0 cached)')
  })

  it('writes durations in hours, minutes or seconds', () => {
    expect([duration(12_400), duration(245_000), duration(11_100_000)]).toEqual(['12 s', '4 min 05 s', '3 h 05 min'])
  })
})

const report = (warnings: number): IndexerReport => ({
  indexedAt: '2026-01-01T00:00:00.000Z',
  parserVersion: 3,
  plans: 2,
  clauses: 10,
  numbered: 8,
  outlineOnly: 0,
  passages: 1,
  headingOnly: 1,
  files: [
    {
      file: 'a.txt', status: 'indexed', plans: 1, clauses: 5,
      details: [{ id: 'a', title: '2024年全市教育工作要点', levels: ['chapter 一', 'clause 1.'], chapters: [{ chapter: '一', clauses: 4 }], warnings: [] }],
    },
    {
      file: 'b.txt', status: 'indexed', plans: 1, clauses: 5,
      details: [{
        id: 'b', title: 'b', levels: ['clause 1.'], chapters: [{ chapter: null, clauses: 4 }],
        warnings: Array.from({ length: warnings }, (_, i) => ({ code: i === 0 ? 'year_missing' : 'title_missing', message: i === 0 ? '没有找到年份' : '没有找到标题' })),
      }],
    },
  ],
  skipped: 0,
  themes: [],
  noTheme: 0,
  terms: 0,
  embeddings: null,
  durationMs: 1000,
})

describe('formatSummary', () => {
  it('shows the warning count in the table and lists the warnings under it', () => {
    const text = formatSummary(report(2))
    expect(text).toContain('\nwarnings                2 in 1 plan\n')
    // A heading printed with nothing under it is a record of its own, counted apart from the passages.
    expect(text).toContain('\n  passages              1\n  empty headings        1\n')
    expect(text.split('\n').slice(-3)).toEqual([
      'warnings (npm run index -- --explain <file> shows why):',
      '  b.txt · b: [year_missing] 没有找到年份',
      '  b.txt · b: [title_missing] 没有找到标题',
    ])
  })

  it('shows 0 and no list when every plan is settled', () => {
    const text = formatSummary(report(0))
    expect(text).toContain('\nwarnings                0\n')
    expect(text).not.toContain('--explain')
  })

  it('counts the plans a run renamed under the plans and lists old → new, and says nothing of it when none was', () => {
    const text = formatSummary({ ...report(0), movedPlans: [{ from: 'jingmen-2024-jiaoyuju-jiaoyu-gongzuo-yaodian', to: 'jingmen-2024-jiaoyuju-quanshi-jiaoyu-gongzuo-yaodian' }] })
    expect(text).toContain('plans                   2\n  renamed               1\nrecords ')
    expect(text.split('\n').slice(-2)).toEqual([
      'renamed plans (old links redirect, data/build/moved-ids.json):',
      '  jingmen-2024-jiaoyuju-jiaoyu-gongzuo-yaodian → jingmen-2024-jiaoyuju-quanshi-jiaoyu-gongzuo-yaodian',
    ])
    expect(formatSummary(report(0))).not.toContain('renamed')
  })
})
