/**
 * The result cache: least recently used out by entries and by bytes, identical requests in flight share
 * one computation (aborted only when all its clients have gone), keys ignore parameter order; and through
 * the real server, a search is never answered from an index that has been replaced since.
 */
import { copyFileSync, renameSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILD_FILES, readBuild } from '../indexer/build-files.js'
import { normalizeForMatch } from '../indexer/normalize.js'
import type { SearchResponse } from './api-types.js'
import { requestKey, ResultCache } from './result-cache.js'
import { buildDirOf } from './startup/index-build.js'
import { runIndexer } from './startup/run-indexer.js'
import { buildTestData, removeTestData, startTestPortal, type TestPortal } from './testing/test-portal.js'

describe('ResultCache', () => {
  it('computes an answer once and serves the same answer again', async () => {
    const cache = new ResultCache()
    let runs = 0
    const compute = async () => ({ total: ++runs, hits: ['双减'] })
    expect(await cache.getOrCompute('双减', compute)).toEqual({ total: 1, hits: ['双减'] })
    expect(await cache.getOrCompute('双减', compute)).toEqual({ total: 1, hits: ['双减'] })
    expect([runs, cache.hits, cache.misses]).toEqual([1, 1, 1])
  })

  it('drops the least recently used answer when it holds more entries than allowed', async () => {
    const cache = new ResultCache({ maxEntries: 2 })
    await cache.getOrCompute('双减', async () => 1)
    await cache.getOrCompute('课后服务', async () => 2)
    await cache.getOrCompute('双减', async () => -1) // a hit: 双减 is now the most recent
    await cache.getOrCompute('教联体', async () => 3)
    expect(await cache.getOrCompute('双减', async () => -1)).toBe(1)
    expect(await cache.getOrCompute('课后服务', async () => 22)).toBe(22)
    expect(cache.size).toBe(2)
  })

  it('keeps the bytes of its answers within the budget and never keeps an answer larger than all of it', async () => {
    const cache = new ResultCache({ maxBytes: 100 })
    await cache.getOrCompute('a', async () => 'x'.repeat(40)) // 42 bytes of JSON
    await cache.getOrCompute('b', async () => 'y'.repeat(40))
    await cache.getOrCompute('c', async () => 'z'.repeat(40))
    expect([cache.size, cache.byteSize]).toEqual([2, 84])
    await cache.getOrCompute('huge', async () => 'w'.repeat(200))
    expect([cache.size, cache.byteSize]).toEqual([2, 84])
  })

  it('shares one computation among identical requests in flight and aborts it only when every client has gone', async () => {
    const cache = new ResultCache()
    let computeSignal!: AbortSignal
    let finish!: (v: string) => void
    const compute = (signal: AbortSignal) => {
      computeSignal = signal
      return new Promise<string>((resolve) => (finish = resolve))
    }
    const first = new AbortController()
    const second = new AbortController()
    const a = cache.getOrCompute('双减', compute, first.signal)
    const b = cache.getOrCompute('双减', () => Promise.resolve('never'), second.signal)
    first.abort()
    expect(computeSignal.aborted).toBe(false)
    second.abort()
    expect(computeSignal.aborted).toBe(true)
    finish('answer')
    expect(await Promise.all([a, b])).toEqual(['answer', 'answer'])
  })

  it('does not keep a failed computation', async () => {
    const cache = new ResultCache()
    await expect(cache.getOrCompute('双减', () => Promise.reject(new Error('busy')))).rejects.toThrow('busy')
    expect(await cache.getOrCompute('双减', async () => 'ok')).toBe('ok')
  })

  it('keys a request the same whatever the order of its parameters and of a filter\'s values, and apart per generation', () => {
    const one = requestKey('g1', 'search', { q: '双减 ', city: ['荆门市', '江门市'], page: 1 })
    expect(requestKey('g1', 'search', { page: 1, city: ['江门市', '荆门市'], q: '双减' })).toBe(one)
    expect(requestKey('g2', 'search', { q: '双减', city: ['荆门市', '江门市'], page: 1 })).not.toBe(one)
    expect(requestKey('g1', 'search', { q: '双减', city: ['荆门市', '江门市'], page: 2 })).not.toBe(one)
  })
})

describe('the result cache of the real server', () => {
  let t: TestPortal
  let dataDir: string
  let smallDataDir: string
  const total = async (q: string) => {
    const res = await t.get(`/api/search?q=${encodeURIComponent(q)}&limit=1`)
    expect(res.status).toBe(200)
    return ((await res.json()) as SearchResponse).total
  }

  beforeAll(async () => {
    dataDir = await buildTestData()
    smallDataDir = `${dataDir}-small`
    await runIndexer({ inputs: ['data/corpus/000_d9ce88d6bc3921ac.txt'], buildDir: buildDirOf(smallDataDir), embed: false })
    // No file watcher: the snapshot (and its cache) stays, only the engine follows the renamed file.
    t = await startTestPortal(dataDir, {}, 0)
  }, 120_000)
  afterAll(async () => {
    await t?.close()
    removeTestData(dataDir)
    removeTestData(smallDataDir)
  })

  it('never answers from an index that was replaced, even before the server swaps its snapshot', async () => {
    const full = await total('教育')
    expect(await total('教育')).toBe(full)
    expect(t.portal.index.snapshot.results!.hits).toBeGreaterThan(0)
    const indexFile = path.join(buildDirOf(dataDir), BUILD_FILES.sqlite)
    copyFileSync(path.join(buildDirOf(smallDataDir), BUILD_FILES.sqlite), `${indexFile}.incoming`)
    renameSync(`${indexFile}.incoming`, indexFile)
    // The engine looks for a renamed file at most once a second.
    await new Promise((r) => setTimeout(r, 1200))
    const small = readBuild(buildDirOf(smallDataDir)).clauses.filter((c) => normalizeForMatch(`${c.heading}\n${c.text}`).includes('教育')).length
    expect(small).toBeLessThan(full)
    expect(await total('教育')).toBe(small)
    expect(await total('教育')).toBe(small)
  })
})
