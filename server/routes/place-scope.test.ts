/** The places a question is read against come from the index being served, and follow it when it is rebuilt. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { loadCorpusBuild } from '../../test/fixtures/corpus-build.js'
import { openSqliteEngine, type SqliteEngine } from '../engine/sqlite/sqlite-engine.js'
import { parseQuery } from '../query/parse-query.js'
import { placesIn, placeValues, withPlaces } from './place-scope.js'

const segmenter = createSegmenter()
let dir: string
let engine: SqliteEngine

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'place-scope-test-'))
  engine = await openSqliteEngine({ path: path.join(dir, 'index.sqlite'), tokenizer: segmenter })
})
afterAll(async () => {
  await engine.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('placeValues', () => {
  it('reads the cities, provinces and years of the index, and reads them again after a rebuild', async () => {
    const full = await loadCorpusBuild()
    const jiangmen = { ...full, plans: full.plans.filter((p) => p.city === '江门市'), clauses: full.clauses.filter((c) => c.city === '江门市'), builtAt: '2026-12-01T00:00:00.000Z' }
    await engine.replaceAll(jiangmen)
    expect(await placeValues(engine)).toEqual({
      city: ['江门市'],
      province: ['广东省'],
      year: [2023],
      documents: [{ docNumber: '江教办〔2023〕5号', city: '江门市', province: '广东省', year: 2023 }],
    })
    // The plan's number names the plan: its city and year (document-numbers.ts).
    expect(await placesIn(engine, segmenter, parseQuery('江教办[2023]5号', segmenter), {})).toMatchObject({ filters: { city: ['江门市'], year: [2023] }, rest: '' })
    expect(await placesIn(engine, segmenter, parseQuery('荆门 双减', segmenter), {})).toBeNull()

    await engine.replaceAll({ ...full, builtAt: '2026-12-02T00:00:00.000Z' })
    expect((await placeValues(engine)).city).toContain('荆门市')
    expect(await placesIn(engine, segmenter, parseQuery('荆门 双减', segmenter), {})).toMatchObject({ filters: { city: ['荆门市'] }, rest: '双减' })
  })
})

describe('placesIn with relative years', () => {
  it("reads 去年 as last year's plans of a place that has them, and searches all its years when it has none", async () => {
    await engine.replaceAll({ ...(await loadCorpusBuild()), builtAt: '2026-12-03T00:00:00.000Z' })
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-06-01T00:00:00Z'))
    try {
      expect(await placesIn(engine, segmenter, parseQuery('去年泉州的课后服务', segmenter), {})).toMatchObject({ filters: { city: ['泉州市'], year: [2025] }, rest: '课后服务' })
      // 长沙市's only plan is of 2020.
      expect(await placesIn(engine, segmenter, parseQuery('去年长沙的课后服务', segmenter), {})).toMatchObject({ filters: { city: ['长沙市'] }, rest: '课后服务' })
      expect((await placesIn(engine, segmenter, parseQuery('去年长沙的课后服务', segmenter), {}))?.filters.year).toBeUndefined()
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('withPlaces', () => {
  it('leaves out the places and years the user left out and those the question left out, both', () => {
    const places = { mentions: [{ field: 'city' as const, text: '荆门', longer: ['荆门市'], except: true as const }], filters: { exceptCity: ['荆门市'] }, rest: '双减' }
    expect(withPlaces({ exceptCity: ['江门市'], exceptYear: [2024] }, places)).toEqual({ exceptCity: ['江门市', '荆门市'], exceptYear: [2024] })
    expect(withPlaces({ theme: ['体育'] }, places)).toEqual({ theme: ['体育'], exceptCity: ['荆门市'] })
  })
})
