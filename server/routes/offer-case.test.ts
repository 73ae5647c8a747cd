/** The Latin words of keyword offers, as typed or as the plans write them, over the bundled corpus. */
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
import { IndexHolder } from '../index-holder.js'
import { buildSuggestIndex } from '../startup/suggest-source.js'

let dir: string
let index: IndexHolder
const segmenter = createSegmenter()
const logger = pino({ level: 'silent' })

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'offer-case-test-'))
  const engine = await openSqliteEngine({ path: path.join(dir, 'index.sqlite'), tokenizer: segmenter })
  await engine.replaceAll(await loadCorpusBuild())
  index = await IndexHolder.create(engine, { prepare: async (e) => ({ suggest: await buildSuggestIndex(e, segmenter) }), logger })
})
afterAll(async () => {
  await index.close()
  rmSync(dir, { recursive: true, force: true })
})

const search = async (q: string): Promise<SearchResponse> => {
  const app = createApp({ index, tokenizer: segmenter, embedder: null, logger, options: {} })
  const res = await app.request(`/api/search?q=${encodeURIComponent(q)}&mode=keyword`)
  expect(res.status).toBe(200)
  return (await res.json()) as SearchResponse
}

describe('Latin words in keyword offers', () => {
  it('offers AI教育 its words apart as typed, AI 教育 (2), not ai 教育; ＡＩ教育 (full width) likewise', async () => {
    for (const q of ['AI教育', 'ＡＩ教育']) {
      expect((await search(q)).alternatives, q).toEqual([{ query: 'AI 教育', mode: 'keyword', total: 2 }, { query: '人工智能', mode: 'keyword', total: 8 }])
    }
  })

  it('offers ai教育 and stem教育, typed in small letters, as the plans write them: AI 教育 (2), STEM 教育 (1)', async () => {
    expect((await search('ai教育')).alternatives?.[0]).toEqual({ query: 'AI 教育', mode: 'keyword', total: 2 })
    expect((await search('stem教育')).alternatives?.[0]).toEqual({ query: 'STEM 教育', mode: 'keyword', total: 1 })
  })

  it('keeps a capital the user typed where the plans write otherwise: Ai教育 → Ai 教育 (2)', async () => {
    expect((await search('Ai教育')).alternatives?.[0]).toEqual({ query: 'Ai 教育', mode: 'keyword', total: 2 })
  })
})
