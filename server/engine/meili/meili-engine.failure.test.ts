/**
 * The Meilisearch engine when Meilisearch is not there: real TCP sockets on loopback that refuse,
 * accept and never answer, or answer something else; then a real HTTP server appearing on the same
 * port. No Meilisearch binary is needed, and nothing stands in for the client.
 */
import http from 'node:http'
import { hangingServer, refusedPort } from '../../testing/loopback-sockets.js'
import { afterEach, describe, expect, it } from 'vitest'
import { createSegmenter } from '../../../indexer/segment/segmenter.js'
import { parseQuery } from '../../query/parse-query.js'
import { EngineUnavailableError } from '../errors.js'
import { createMeiliEngine } from './meili-engine.js'
import type { MeiliEngine } from './meili-engine.js'
import { corpusTestBuild } from '../../../test/fixtures/meili-test-records.js'
import type { SearchQuery } from '../types.js'

const MASTER_KEY = 'test-master-key-5f0c2b9e7d1a4c3b8e6f'
const tokenizer = createSegmenter()
const cleanups: (() => Promise<void>)[] = []

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!()
})

/** A real HTTP server on `port`, answering like a fresh Meilisearch: /health is available, indexes do not exist yet. */
async function startHttp(port: number, handler: http.RequestListener): Promise<void> {
  const server = http.createServer(handler)
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()))
  cleanups.push(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })
}

const freshMeilisearch: http.RequestListener = (req, res) => {
  res.setHeader('content-type', 'application/json')
  if (req.method === 'GET' && req.url === '/health') {
    res.end(JSON.stringify({ status: 'available' }))
    return
  }
  const uid = /^\/indexes\/([^/]+)/.exec(req.url ?? '')?.[1] ?? 'unknown'
  res.statusCode = 404
  res.end(JSON.stringify({
    message: `Index \`${uid}\` not found.`,
    code: 'index_not_found',
    type: 'invalid_request',
    link: 'https://docs.meilisearch.com/errors#index_not_found',
  }))
}

async function engineAt(port: number, options: { apiKey?: string; timeoutMs?: number } = {}): Promise<MeiliEngine> {
  const engine = await createMeiliEngine({ url: `http://127.0.0.1:${port}`, tokenizer, timeoutMs: 800, ...options })
  cleanups.push(() => engine.close())
  return engine
}

function keywordQuery(raw: string): SearchQuery {
  return { query: parseQuery(raw, tokenizer), filters: {}, mode: 'keyword', sort: 'relevance', offset: 0, limit: 20, facets: true }
}

async function failure(promise: Promise<unknown>): Promise<{ error: EngineUnavailableError; ms: number }> {
  const started = performance.now()
  try {
    await promise
  } catch (error) {
    return { error: error as EngineUnavailableError, ms: performance.now() - started }
  }
  throw new Error('expected a failure')
}

describe('createMeiliEngine when Meilisearch refuses connections', () => {
  it('rejects a search with EngineUnavailableError naming the URL and the fix, without the key', async () => {
    const port = await refusedPort()
    const engine = await engineAt(port, { apiKey: MASTER_KEY, timeoutMs: 5000 })
    const { error, ms } = await failure(engine.search(keywordQuery('双减')))
    expect(error).toBeInstanceOf(EngineUnavailableError)
    expect(error.code).toBe('engine_unavailable')
    expect(error.message).toBe(
      `Meilisearch at http://127.0.0.1:${port} is unreachable (ECONNREFUSED) (finding the search-only key). ` +
        'Check that Meilisearch is running and that MEILI_URL points to it (scheme, host and port).',
    )
    expect(error.message).not.toContain(MASTER_KEY)
    // At once, not after the 5 s timeout.
    expect(ms).toBeLessThan(2000)
  })

  it('reports ok:false with the reason from health() instead of throwing', async () => {
    const port = await refusedPort()
    const health = await (await engineAt(port, { apiKey: MASTER_KEY })).health()
    expect(health).toEqual({
      ok: false,
      reason: `Meilisearch at http://127.0.0.1:${port} is unreachable (ECONNREFUSED) (health check). ` +
        'Check that Meilisearch is running and that MEILI_URL points to it (scheme, host and port).',
      plans: 0,
      clauses: 0,
      vectors: 0,
      indexedAt: null,
    })
  })

  it('fails every read and replaceAll the same way, and leaves no key in any message', async () => {
    const port = await refusedPort()
    const engine = await engineAt(port, { apiKey: MASTER_KEY })
    const calls = [
      engine.getClause('plan-0-1'), engine.getPlan('plan-0'), engine.listPlans(), engine.planClauses('plan-0'),
      engine.getVector('plan-0-1'), engine.facets(), engine.replaceAll(corpusTestBuild(1)),
    ]
    for (const call of calls) {
      const { error } = await failure(call)
      expect(error.code).toBe('engine_unavailable')
      expect(error.message).toMatch(new RegExp(`^Meilisearch at http://127\\.0\\.0\\.1:${port} is unreachable \\(ECONNREFUSED\\)`))
      expect(error.message).not.toContain(MASTER_KEY)
    }
  })
})

describe('createMeiliEngine when Meilisearch accepts and never answers', () => {
  it('gives up after the timeout with a clear EngineUnavailableError', async () => {
    const port = await hangingServer(cleanups)
    const engine = await engineAt(port, { apiKey: MASTER_KEY, timeoutMs: 800 })
    const { error, ms } = await failure(engine.search(keywordQuery('课后服务')))
    expect(error.code).toBe('engine_unavailable')
    expect(error.message).toBe(
      `Meilisearch at http://127.0.0.1:${port} did not answer within 800 ms (finding the search-only key). ` +
        'Check that the Meilisearch process is running and not overloaded, or raise the engine timeout.',
    )
    expect(ms).toBeGreaterThanOrEqual(790)
    expect(ms).toBeLessThan(3000)
  })

  it('answers health() with ok:false within the timeout', async () => {
    const port = await hangingServer(cleanups)
    const started = performance.now()
    const health = await (await engineAt(port, { timeoutMs: 800 })).health()
    expect(health.ok).toBe(false)
    expect(health.reason).toBe(
      `Meilisearch at http://127.0.0.1:${port} did not answer within 800 ms (health check). ` +
        'Check that the Meilisearch process is running and not overloaded, or raise the engine timeout.',
    )
    expect(performance.now() - started).toBeLessThan(3000)
  })
})

describe('createMeiliEngine when something else answers', () => {
  it('says the address is not Meilisearch', async () => {
    const port = await refusedPort()
    await startHttp(port, (_req, res) => {
      res.setHeader('content-type', 'text/html')
      res.end('<html><body>It works!</body></html>')
    })
    const health = await (await engineAt(port)).health()
    expect(health.ok).toBe(false)
    expect(health.reason).toBe(
      `Meilisearch at http://127.0.0.1:${port} answered with something that is not Meilisearch JSON (health check). ` +
        'Check that MEILI_URL points to Meilisearch and not to another service.',
    )
  })

  it('refuses a URL that is not http(s) before any request', async () => {
    await expect(createMeiliEngine({ url: 'localhost:7700', tokenizer })).rejects.toThrow(
      'MEILI_URL must start with http:// or https:// (got localhost:).',
    )
    await expect(createMeiliEngine({ url: 'not a url', tokenizer })).rejects.toThrow('MEILI_URL is not a valid URL.')
  })
})

describe('createMeiliEngine recovering', () => {
  it('reaches Meilisearch as soon as it listens on the port, with no restart', async () => {
    const port = await refusedPort()
    const engine = await engineAt(port)
    expect((await engine.health()).reason).toContain('is unreachable (ECONNREFUSED)')
    await expect(engine.search(keywordQuery('双减'))).rejects.toThrow('is unreachable (ECONNREFUSED) (search)')

    await startHttp(port, freshMeilisearch)
    const health = await engine.health()
    expect(health).toEqual({
      ok: false,
      reason: `Meilisearch at http://127.0.0.1:${port} has no search index yet (reading the build record). Build it with \`npm run index\` while MEILI_URL is set.`,
      plans: 0,
      clauses: 0,
      vectors: 0,
      indexedAt: null,
    })
    const { error } = await failure(engine.search(keywordQuery('双减')))
    expect(error.code).toBe('engine_unavailable')
    expect(error.message).toBe(
      `Meilisearch at http://127.0.0.1:${port} has no search index yet (search). Build it with \`npm run index\` while MEILI_URL is set.`,
    )
  })
})

describe('createMeiliEngine when Meilisearch\'s task queue is stuck', () => {
  /** Accepts every write as an enqueued task that never finishes (a busy or wedged queue). */
  const stuckQueue: http.RequestListener = (req, res) => {
    res.setHeader('content-type', 'application/json')
    const url = req.url ?? ''
    if (req.method === 'GET' && url.startsWith('/indexes')) {
      res.end(JSON.stringify({ results: [], offset: 0, limit: 1000, total: 0 }))
      return
    }
    const task = /^\/tasks\/(\d+)/.exec(url)
    if (req.method === 'GET' && task) {
      res.end(JSON.stringify({ uid: Number(task[1]), indexUid: null, status: 'processing', type: 'indexCreation', enqueuedAt: new Date().toISOString() }))
      return
    }
    res.statusCode = 202
    res.end(JSON.stringify({ taskUid: 7, indexUid: null, status: 'enqueued', type: 'indexCreation', enqueuedAt: new Date().toISOString() }))
  }

  it('waits for index creation as long as the configured task timeout (not meilisearch-js\'s 5 s), then names the task', async () => {
    const port = await refusedPort()
    await startHttp(port, stuckQueue)
    const engine = await createMeiliEngine({ url: `http://127.0.0.1:${port}`, apiKey: MASTER_KEY, tokenizer, taskTimeoutMs: 1200 })
    const { error, ms } = await failure(engine.replaceAll(corpusTestBuild(1)))
    expect(error.code).toBe('index_build_failed')
    expect(error.message).toMatch(
      new RegExp(`^Meilisearch at http://127\\.0\\.0\\.1:${port} did not finish a task in time \\(creating index policy-clauses-next-[0-9a-z]+\\): timeout of 1200ms`),
    )
    expect(error.message).not.toContain(MASTER_KEY)
    // 1.2 s for the creation, then up to 1.2 s for each of the two clean-up deletions; the old 5 s wait alone was longer.
    expect(ms).toBeGreaterThanOrEqual(1150)
    expect(ms).toBeLessThan(4800)
  })
})

describe('createMeiliEngine when Meilisearch refuses the master key', () => {
  it('names the variable the configuration reads (MEILI_MASTER_KEY), not one it does not', async () => {
    const port = await refusedPort()
    await startHttp(port, (_req, res) => {
      res.statusCode = 403
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ message: 'The provided API key is invalid.', code: 'invalid_api_key', type: 'auth', link: 'https://docs.meilisearch.com/errors#invalid_api_key' }))
    })
    const { error } = await failure((await engineAt(port, { apiKey: MASTER_KEY })).search(keywordQuery('双减')))
    expect(error.code).toBe('engine_unavailable')
    expect(error.message).toBe(
      `Meilisearch at http://127.0.0.1:${port} rejected the API key (invalid_api_key, finding the search-only key). Check MEILI_MASTER_KEY. ` +
        'Queries need a search-only key: give the master key in MEILI_MASTER_KEY (the server then creates a search-only key for the portal\'s indexes), ' +
        'and check that it is the key Meilisearch was started with.',
    )
    expect(error.message).not.toContain('MEILI_SEARCH_KEY')
    expect(error.message).not.toContain(MASTER_KEY)
  })
})

describe('createMeiliEngine when Meilisearch fails a document task', () => {
  it('has sent every byte-sized batch before waiting for the first, then reports the failed task with its code', async () => {
    const log: string[] = []
    const docTasks = new Set<number>()
    let next = 1
    const enqueued = (res: http.ServerResponse, uid: number) => {
      res.statusCode = 202
      res.end(JSON.stringify({ taskUid: uid, indexUid: null, status: 'enqueued', type: 'documentAdditionOrUpdate', enqueuedAt: new Date().toISOString() }))
    }
    const port = await refusedPort()
    await startHttp(port, (req, res) => {
      res.setHeader('content-type', 'application/json')
      const url = req.url ?? ''
      req.resume()
      req.on('end', () => {
        if (req.method === 'GET' && url.startsWith('/indexes')) return res.end(JSON.stringify({ results: [], offset: 0, limit: 1000, total: 0 }))
        const task = /^\/tasks\/(\d+)/.exec(url)
        if (req.method === 'GET' && task) {
          const uid = Number(task[1])
          log.push(docTasks.has(uid) ? 'wait documents' : 'wait other')
          const failed = docTasks.has(uid)
          return res.end(JSON.stringify({
            uid, indexUid: null, status: failed ? 'failed' : 'succeeded', type: 'x', enqueuedAt: new Date().toISOString(),
            error: failed ? { message: 'Missing vector for embedder clauses', code: 'vector_embedding_error', type: 'invalid_request', link: '' } : null,
          }))
        }
        const uid = next++
        if (req.method === 'POST' && /\/documents$/.test(url)) {
          docTasks.add(uid)
          log.push('send documents')
        }
        enqueued(res, uid)
      })
    })
    const engine = await createMeiliEngine({ url: `http://127.0.0.1:${port}`, apiKey: MASTER_KEY, tokenizer, batchBytes: 64 * 1024, taskTimeoutMs: 5000 })
    const { error } = await failure(engine.replaceAll(corpusTestBuild()))
    const sends = log.filter((l) => l === 'send documents').length
    expect(sends).toBeGreaterThan(1)
    // Every batch went out before the first document task was waited for (auto-batching can join them).
    expect(log.indexOf('wait documents')).toBe(log.lastIndexOf('send documents') + 1)
    expect(error.code).toBe('index_build_failed')
    expect(error.message).toMatch(/^Meilisearch task \d+ \(adding clauses 1–\d+\) ended failed: vector_embedding_error: Missing vector for embedder clauses$/)
  })
})
