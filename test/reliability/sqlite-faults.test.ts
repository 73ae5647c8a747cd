/**
 * The SQLite index file going wrong under the real server (bundled corpus, real indexer, real HTTP on a
 * random port): missing, truncated, locked by another process, read-only. The server must answer 503 with
 * the reason, log the fix, never write to the file, and recover by itself when the file is good again.
 * `npm start`'s startup step must rebuild a missing or damaged index.
 */
import { chmodSync, copyFileSync, existsSync, readFileSync, renameSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { Writable } from 'node:stream'
import Database from 'better-sqlite3'
import { pino } from 'pino'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { BUILD_FILES } from '../../indexer/build-files.js'
import type { HealthResponse, SearchResponse, SuggestResponse } from '../../server/api-types.js'
import { buildDirOf, ensureIndex } from '../../server/startup/index-build.js'
import { buildTestData, removeTestData, startTestPortal, type TestPortal } from '../../server/testing/test-portal.js'

const IS_ROOT = process.getuid?.() === 0
const q = encodeURIComponent

let dataDir: string
let indexFile: string
let pristine: Buffer
let t: TestPortal | null = null

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

async function waitFor<T>(probe: () => Promise<T | null>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (value !== null) return value
    if (Date.now() > deadline) throw new Error('condition not reached in time')
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Puts the good index back the way the indexer does: written beside, renamed over. */
function restoreByRename(): void {
  const temp = `${indexFile}.restore`
  writeFileSync(temp, pristine)
  renameSync(temp, indexFile)
}

/** `watchMs` 0 turns the index-file watcher off, so only the holder's own recovery can bring the index back. */
async function start(watchMs = 100): Promise<TestPortal> {
  t = await startTestPortal(dataDir, {}, watchMs)
  return t
}

async function status(p: string): Promise<{ status: number; body: any }> {
  const res = await t!.get(p)
  return { status: res.status, body: await res.json() }
}

/**
 * Recovery is asynchronous: health, search and the suggestions derived from the index all come back. Health reads the
 * file from the server's thread, searches run on the search threads, which reopen it on their own turn: on a loaded
 * machine (CI at load 11) a search just after health came back still answered 503, so the search is awaited too,
 * and meanwhile may only say it is unavailable, never fail otherwise.
 */
async function recovered(): Promise<void> {
  await waitFor(async () => ((await status('/api/health')).status === 200 ? true : null))
  const search = await waitFor(async () => {
    const answer = await status(`/api/search?q=${q('双减')}`)
    if (answer.status !== 200) expect([answer.status, answer.body.error.code]).toEqual([503, 'engine_unavailable'])
    return answer.status === 200 ? answer : null
  })
  expect((search.body as SearchResponse).total).toBeGreaterThan(0)
  await waitFor(async () => {
    const suggest = await status(`/api/suggest?q=${q('课后')}`)
    return suggest.status === 200 && (suggest.body as SuggestResponse).suggestions.length > 0 ? true : null
  }, 5_000)
}

beforeAll(async () => {
  dataDir = await buildTestData()
  indexFile = path.join(buildDirOf(dataDir), BUILD_FILES.sqlite)
  pristine = readFileSync(indexFile)
})
afterEach(async () => {
  await t?.close()
  t = null
  chmodSync(path.dirname(indexFile), 0o755)
  if (existsSync(indexFile)) chmodSync(indexFile, 0o644)
  writeFileSync(indexFile, pristine)
})
afterAll(() => removeTestData(dataDir))

describe('the server when the index file is missing', () => {
  it('answers 503 with the reason, logs the fix, and recovers when the file appears', async () => {
    rmSync(indexFile)
    await start()
    const health = await status('/api/health')
    expect(health.status).toBe(503)
    expect(health.body).toMatchObject({ status: 'unavailable', engine: 'sqlite' })
    expect((health.body as HealthResponse).reason).toMatch(/^The search index …\/index\.sqlite does not exist\. Run `npm run index` to build it\.$/)
    const search = await status(`/api/search?q=${q('双减')}`)
    expect([search.status, search.body.error.code]).toEqual([503, 'engine_unavailable'])
    expect(t!.logs.some((l) => l.includes('does not exist') && l.includes('npm run index'))).toBe(true)

    restoreByRename()
    await recovered()
  })

  it('keeps answering from the open index when the file is deleted under it', async () => {
    await start()
    const before = (await status(`/api/search?q=${q('课后服务')}`)).body as SearchResponse
    rmSync(indexFile)
    const after = await status(`/api/search?q=${q('课后服务')}`)
    expect(after.status).toBe(200)
    expect((after.body as SearchResponse).hits.map((h) => h.id)).toEqual(before.hits.map((h) => h.id))
  })
})

describe('the server when the index file is truncated', () => {
  it('answers 503 with the reason at start, leaves the file as it is, and recovers when it is rebuilt', async () => {
    writeFileSync(indexFile, pristine.subarray(0, Math.floor(pristine.length / 2)))
    const damaged = sha(indexFile)
    await start(0)
    const health = await status('/api/health')
    expect(health.status).toBe(503)
    expect((health.body as HealthResponse).reason).toMatch(/is damaged .*npm run index/)
    for (const p of ['/api/search?q=%E5%8F%8C%E5%87%8F', '/api/plans', '/api/facets', '/api/export?format=csv']) {
      const res = await status(p)
      expect([p, res.status, res.body.error.code]).toEqual([p, 503, 'engine_unavailable'])
    }
    expect(sha(indexFile)).toBe(damaged)
    expect(t!.logs.some((l) => l.includes('damaged') && l.includes('npm run index'))).toBe(true)

    restoreByRename()
    await recovered()
  })

  it('answers 200 or 503, never 500, when the file is cut short while serving, and recovers when it is restored', async () => {
    await start()
    truncateSync(indexFile, Math.floor(pristine.length / 3))
    const damaged = sha(indexFile)
    const terms = ['双减', '课后服务', '集团化办学', '学前教育', '职业教育', '教师队伍', '心理健康', '校园安全', '体育', '劳动教育']
    const statuses = new Set<number>()
    for (const term of terms) {
      const res = await status(`/api/search?q=${q(term)}&limit=100`)
      statuses.add(res.status)
      if (res.status !== 200) expect(res.body.error.code).toBe('engine_unavailable')
    }
    expect([...statuses].every((s) => s === 200 || s === 503)).toBe(true)
    expect(statuses.has(503)).toBe(true)
    expect(sha(indexFile)).toBe(damaged)

    restoreByRename()
    await recovered()
  })
})

describe('the server when another process locks the index file', () => {
  it('answers 503 with the reason while the lock is held, without waiting for its release, and recovers when it is released', async () => {
    await start()
    const locker = new Database(indexFile)
    try {
      locker.exec('BEGIN EXCLUSIVE')
      // The lock is released only after this answer arrives: a server that waited for it would never answer.
      const search = await status(`/api/search?q=${q('双减')}`)
      expect([search.status, search.body.error.code]).toEqual([503, 'engine_unavailable'])
      const health = await waitFor(async () => {
        const h = await status('/api/health')
        return h.status === 503 ? h : null
      })
      expect((health.body as HealthResponse).reason).toMatch(/locked by another process/)
      expect(t!.logs.some((l) => l.includes('locked by another process'))).toBe(true)
      locker.exec('ROLLBACK')
    } finally {
      locker.close()
    }
    expect(readFileSync(indexFile).equals(pristine)).toBe(true)
    await recovered()
  })
})

describe('the server when the index file is read-only', () => {
  it('serves a read-only file in a read-only folder and never writes to it', async () => {
    // As root (as here) chmod does not stop writes, so what is checked is that the server opens the file
    // read-only and changes nothing; a non-root run also proves it needs no write permission.
    chmodSync(indexFile, 0o444)
    chmodSync(path.dirname(indexFile), 0o555)
    const mtime = statSync(indexFile).mtimeMs
    await start()
    expect((await status('/api/health')).status).toBe(200)
    expect((await status(`/api/search?q=${q('双减')}`)).status).toBe(200)
    expect((await status('/api/export?format=json&q=' + q('教师'))).status).toBe(200)
    await t!.close()
    t = null
    expect(sha(indexFile)).toBe(createHash('sha256').update(pristine).digest('hex'))
    expect(statSync(indexFile).mtimeMs).toBe(mtime)
    expect(IS_ROOT || existsSync(`${indexFile}-journal`) === false).toBe(true)
  })
})

describe('ensureIndex (npm start)', () => {
  const logs: string[] = []
  const logger = pino({ level: 'info' }, new Writable({ write: (c, _e, done) => (logs.push(String(c)), done()) }))
  const ensure = () => ensureIndex({ root: process.cwd(), dataDir, corpusDir: path.resolve('data/corpus'), modelDir: path.join(dataDir, 'no-model'), logger })

  it('rebuilds a missing index', async () => {
    rmSync(indexFile)
    await ensure()
    expect(statSync(indexFile).size).toBeGreaterThan(0)
    await start()
    await recovered()
  }, 120_000)

  it('rebuilds an index that is damaged, even when it is newer than the corpus', async () => {
    copyFileSync(indexFile, `${indexFile}.good`)
    writeFileSync(indexFile, pristine.subarray(0, 4096))
    await ensure()
    expect(statSync(indexFile).size).toBeGreaterThan(4096)
    expect(logs.some((l) => l.includes('damaged'))).toBe(true)
    await start()
    await recovered()
    rmSync(`${indexFile}.good`)
  }, 120_000)
})
