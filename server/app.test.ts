/**
 * createApp driven with app.request (no port), over the real SQLite engine loaded with the bundled
 * corpus: the options that the HTTP tests leave at their defaults (CORS, rate limit, no web build).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSegmenter } from '../indexer/segment/segmenter.js'
import { loadCorpusBuild } from '../test/fixtures/corpus-build.js'
import { createApp, type AppOptions } from './app.js'
import { openSqliteEngine } from './engine/sqlite/sqlite-engine.js'
import { IndexHolder } from './index-holder.js'
import { buildSuggestIndex } from './startup/suggest-source.js'

let dir: string
let index: IndexHolder
const segmenter = createSegmenter()
const logger = pino({ level: 'silent' })
const appWith = (options: AppOptions) => createApp({ index, tokenizer: segmenter, embedder: null, logger, options })

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'app-test-'))
  const engine = await openSqliteEngine({ path: path.join(dir, 'index.sqlite'), tokenizer: segmenter })
  await engine.replaceAll(await loadCorpusBuild())
  index = await IndexHolder.create(engine, { prepare: async (e) => ({ suggest: await buildSuggestIndex(e, segmenter) }), logger })
})
afterAll(async () => {
  await index.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('createApp', () => {
  it('sends no CORS headers unless origins are configured', async () => {
    const res = await appWith({}).request('/api/health', { headers: { Origin: 'https://other.example.org' } })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await appWith({}).request('/api/search', { method: 'OPTIONS', headers: { Origin: 'https://other.example.org', 'Access-Control-Request-Method': 'GET' } })
    expect(preflight.status).toBe(405)
  })

  it('allows the configured origin only, and answers its preflight', async () => {
    const app = appWith({ corsOrigins: ['https://portal.example.org'] })
    const ok = await app.request('/api/health', { headers: { Origin: 'https://portal.example.org' } })
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://portal.example.org')
    const other = await app.request('/api/health', { headers: { Origin: 'https://evil.example.org' } })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await app.request('/api/search', { method: 'OPTIONS', headers: { Origin: 'https://portal.example.org', 'Access-Control-Request-Method': 'GET' } })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS')
  })

  it('rate-limits /api per client when a limit is set, and leaves pages alone', async () => {
    const app = appWith({ rateLimit: 5 })
    const statuses = []
    for (let i = 0; i < 6; i++) statuses.push((await app.request('/api/suggest?q=%E5%8F%8C')).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
    const limited = await app.request('/api/health')
    expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited' } })
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
  })

  it('answers HEAD like GET without a body', async () => {
    const res = await appWith({}).request('/api/plans', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
  })

  it('says the web app is not built when there is no web root', async () => {
    const res = await appWith({ webRoot: null }).request('/c/jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-2-6')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: '网页尚未构建：请运行 npm run build 或 npm start' } })
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })

  it('marks API answers as revalidate-always', async () => {
    expect((await appWith({}).request('/api/facets')).headers.get('cache-control')).toBe('no-cache')
    expect((await appWith({}).request('/api/health')).headers.get('cache-control')).toBe('no-store')
  })
})
