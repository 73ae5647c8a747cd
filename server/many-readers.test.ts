/**
 * Many readers at once (issue 19), through the real server over HTTP on the real SQLite engine with its
 * search threads, on a synthetic corpus of 12 000 clauses (large enough that a search holds a thread
 * for a while): a search whose client disconnected is never run (its thread is free for the next
 * request), searches beside an export every second keep their latency within half again of a baseline
 * taken in the same run (never a fixed wall-clock threshold: the machine may be loaded), and exports
 * past the limit are refused at once with 429 instead of queueing.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeSyntheticCorpus } from '../bench/synthetic-documents.js'
import { normalizeForMatch } from '../indexer/normalize.js'
import { createSegmenter } from '../indexer/segment/segmenter.js'
import type { ErrorResponse, SearchResponse } from './api-types.js'
import type { WorkerPoolEngine } from './engine/workers/worker-pool-engine.js'
import { parseQuery } from './query/parse-query.js'
import { buildDirOf } from './startup/index-build.js'
import { runIndexer } from './startup/run-indexer.js'
import { removeTestData, startTestPortal, type TestPortal } from './testing/test-portal.js'

const TERMS = ['双减', '课后服务', '集团化办学', '学前教育', '心理健康', '职业教育', '劳动教育', '教师', '家庭教育', '校园安全']
const search = (q: string, extra = '') => `/api/search?q=${encodeURIComponent(q)}${extra}`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 2))
}

describe('many readers at once, over HTTP', () => {
  let dataDir: string
  let t: TestPortal

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'portal-test-'))
    const docs = writeSyntheticCorpus(path.join(dataDir, 'docs'), 12_000).dir
    await runIndexer({ inputs: [docs], buildDir: buildDirOf(dataDir), embed: false })
    // One search thread, so that one search holds it; no result cache, so that every search reaches it.
    t = await startTestPortal(dataDir, { searchWorkers: 1, resultCache: 0, exportsAtOnce: 2 })
  }, 300_000)
  afterAll(async () => {
    await t?.close()
    removeTestData(dataDir)
  })

  it('never runs a search whose client disconnected while it waited, and the thread answers the next request', async () => {
    const engine = t.portal.index.snapshot.engine as WorkerPoolEngine
    // The one thread is kept busy by a queue of distinct reads of 2 000 clauses each over 教育 (in nearly every
    // clause), sorted by date, asked of the engine directly: about 20 ms each on a warm thread, so the ten clients
    // queue behind them over HTTP and are still waiting when they disconnect. Holding searches asked over HTTP
    // (a page of 20) answered faster than the server thread could queue the clients, once the index's rows and
    // places were read when the index was prepared, and the wait below never ended.
    const HOLDERS = 40
    const before = engine.readsStarted
    const holding = parseQuery('教育', createSegmenter())
    const holders = Array.from({ length: HOLDERS }, (_, i) =>
      engine.search({ query: holding, filters: {}, mode: 'keyword', sort: 'date', offset: i * 100, limit: 2000, facets: true }),
    )
    const clients = TERMS.map((term) => {
      const client = new AbortController()
      return { client, answer: t.get(search(term), { signal: client.signal }).catch((e: unknown) => e) }
    })
    const holdersStarted = () => engine.readsStarted - before
    await until(() => holdersStarted() < HOLDERS && engine.queued === TERMS.length + HOLDERS - holdersStarted())
    const startedBeforeDisconnect = engine.readsStarted
    const holdersLeft = HOLDERS - (startedBeforeDisconnect - before)
    for (const { client } of clients) client.abort()
    for (const { answer } of clients) expect(await answer).toMatchObject({ name: 'AbortError' })
    // Their cancellation is the clients' doing: logged, but never as an error of the server's.
    await until(() => t.logs.filter((l) => l.includes('"clientGone":true')).length >= TERMS.length)
    expect(t.logs.filter((l) => JSON.parse(l).level >= 50)).toEqual([])
    for (const held of holders) expect((await held).hits).toHaveLength(2000)
    await until(() => engine.queued === 0)

    const next = await t.get(search('双减'))
    const expected = t.build.clauses.filter((c) => normalizeForMatch(`${c.heading}\n${c.text}`).includes('双减')).length
    expect(((await next.json()) as SearchResponse).total).toBe(expected)
    // Only the holders still waiting and the next request reached the thread: none of the ten whose clients went away.
    expect(engine.readsStarted - startedBeforeDisconnect).toBe(holdersLeft + 1)
  }, 60_000)

  it('keeps the median latency of searches beside a 10 000-row export started every second within 1.5 times the baseline of the same run', async () => {
    const timeSearches = async (more: () => boolean = () => false) => {
      const times: number[] = []
      for (let round = 0; round < 6 || more(); round++) {
        for (const term of TERMS) {
          const started = performance.now()
          const res = await t.get(search(term, `&page=${1 + (round % 3)}`))
          await res.arrayBuffer()
          expect(res.status).toBe(200)
          times.push(performance.now() - started)
        }
      }
      return times
    }
    await timeSearches()
    const baseline = median(await timeSearches())
    let exporting = true
    const statuses: number[] = []
    const exportLoop = (async () => {
      while (exporting) {
        const started = performance.now()
        const res = await t.get('/api/export?format=csv')
        await res.arrayBuffer()
        statuses.push(res.status)
        await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - started))))
      }
    })()
    // Searches keep going until three exports have finished beside them.
    const beside = median(await timeSearches(() => statuses.length < 3))
    exporting = false
    await exportLoop
    expect(statuses.length).toBeGreaterThanOrEqual(3)
    expect(statuses.every((s) => s === 200)).toBe(true)
    expect(beside, `median ${beside.toFixed(1)} ms beside exports vs ${baseline.toFixed(1)} ms alone`).toBeLessThanOrEqual(baseline * 1.5)
  }, 120_000)

  it('refuses exports past the limit at once with 429, a message and Retry-After, and runs the others', async () => {
    const answers = await Promise.all([1, 2, 3, 4].map(() => t.get('/api/export?format=csv')))
    const statuses = answers.map((r) => r.status)
    expect([...statuses].sort()).toEqual([200, 200, 429, 429])
    const refused = answers.find((r) => r.status === 429)!
    expect(refused.headers.get('retry-after')).toBe('5')
    expect(((await refused.json()) as ErrorResponse).error).toEqual({ code: 'rate_limited', message: '导出任务已满：服务器同时最多处理 2 个导出，请 5 秒后再试' })
    for (const ok of answers.filter((r) => r.status === 200)) {
      expect(ok.headers.get('x-exported-count')).toBe('10000')
      expect((await ok.arrayBuffer()).byteLength).toBeGreaterThan(0)
    }
    // The refused ones took no slot: the next export runs.
    expect((await t.get('/api/export?format=json')).status).toBe(200)
  }, 60_000)
})
