/**
 * The search threads' read queue: a search whose client went away before a thread took it is never run
 * (the thread is free for the next request), the follow-up of an answer goes before reads that have not
 * started, exports never take the last thread from searches, and
 * searches beside a running export keep their latency within half again of a baseline measured in the
 * same run (never a fixed wall-clock threshold: the machine may be loaded).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { syntheticBuild } from '../../../bench/synthetic-corpus.js'
import type { IndexBuild } from '../../../indexer/types.js'
import type { ExportRequest } from '../../export/export-document.js'
import { keywordQuery, scanContaining, writtenIndex } from '../../../test/fixtures/engine-fixtures.js'
import { RequestCancelledError } from '../errors.js'
import { openWorkerPoolEngine, type WorkerPoolEngine } from './worker-pool-engine.js'

const TERMS = ['双减', '课后服务', '集团化办学', '学前教育', '心理健康', '职业教育', '劳动教育', '教师', '家庭教育', '校园安全']

function exportRequest(): ExportRequest {
  const { query } = keywordQuery('')
  return { format: 'csv', q: '', mode: 'keyword', query, engineMode: 'keyword', filters: {}, sort: 'relevance', origin: 'http://localhost', maxRows: 10_000 }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

describe('the read queue of the search threads', () => {
  let build: IndexBuild
  let file: string
  let single: WorkerPoolEngine
  let pair: WorkerPoolEngine

  beforeAll(async () => {
    build = await syntheticBuild(12_000)
    file = await writtenIndex(build)
    single = await openWorkerPoolEngine({ path: file, size: 1 })
    pair = await openWorkerPoolEngine({ path: file, size: 2 })
    await Promise.all([single.search(keywordQuery('教育')), pair.search(keywordQuery('教育')), pair.search(keywordQuery('学校'))])
  }, 120_000)
  afterAll(async () => {
    await single?.close()
    await pair?.close()
  })

  it('never runs a search whose client went away while it waited, and the thread answers the next request', async () => {
    const before = single.readsStarted
    const exporting = single.runExport(exportRequest())
    const gone = TERMS.map((term) => {
      const client = new AbortController()
      const answer = single.search(keywordQuery(term), { signal: client.signal }).catch((e: unknown) => e)
      return { client, answer }
    })
    for (const { client } of gone) client.abort()
    const next = await single.search(keywordQuery('双减'))
    expect(next.total).toBe(scanContaining(build.clauses, '双减').length)
    for (const { answer } of gone) expect(await answer).toBeInstanceOf(RequestCancelledError)
    expect((await exporting).exported).toBe(10_000)
    expect(single.readsStarted - before).toBe(2)
    expect(single.queued).toBe(0)
  })

  it('runs the follow-up read of an answer that already had its turn before reads that have not started', async () => {
    const order: string[] = []
    const track = (name: string, answer: Promise<unknown>) => answer.then(() => order.push(name))
    const running = track('running', single.search(keywordQuery('教育')))
    const waiting = TERMS.slice(0, 3).map((term) => track(term, single.search(keywordQuery(term))))
    const followUp = track('follow-up', single.search(keywordQuery('双减', { limit: 0, facets: false }), { followUp: true }))
    await Promise.all([running, ...waiting, followUp])
    expect(order).toEqual(['running', 'follow-up', ...TERMS.slice(0, 3)])
  })

  it('answers several searches in one read, each as search() answers it alone', async () => {
    const queries = TERMS.slice(0, 4).map((term) => keywordQuery(term, { limit: 0, facets: false }))
    const alone = await Promise.all(queries.map((q) => single.search(q)))
    const before = single.readsStarted
    const together = await single.searchMany(queries, { followUp: true })
    expect(single.readsStarted - before).toBe(1)
    expect(together.map((r) => r.total)).toEqual(alone.map((r) => r.total))
    expect(together.map((r) => r.total)).toEqual(TERMS.slice(0, 4).map((term) => scanContaining(build.clauses, term).length))
  })

  it('streams an export: its counts first, then the file a thousand clauses at a time, the same bytes as the whole document', async () => {
    const whole = await single.runExport(exportRequest())
    const stream = await single.streamExport(exportRequest())
    expect({ total: stream.total, exported: stream.exported }).toEqual({ total: 12_000, exported: 10_000 })
    const chunks: Uint8Array[] = []
    const reader = stream.body.getReader()
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value)
    // The BOM and the header line, then ten chunks of a thousand rows.
    expect(chunks.length).toBe(11)
    expect(Buffer.concat(chunks).equals(Buffer.from(whole.body))).toBe(true)
  })

  it('runs exports one at a time on their own thread: a search asked after four exports answers before the second export', async () => {
    const order: string[] = []
    const exports = [1, 2, 3, 4].map((n) => pair.runExport(exportRequest()).then(() => order.push(`export ${n}`)))
    const search = pair.search(keywordQuery('双减')).then((r) => {
      order.push('search')
      return r
    })
    expect((await search).total).toBe(scanContaining(build.clauses, '双减').length)
    await Promise.all(exports)
    expect(order.indexOf('search')).toBeLessThan(order.indexOf('export 2'))
  }, 60_000)

  it('keeps the median latency of searches beside a 10 000-row export started every second within 1.5 times the baseline of the same run', async () => {
    const timeSearches = async () => {
      const times: number[] = []
      for (let round = 0; round < 8; round++) {
        for (const term of TERMS) {
          const t = performance.now()
          await pair.search(keywordQuery(term))
          times.push(performance.now() - t)
        }
      }
      return times
    }
    const baseline = median(await timeSearches())
    let exporting = true
    const exportLoop = (async () => {
      let runs = 0
      while (exporting) {
        const started = performance.now()
        await pair.runExport(exportRequest())
        runs++
        await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - started))))
      }
      return runs
    })()
    const beside = median(await timeSearches())
    exporting = false
    expect(await exportLoop).toBeGreaterThan(0)
    expect(beside, `median ${beside.toFixed(2)} ms beside exports vs ${baseline.toFixed(2)} ms alone`).toBeLessThanOrEqual(baseline * 1.5)
  }, 90_000)
})
