/** "Similar clauses" of a heading-only clause, with the real model, through createApp over the bundled corpus. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { embedClauses } from '../../indexer/embed/embed-clauses.js'
import { DEFAULT_VECTOR_CACHE_PATH, openVectorCache } from '../../indexer/embed/vector-cache.js'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import type { IndexBuild } from '../../indexer/types.js'
import { loadCorpusBuild } from '../../test/fixtures/corpus-build.js'
import type { SimilarResponse } from '../api-types.js'
import { createApp } from '../app.js'
import type { Embedder } from '../engine/types.js'
import { openSqliteEngine } from '../engine/sqlite/sqlite-engine.js'
import { IndexHolder } from '../index-holder.js'
import { modelForTests } from '../testing/model-for-tests.js'
import { loadEmbedder } from '../semantic/embedder.js'
import { buildSuggestIndex } from '../startup/suggest-source.js'

const model = modelForTests()

describe.skipIf(model.skipped)('similar clauses of a heading-only clause', () => {
  let dir: string
  let index: IndexHolder
  let embedder: Embedder
  let build: IndexBuild
  const segmenter = createSegmenter()
  const logger = pino({ level: 'silent' })

  beforeAll(async () => {
    embedder = (await loadEmbedder())!
    build = await loadCorpusBuild()
    dir = mkdtempSync(path.join(tmpdir(), 'similar-heading-'))
    const engine = await openSqliteEngine({ path: path.join(dir, 'index.sqlite'), tokenizer: segmenter })
    const cache = openVectorCache(DEFAULT_VECTOR_CACHE_PATH)
    try {
      await engine.replaceAll(build, await embedClauses(build.clauses, embedder, cache))
    } finally {
      cache.close()
    }
    index = await IndexHolder.create(engine, { prepare: async (e) => ({ suggest: await buildSuggestIndex(e, segmenter) }), logger })
  }, 300_000)
  afterAll(async () => {
    await index?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const similar = async (id: string): Promise<SimilarResponse> => {
    const app = createApp({ index, tokenizer: segmenter, embedder, logger, options: {} })
    const res = await app.request(`/api/clauses/${encodeURIComponent(id)}/similar?limit=5`)
    expect(res.status).toBe(200)
    return (await res.json()) as SimilarResponse
  }

  it('says it has no text and finds the 督导 clauses of other plans for 加强教育督导', async () => {
    const clause = build.clauses.find((c) => c.outlineOnly && c.heading === '加强教育督导')!
    const body = await similar(clause.id)
    expect(body.headingOnly).toBe(true)
    expect(body.hits.length).toBe(5)
    expect(body.hits.every((h) => h.planId !== clause.planId)).toBe(true)
    // Its stored vector alone found five 依法治教 clauses and no 督导 one.
    const aboutIt = body.hits.map((h) => `${h.heading}${h.text}`.includes('督导'))
    expect(aboutIt.slice(0, 2)).toEqual([true, true])
    expect(aboutIt.filter(Boolean).length).toBeGreaterThanOrEqual(3)
  })

  it('finds the 集团化办学 clauses of other plans first for 持续推进集团化办学', async () => {
    const clause = build.clauses.find((c) => c.outlineOnly && c.heading === '持续推进集团化办学')!
    const body = await similar(clause.id)
    expect(body.hits.slice(0, 2).every((h) => `${h.heading}${h.text}`.includes('集团化办学'))).toBe(true)
  })

  it('marks a clause with text as not heading-only', async () => {
    const clause = build.clauses.find((c) => !c.outlineOnly && c.text.includes('加强各科作业统筹'))!
    expect((await similar(clause.id)).headingOnly).toBe(false)
  })
})
