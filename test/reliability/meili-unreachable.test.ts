/**
 * The server with MEILI_URL set and no Meilisearch to talk to (no Meilisearch binary here): a real loopback
 * port that refuses connections, one that accepts and never answers, then an HTTP server appearing on the
 * port. The adapter's own failure paths are in server/engine/meili/meili-engine.failure.test.ts; this is the
 * behaviour through the whole server: it starts, answers 503 with a clear reason, never shows the master
 * key, and notices by itself when Meilisearch is back.
 */
import http from 'node:http'
import { hangingServer, listen, refusedPort } from '../../server/testing/loopback-sockets.js'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { HealthResponse } from '../../server/api-types.js'
import { buildTestData, removeTestData, startTestPortal, TEST_MASTER_KEY, type TestPortal } from '../../server/testing/test-portal.js'

const q = encodeURIComponent
let dataDir: string
let t: TestPortal | null = null
const cleanups: (() => Promise<void>)[] = []




/** What a freshly started Meilisearch answers: healthy, no index yet. Records the requests it gets. */
async function freshMeilisearchOn(port: number, requests: string[]): Promise<void> {
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`)
    res.setHeader('content-type', 'application/json')
    if (req.method === 'GET' && req.url === '/health') return void res.end(JSON.stringify({ status: 'available' }))
    const uid = /^\/indexes\/([^/?]+)/.exec(req.url ?? '')?.[1] ?? 'unknown'
    res.statusCode = 404
    res.end(JSON.stringify({ message: `Index \`${uid}\` not found.`, code: 'index_not_found', type: 'invalid_request', link: 'https://docs.meilisearch.com/errors#index_not_found' }))
  })
  await listen(server, port)
  cleanups.push(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })
}

async function get(p: string): Promise<{ status: number; text: string; body: any }> {
  const res = await t!.get(p)
  const text = await res.text()
  return { status: res.status, text, body: JSON.parse(text) }
}

function expectNoKey(...texts: string[]): void {
  for (const text of [...texts, ...t!.logs]) expect(text).not.toContain(TEST_MASTER_KEY)
}

beforeAll(async () => {
  dataDir = await buildTestData()
})
afterEach(async () => {
  await t?.close()
  t = null
  while (cleanups.length > 0) await cleanups.pop()!()
})
afterAll(() => removeTestData(dataDir))

describe('the server when Meilisearch is unreachable', () => {
  it('starts, answers 503 with the reason when the port refuses, and never shows the key', async () => {
    const port = await refusedPort()
    t = await startTestPortal(dataDir, { meiliUrl: `http://127.0.0.1:${port}` })
    const health = await get('/api/health')
    expect(health.status).toBe(503)
    expect(health.body as HealthResponse).toMatchObject({ status: 'unavailable', engine: 'meilisearch' })
    expect(health.body.reason).toContain(`Meilisearch at http://127.0.0.1:${port} is unreachable (ECONNREFUSED)`)
    const search = await get(`/api/search?q=${q('双减')}`)
    expect([search.status, search.body.error.code]).toEqual([503, 'engine_unavailable'])
    const clause = await get(`/api/clauses/${t.build.clauses[0].id}`)
    expect(clause.status).toBe(503)
    expect(t.logs.some((l) => l.includes('ECONNREFUSED'))).toBe(true)
    expectNoKey(health.text, search.text, clause.text)
  })

  it('answers 503 after the timeout when the port accepts and never answers', async () => {
    const port = await hangingServer(cleanups)
    // MEILI_TIMEOUT_MS=1000: the answer must come from the timeout, not from the test's own limit.
    t = await startTestPortal(dataDir, { meiliUrl: `http://127.0.0.1:${port}`, meiliTimeoutMs: 1_000 })
    const started = performance.now()
    const search = await get(`/api/search?q=${q('双减')}`)
    expect([search.status, search.body.error.code]).toEqual([503, 'engine_unavailable'])
    expect(performance.now() - started).toBeLessThan(5_000)
    const health = await get('/api/health')
    expect(health.status).toBe(503)
    expect(health.body.reason).toMatch(/did not answer within|timed out|timeout/i)
    // The engine could not say which build it serves: that is no sign of a build without suggestions.
    expect(t.logs.filter((l) => l.includes('no suggestions from the indexer'))).toEqual([])
    expectNoKey(health.text, search.text)
  }, 60_000)

  it('notices by itself when Meilisearch appears on the port, and loads the build into it', async () => {
    const port = await refusedPort()
    t = await startTestPortal(dataDir, { meiliUrl: `http://127.0.0.1:${port}` })
    expect((await get('/api/health')).body.reason).toContain('ECONNREFUSED')
    const requests: string[] = []
    await freshMeilisearchOn(port, requests)
    const until = Date.now() + 20_000
    let health = await get('/api/health')
    while (health.body.reason?.includes('ECONNREFUSED') && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 200))
      health = await get('/api/health')
    }
    expect(health.status).toBe(503)
    expect(health.body.reason).toContain('has no search index yet')
    // Recovery reopens the engine and loads the build into the Meilisearch that appeared (this stand-in
    // cannot take documents, so the load fails and is logged; a real Meilisearch would start answering).
    const loads = () => t!.logs.filter((l) => l.includes('loading the build into Meilisearch')).length
    const before = loads()
    while (loads() === before && Date.now() < until + 10_000) await new Promise((r) => setTimeout(r, 200))
    expect(loads()).toBeGreaterThan(before)
    expect(requests.some((r) => r.startsWith('GET /indexes'))).toBe(true)
    expectNoKey(health.text)
  }, 60_000)
})
