import { describe, expect, it } from 'vitest'
import { formatSummary } from './cli-output.js'
import type { IndexerReport } from './pipeline.js'

const report = (warnings: number): IndexerReport => ({
  indexedAt: '2026-01-01T00:00:00.000Z',
  plans: 2,
  clauses: 10,
  numbered: 8,
  outlineOnly: 0,
  passages: 2,
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
})
