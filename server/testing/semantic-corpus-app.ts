/**
 * The app over the whole bundled corpus with its vectors and the real model, for route tests of semantic and hybrid
 * answers: `const corpus = useSemanticCorpusApp()` at the top of a test file builds it before the file's tests
 * (vectors from the shared cache, data/build/vector-cache.sqlite, so only a changed passage is embedded) and removes
 * it after them. `corpus.search(q, mode)` asks GET /api/search as a client does; `corpus.request(path)` any route.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pino } from 'pino'
import { afterAll, beforeAll, expect } from 'vitest'
import { embedClauses } from '../../indexer/embed/embed-clauses.js'
import { DEFAULT_VECTOR_CACHE_PATH, openVectorCache } from '../../indexer/embed/vector-cache.js'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { loadCorpusBuild } from '../../test/fixtures/corpus-build.js'
import type { IndexBuild } from '../../indexer/types.js'
import type { SearchResponse } from '../api-types.js'
import { createApp } from '../app.js'
import type { Embedder } from '../engine/types.js'
import { openSqliteEngine } from '../engine/sqlite/sqlite-engine.js'
import { IndexHolder } from '../index-holder.js'
import { loadEmbedder } from '../semantic/embedder.js'
import { buildSuggestIndex } from '../startup/suggest-source.js'

export interface SemanticCorpusApp {
  /** The search's JSON answer; `extra` is appended to the query string (`&page=2`). */
  search(q: string, mode: 'keyword' | 'semantic' | 'hybrid', extra?: string): Promise<SearchResponse>
  /** Any route's answer, as createApp gives it (`/api/clauses/<id>/similar`). */
  request(path: string): Promise<Response>
  /** The corpus build the app holds, to pick clauses by what they say rather than by id. */
  build(): IndexBuild
}

export function useSemanticCorpusApp(): SemanticCorpusApp {
  let dir: string | undefined
  let index: IndexHolder | undefined
  let embedder: Embedder | null = null
  let build: IndexBuild | undefined
  const segmenter = createSegmenter()
  const logger = pino({ level: 'silent' })
  beforeAll(async () => {
    embedder = await loadEmbedder()
    if (!embedder) throw new Error('useSemanticCorpusApp needs the embedding model (skip the file with modelForTests().skipped).')
    build = await loadCorpusBuild()
    dir = mkdtempSync(path.join(tmpdir(), 'semantic-corpus-'))
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
    if (dir) rmSync(dir, { recursive: true, force: true })
  })
  const built = () => {
    if (!index || !build) throw new Error('useSemanticCorpusApp(): the app is built in beforeAll; use it inside a test.')
    return { index, build }
  }
  const request = (route: string) =>
    Promise.resolve(createApp({ index: built().index, tokenizer: segmenter, embedder, logger, options: {} }).request(route))
  return {
    async search(q, mode, extra = '') {
      const res = await request(`/api/search?q=${encodeURIComponent(q)}&mode=${mode}${extra}`)
      expect(res.status, q).toBe(200)
      return (await res.json()) as SearchResponse
    },
    request,
    build: () => built().build,
  }
}
