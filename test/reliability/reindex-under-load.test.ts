/**
 * Re-indexing while the server is under concurrent load: the indexer swaps index A and index B in three
 * times while 12 clients keep asking. Every response must be 200 and equal, as a whole, to index A's or
 * index B's answer (never an error, never facets of one with hits of the other), and clause ids that
 * exist in both indexes must answer on every request. server/resilience.test.ts checks one swap with
 * one client; this checks concurrency and whole-answer consistency.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readBuild } from '../../indexer/build-files.js'
import { runIndexer } from '../../server/startup/run-indexer.js'
import { buildDirOf } from '../../server/startup/index-build.js'
import { startTestPortal, type TestPortal } from '../../server/testing/test-portal.js'

const CORPUS_A = ['data/corpus/000_d9ce88d6bc3921ac.txt', 'data/corpus/002_e24f9c466794c2b3.txt', 'data/corpus/004_df81cf9adf8df550.txt']
const CORPUS_B = ['data/corpus/002_e24f9c466794c2b3.txt', 'data/corpus/003_72060bc44866bc8a.txt', 'data/corpus/004_df81cf9adf8df550.txt']
const q = encodeURIComponent
const QUERIES = [
  `/api/search?q=${q('双减')}&limit=50`,
  `/api/search?q=${q('教师 队伍')}&limit=20&page=2`,
  `/api/search?city=${q('江门市')}&limit=10`,
  `/api/search?q=${q('"课后服务"')}&group=plan`,
  `/api/suggest?q=${q('教育')}`,
  `/api/export?format=json&q=${q('学前教育')}`,
  '/api/facets',
  '/api/plans',
]

let dir: string
let dataDir: string
let t: TestPortal

/** The parts of an answer that depend on the index (timings and build times left out). */
function answerOf(body: any): string {
  const { tookMs: _t, indexedAt: _i, ...rest } = body
  return JSON.stringify(rest)
}

async function answers(): Promise<Map<string, string>> {
  const map = new Map<string, string>()
  for (const p of QUERIES) {
    const res = await t.get(p)
    expect(res.status).toBe(200)
    map.set(p, answerOf(await res.json()))
  }
  return map
}

const index = (inputs: string[]) => runIndexer({ inputs, buildDir: buildDirOf(dataDir), embed: false })

/** Waits until the server answers from the index just built (its clause count is in /api/health). */
async function swapped(): Promise<void> {
  const clauses = readBuild(buildDirOf(dataDir)).clauses.length
  const until = Date.now() + 15_000
  while ((await (await t.get('/api/health')).json()).clauses !== clauses) {
    if (Date.now() > until) throw new Error('the new index was not swapped in')
    await new Promise((r) => setTimeout(r, 50))
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'reindex-load-'))
  dataDir = path.join(dir, 'data')
  await index(CORPUS_A)
  // One export place per client: past the limit exports answer 429 by design (server/many-readers.test.ts),
  // and this test is about swapping indexes under load, where every answer must be 200.
  t = await startTestPortal(dataDir, { exportsAtOnce: 12 }, 50)
}, 120_000)
afterAll(async () => {
  await t?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('re-indexing under concurrent load', () => {
  it('answers every request with the old or the new index, whole, and keeps shared clause ids valid', async () => {
    const a = await answers()
    const idsA = new Set(readBuild(buildDirOf(dataDir)).clauses.map((c) => c.id))
    await index(CORPUS_B)
    await swapped()
    const bAnswers = await answers()
    const idsB = readBuild(buildDirOf(dataDir)).clauses.map((c) => c.id)
    const shared = idsB.filter((id) => idsA.has(id))
    expect(shared.length).toBeGreaterThan(20)
    expect(idsB.length).not.toBe(idsA.size)
    for (const p of QUERIES.slice(0, 4)) expect(bAnswers.get(p)).not.toBe(a.get(p))

    let stop = false
    const seen = { total: 0, a: 0, b: 0, clauses: 0 }
    const failures: string[] = []
    const client = async (n: number) => {
      for (let i = n; !stop; i++) {
        const p = i % 3 === 0 ? `/api/clauses/${shared[i % shared.length]}` : QUERIES[i % QUERIES.length]
        const res = await t.get(p)
        seen.total++
        if (res.status !== 200) {
          failures.push(`${res.status} ${p}`)
          continue
        }
        const body = await res.json()
        if (p.startsWith('/api/clauses/')) {
          seen.clauses++
          if (body.clause.id !== p.slice('/api/clauses/'.length)) failures.push(`wrong clause for ${p}`)
          continue
        }
        const answer = answerOf(body)
        if (answer === a.get(p)) seen.a++
        else if (answer === bAnswers.get(p)) seen.b++
        else failures.push(`mixed answer for ${p}`)
      }
    }
    const clients = Array.from({ length: 12 }, (_, n) => client(n))
    for (const next of [CORPUS_A, CORPUS_B, CORPUS_A]) {
      await index(next)
      await swapped()
    }
    stop = true
    await Promise.all(clients)
    expect(failures).toEqual([])
    expect(seen.a).toBeGreaterThan(0)
    expect(seen.b).toBeGreaterThan(0)
    expect(seen.clauses).toBeGreaterThan(0)
    expect(seen.total).toBeGreaterThan(100)
  }, 120_000)
})
