import { beforeAll, describe, expect, it } from 'vitest'
import { normalizeForMatch } from '../indexer/normalize.js'
import { createSegmenter } from '../indexer/segment/segmenter.js'
import type { IndexBuild } from '../indexer/types.js'
import { loadCorpusBuild } from '../test/fixtures/corpus-build.js'
import { SuggestIndex } from './suggest-index.js'

let build: IndexBuild
let index: SuggestIndex
const containing = (term: string) => build.clauses.filter((c) => normalizeForMatch(`${c.heading}\n${c.text}`).includes(term)).length

beforeAll(async () => {
  build = await loadCorpusBuild()
  const segmenter = createSegmenter()
  index = SuggestIndex.build({ plans: build.plans, clauses: build.clauses, dictionaryTerms: segmenter.dictionaryTerms(), words: (t) => segmenter.words(t) })
})

describe('SuggestIndex', () => {
  it('suggests dictionary terms by prefix with the number of clauses containing them', () => {
    const got = index.suggest('双减', 5)
    expect(got[0]).toEqual({ text: '双减', kind: 'term', count: containing('双减') })
    expect(got[0].count).toBeGreaterThan(5)
    for (const s of got) expect(normalizeForMatch(s.text).startsWith('双减')).toBe(true)
  })

  it('suggests cities with their clause counts', () => {
    const jingmen = build.clauses.filter((c) => c.city === '荆门市').length
    expect(index.suggest('荆门', 8)).toContainEqual({ text: '荆门市', kind: 'city', count: jingmen })
  })

  it('suggests plan titles', () => {
    const plan = build.plans.find((p) => p.title === '江门市教育局2023年工作要点')!
    const records = build.clauses.filter((c) => c.planId === plan.id).length
    expect(index.suggest('江门市教育局', 8)).toContainEqual({ text: '江门市教育局2023年工作要点', kind: 'plan', count: records })
  })

  it('suggests themes', () => {
    const theme = build.clauses.flatMap((c) => c.themes)[0]
    const count = build.clauses.filter((c) => c.themes.includes(theme)).length
    expect(index.suggest(theme, 20)).toContainEqual({ text: theme, kind: 'theme', count })
  })

  it('puts the exact match first, then higher counts', () => {
    const got = index.suggest('课后', 10)
    const counts = got.filter((s) => s.text !== '课后').map((s) => s.count)
    expect([...counts].sort((a, b) => b - a)).toEqual(counts)
  })

  it('matches traditional and full-width input against simplified entries', () => {
    expect(index.suggest('雙減', 1)[0].text).toBe('双减')
  })

  it('returns nothing for a blank prefix, an unknown prefix or a zero limit', () => {
    expect(index.suggest('  ', 8)).toEqual([])
    expect(index.suggest('量子纠缠', 8)).toEqual([])
    expect(index.suggest('双', 0)).toEqual([])
  })

  // Its latency is a bench/ figure (the suggest rows of the server and load benchmarks in bench/RESULTS.md),
  // where a loaded machine cannot fail a test and a fast one cannot hide a regression.
  it('answers one-character prefixes, digits included, each suggestion starting with the prefix', () => {
    for (const p of ['教', '学', '双', '课', '全', '推', '县', '2']) {
      const got = index.suggest(p, 8)
      expect(got.length, p).toBe(p === '2' ? 4 : 8)
      for (const s of got) expect(normalizeForMatch(s.text).startsWith(p), `${p}: ${s.text}`).toBe(true)
    }
  })
})
