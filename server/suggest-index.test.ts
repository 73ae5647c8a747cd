import { beforeAll, describe, expect, it } from 'vitest'
import { normalizeForMatch } from '../indexer/normalize.js'
import { createSegmenter } from '../indexer/segment/segmenter.js'
import type { IndexBuild } from '../indexer/types.js'
import { loadCorpusBuild } from '../test/fixtures/corpus-build.js'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { BUILD_FILES } from '../indexer/build-files.js'
import { openSqliteEngine } from './engine/sqlite/sqlite-engine.js'
import { buildDirOf } from './startup/index-build.js'
import { loadSuggestIndex } from './startup/suggest-source.js'
import { SuggestIndex, type SuggestFile } from './suggest-index.js'
import { buildTestData, removeTestData, startTestPortal } from './testing/test-portal.js'

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

describe('the suggestion index written by the indexer', () => {
  it('reads back from its file with the same suggestions for every prefix', () => {
    const file = JSON.parse(JSON.stringify(index.toFile(build.builtAt))) as SuggestFile
    const loaded = SuggestIndex.fromFile(file)
    expect(loaded.size).toBe(index.size)
    for (const p of ['双减', '课后', '荆门', '教', '雙減', '2']) expect(loaded.suggest(p, 8), p).toEqual(index.suggest(p, 8))
  })

  it('is what the server serves for the index it was built with, and is not used for another build', async () => {
    const dataDir = await buildTestData({ inputs: ['data/corpus/000_d9ce88d6bc3921ac.txt'] })
    const buildDir = buildDirOf(dataDir)
    try {
      const written = JSON.parse(readFileSync(path.join(buildDir, BUILD_FILES.suggest), 'utf8')) as SuggestFile
      const engine = await openSqliteEngine({ path: path.join(buildDir, BUILD_FILES.sqlite) })
      const loaded = await loadSuggestIndex(engine, buildDir)
      expect(loaded?.size).toBe(written.entries.length)
      const t = await startTestPortal(dataDir)
      try {
        expect(t.logs.some((l) => l.includes('no suggestions from the indexer'))).toBe(false)
        expect(t.portal.index.snapshot.suggest.suggest('双减', 8)).toEqual(loaded!.suggest('双减', 8))
      } finally {
        await t.close()
      }
      // Asked for an index the engine no longer serves (a newer one was renamed in meanwhile): the suggestions of
      // the one it serves, not none (which would make the server compute its own, with other words).
      const health = await engine.health()
      const followed = await loadSuggestIndex(engine, buildDir, { ...health, indexedAt: '2000-01-01T00:00:00.000Z' })
      expect(followed?.size).toBe(written.entries.length)
      writeFileSync(path.join(buildDir, BUILD_FILES.suggest), JSON.stringify({ ...written, indexedAt: '2000-01-01T00:00:00.000Z' }))
      expect(await loadSuggestIndex(engine, buildDir)).toBeNull()
      await engine.close()
    } finally {
      removeTestData(dataDir)
    }
  }, 60_000)
})
