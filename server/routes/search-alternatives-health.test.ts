/** The offers of a keyword search never depend on the moment they are asked: an engine that cannot read its counts answers busy. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { loadCorpusBuild } from '../../test/fixtures/corpus-build.js'
import type { SearchResponse } from '../api-types.js'
import { createApp } from '../app.js'
import { openSqliteEngine } from '../engine/sqlite/sqlite-engine.js'
import type { EngineHealth, SearchEngine } from '../engine/types.js'
import { facetsQuerySchema } from '../http/query-schemas.js'
import { IndexHolder } from '../index-holder.js'
import { parseQuery } from '../query/parse-query.js'
import { buildSuggestIndex } from '../startup/suggest-source.js'
import { keywordAlternatives } from './search-alternatives.js'

let dir: string
let index: IndexHolder
let engine: SearchEngine
let flaky: SearchEngine
let unwell = false
let throwing = false
const segmenter = createSegmenter()
const logger = pino({ level: 'silent' })

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'alternatives-health-'))
  engine = await openSqliteEngine({ path: path.join(dir, 'index.sqlite'), tokenizer: segmenter })
  await engine.replaceAll(await loadCorpusBuild())
  // The engine as a moment of trouble shows it: health not ok, with no counts, while searches still answer.
  // Or a read that fails outright, as a thread or a file lost mid-answer makes it.
  flaky = new Proxy(engine, {
    get(target, key, receiver) {
      if (key === 'health' && throwing) return async (): Promise<EngineHealth> => Promise.reject(new Error('the index file could not be read'))
      if (key === 'health' && unwell) return async (): Promise<EngineHealth> => ({ ok: false, reason: 'busy', plans: 0, clauses: 0, vectors: 0, indexedAt: null })
      const value = Reflect.get(target, key, receiver)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  index = await IndexHolder.create(flaky, { prepare: async (e) => ({ suggest: await buildSuggestIndex(e, segmenter) }), logger })
})
afterAll(async () => {
  await index.close()
  rmSync(dir, { recursive: true, force: true })
})

const ask = (q: string) => createApp({ index, tokenizer: segmenter, embedder: null, logger, options: {} }).request(`/api/search?q=${encodeURIComponent(q)}&mode=keyword`)

describe('offers when the engine cannot say what it holds', () => {
  it('answers 如何防止校园欺凌 busy (503, Retry-After 1) rather than without its offers, and with 欺凌 (4) and 校园 (58) once the engine is well', async () => {
    unwell = true
    const busy = await ask('如何防止校园欺凌')
    expect([busy.status, busy.headers.get('Retry-After'), ((await busy.json()) as { error: { code: string } }).error.code]).toEqual([503, '1', 'engine_unavailable'])
    unwell = false
    const well = await ask('如何防止校园欺凌')
    expect(well.status).toBe(200)
    expect(((await well.json()) as SearchResponse).alternatives).toEqual([
      { query: '欺凌', mode: 'keyword', total: 4 },
      { query: '校园', mode: 'keyword', total: 58 },
    ])
  })
})

describe('offers when the health read throws after the search found its clauses', () => {
  const offers = async (q: string, warnings: unknown[][]) => {
    const parsed = parseQuery(q, segmenter)
    const found = await engine.search({ query: parsed, filters: {}, mode: 'keyword', sort: 'relevance', offset: 0, limit: 0, facets: false })
    const params = { ...facetsQuerySchema.parse({}), q, mode: 'keyword' as const }
    const logged = { warn: (...args: unknown[]) => void warnings.push(args) }
    return keywordAlternatives({ engine: flaky, tokenizer: segmenter, embedder: null, parsed, filters: {}, total: found.total, params, logger: logged })
  }

  it('answers 如何防止校园欺凌 (1 clause) without its offers rather than busy, and logs why; with 欺凌 (4) and 校园 (58) once the read answers', async () => {
    const warnings: unknown[][] = []
    throwing = true
    try {
      expect(await offers('如何防止校园欺凌', warnings)).toEqual([])
    } finally {
      throwing = false
    }
    expect(warnings.map(([fields, message]) => [(fields as { q: string; err: Error }).q, (fields as { err: Error }).err.message, message])).toEqual([
      ['如何防止校园欺凌', 'the index file could not be read', 'keyword offers left out: the engine\'s health could not be read'],
    ])
    expect(await offers('如何防止校园欺凌', warnings)).toEqual([
      { query: '欺凌', mode: 'keyword', total: 4 },
      { query: '校园', mode: 'keyword', total: 58 },
    ])
    expect(warnings).toHaveLength(1)
  })
})

describe('a search whose health read throws after it found its clauses, through the route', () => {
  it('answers 怎样防止校园欺凌 with its clause and no offers, not 503, once the index has been read before', async () => {
    // The first question of this index reads its places; later ones reuse them while the engine cannot say its build.
    expect((await ask('校园欺凌')).status).toBe(200)
    throwing = true
    try {
      const res = await ask('怎样防止校园欺凌')
      const body = (await res.json()) as SearchResponse
      expect([res.status, body.total, body.hits.map((h) => h.id), body.alternatives]).toEqual([200, 1, [expect.any(String)], undefined])
    } finally {
      throwing = false
    }
  })
})
