/**
 * The server while its index changes under it: re-indexing swaps the new index in atomically, a damaged
 * replacement is refused, and a lost index gives 503 until it is back, then the server recovers by itself.
 */
import { copyFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILD_FILES } from '../indexer/build-files.js'
import { runIndexer } from './startup/run-indexer.js'
import type { HealthResponse, SearchResponse } from './api-types.js'
import { buildDirOf } from './startup/index-build.js'
import { buildTestData, removeTestData, startTestPortal, type TestPortal } from './testing/test-portal.js'

let t: TestPortal
let dataDir: string
let smallDataDir: string
let indexFile: string

const health = async () => {
  const res = await t.get('/api/health')
  return { status: res.status, body: (await res.json()) as HealthResponse }
}
const search = async (q: string) => {
  const res = await t.get(`/api/search?q=${encodeURIComponent(q)}&limit=1`)
  return { status: res.status, body: (await res.json()) as SearchResponse & { error?: { code: string; message: string } } }
}

async function waitFor(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const until = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time')
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Puts a file where the server's index lives the way the indexer does: write beside it, then rename. */
function installIndex(from: string) {
  copyFileSync(from, `${indexFile}.incoming`)
  renameSync(`${indexFile}.incoming`, indexFile)
}

beforeAll(async () => {
  dataDir = await buildTestData()
  // A second, smaller index: two of the corpus files.
  smallDataDir = `${dataDir}-small`
  await runIndexer({ inputs: ['data/corpus/000_d9ce88d6bc3921ac.txt', 'data/corpus/002_e24f9c466794c2b3.txt'], buildDir: buildDirOf(smallDataDir), embed: false })
  t = await startTestPortal(dataDir, {}, 100)
  indexFile = path.join(buildDirOf(dataDir), BUILD_FILES.sqlite)
  copyFileSync(indexFile, path.join(dataDir, 'full.sqlite'))
})
afterAll(async () => {
  await t?.close()
  removeTestData(dataDir)
  removeTestData(smallDataDir)
})

describe('re-indexing while serving', () => {
  it('swaps the new index in atomically: every answer comes from the old or the new index, none fails', async () => {
    const full = (await search('教育')).body.total
    const before = (await health()).body.clauses
    const totals = new Set<number>()
    let swapped = false
    const load = (async () => {
      while (!swapped) {
        const { status, body } = await search('教育')
        expect(status).toBe(200)
        totals.add(body.total)
      }
    })()
    installIndex(path.join(buildDirOf(smallDataDir), BUILD_FILES.sqlite))
    await waitFor(async () => (await health()).body.clauses !== before)
    swapped = true
    await load
    const small = (await search('教育')).body.total
    expect(small).toBeLessThan(full)
    expect([...totals].every((n) => n === full || n === small)).toBe(true)
    expect((await health()).body.plans).toBe(2)

    installIndex(path.join(dataDir, 'full.sqlite'))
    await waitFor(async () => (await health()).body.clauses === before)
    expect((await search('教育')).body.total).toBe(full)
  })

  it('refuses a damaged replacement and keeps serving the previous index', async () => {
    const before = await search('双减')
    writeFileSync(`${indexFile}.incoming`, 'this is not a SQLite database'.repeat(100))
    renameSync(`${indexFile}.incoming`, indexFile)
    await waitFor(async () => t.logs.some((l) => l.includes('the new index cannot be opened')))
    const after = await search('双减')
    expect(after.status).toBe(200)
    expect(after.body.total).toBe(before.body.total)
    installIndex(path.join(dataDir, 'full.sqlite'))
    await new Promise((r) => setTimeout(r, 300))
  })
})

describe('engine failure', () => {
  it('answers 503 while the index is gone and recovers by itself when it is back', async () => {
    renameSync(indexFile, `${indexFile}.away`)
    // The engine loses its open handle, as when the process holding the file dies or the disk is swapped.
    await t.portal.index.snapshot.engine.close()

    const failed = await search('双减')
    expect(failed.status).toBe(503)
    expect(failed.body.error!.code).toBe('engine_unavailable')
    const down = await health()
    expect(down.status).toBe(503)
    expect(down.body.status).toBe('unavailable')
    expect(down.body.error!.code).toBe('engine_unavailable')
    expect(down.body.reason).toContain('index.sqlite')
    expect(JSON.stringify(down.body)).not.toContain(dataDir)

    renameSync(`${indexFile}.away`, indexFile)
    await waitFor(async () => (await search('双减')).status === 200)
    expect((await health()).status).toBe(200)
    expect((await search('双减')).body.total).toBe(t.build.clauses.filter((c) => c.text.includes('双减') || c.heading.includes('双减')).length)
  })
})
