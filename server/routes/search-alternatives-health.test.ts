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
import { IndexHolder } from '../index-holder.js'
import { buildSuggestIndex } from '../startup/suggest-source.js'

let dir: string
let index: IndexHolder
let engine: SearchEngine
let unwell = false
const segmenter = createSegmenter()
const logger = pino({ level: 'silent' })

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'alternatives-health-'))
  engine = await openSqliteEngine({ path: path.join(dir, 'index.sqlite'), tokenizer: segmenter })
  await engine.replaceAll(await loadCorpusBuild())
  // The engine as a moment of trouble shows it: health not ok, with no counts, while searches still answer.
  const flaky = new Proxy(engine, {
    get(target, key, receiver) {
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
