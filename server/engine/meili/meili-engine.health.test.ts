/**
 * What the Meilisearch engine's health costs a search: probe: false (asked by every keyword search) answers from
 * the last read that found the index. A real HTTP server on loopback answers as Meilisearch does for the two
 * requests a health read makes (GET /health, the build record of the plans index); no Meilisearch binary is needed.
 */
import http from 'node:http'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSegmenter } from '../../../indexer/segment/segmenter.js'
import { listen } from '../../testing/loopback-sockets.js'
import type { MeiliBuildDoc } from './documents.js'
import { createMeiliEngine, describeMeiliEngine } from './meili-engine.js'
import type { MeiliEngine } from './meili-engine.js'

const tokenizer = createSegmenter()
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  vi.restoreAllMocks()
  while (cleanups.length > 0) await cleanups.pop()!()
})

const buildDoc = (builtAt: string): MeiliBuildDoc => ({ pk: '_build', kind: 'build', builtAt, plans: 11, clauses: 343, vectors: 0, vectorModel: null })

/** A Meilisearch holding `state.build` (none: no index built yet); each request it gets is written to `requests`. */
async function meilisearch(state: { build: MeiliBuildDoc | null }, requests: string[]): Promise<{ engine: MeiliEngine; url: string }> {
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`)
    req.resume()
    req.on('end', () => {
      res.setHeader('content-type', 'application/json')
      if (req.url === '/health') return res.end(JSON.stringify({ status: 'available' }))
      const hits = state.build ? [state.build] : []
      res.end(JSON.stringify({ hits, query: '', processingTimeMs: 0, limit: 1, offset: 0, estimatedTotalHits: hits.length }))
    })
  })
  const port = await listen(server)
  cleanups.push(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })
  const url = `http://127.0.0.1:${port}`
  return { engine: await createMeiliEngine({ url, tokenizer, timeoutMs: 2000 }), url }
}

const READ = ['GET /health', 'POST /indexes/policy-clauses-plans/search']

describe('MeiliEngine.health({ probe: false })', () => {
  it('answers from the last read that found the index, with no request, and a probing read asks again', async () => {
    const requests: string[] = []
    const { engine, url } = await meilisearch({ build: buildDoc('2026-12-01T08:00:00.000Z') }, requests)
    const health = await engine.health()
    expect(health).toEqual({
      ok: true, plans: 11, clauses: 343, vectors: 0, indexedAt: '2026-12-01T08:00:00.000Z',
      description: describeMeiliEngine({ url, candidateLimit: 20_000, useNetwork: false }),
    })
    expect(requests).toEqual(READ)
    for (let i = 0; i < 3; i++) expect(await engine.health({ probe: false })).toEqual(health)
    expect(requests).toEqual(READ)
    await engine.health()
    expect(requests).toEqual([...READ, ...READ])
  })

  it('asks now while no read has found the index, each time, and from the first that does answers from memory', async () => {
    const requests: string[] = []
    const state: { build: MeiliBuildDoc | null } = { build: null }
    const { engine } = await meilisearch(state, requests)
    for (let i = 0; i < 2; i++) expect(await engine.health({ probe: false })).toMatchObject({ ok: false, plans: 0, clauses: 0, indexedAt: null })
    expect(requests).toEqual([...READ, ...READ])
    state.build = buildDoc('2026-12-01T08:00:00.000Z')
    expect((await engine.health({ probe: false })).indexedAt).toBe('2026-12-01T08:00:00.000Z')
    expect((await engine.health({ probe: false })).indexedAt).toBe('2026-12-01T08:00:00.000Z')
    expect(requests).toEqual([...READ, ...READ, ...READ])
  })

  it('reads again behind the answer once the known read is over 2 s old, so a build another process swapped in is seen', async () => {
    const requests: string[] = []
    const state = { build: buildDoc('2026-12-01T08:00:00.000Z') }
    const { engine } = await meilisearch(state, requests)
    await engine.health()
    state.build = buildDoc('2026-12-01T09:00:00.000Z')
    expect((await engine.health({ probe: false })).indexedAt).toBe('2026-12-01T08:00:00.000Z')
    expect(requests).toEqual(READ)
    const now = Date.now()
    vi.spyOn(Date, 'now').mockReturnValue(now + 2_001)
    // The old read still answers this search; the new one is under way meanwhile and answers the next.
    expect((await engine.health({ probe: false })).indexedAt).toBe('2026-12-01T08:00:00.000Z')
    // Asked meanwhile, it joins the read under way: no request more.
    await vi.waitFor(async () => expect((await engine.health({ probe: false })).indexedAt).toBe('2026-12-01T09:00:00.000Z'))
    expect(requests).toEqual([...READ, ...READ])
  })
})
