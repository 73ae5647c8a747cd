import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { embedClauses } from '../../indexer/embed/embed-clauses.js'
import { DEFAULT_VECTOR_CACHE_PATH, openVectorCache } from '../../indexer/embed/vector-cache.js'
import { normalizeForMatch } from '../../indexer/normalize.js'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import type { ClauseRecord } from '../../indexer/types.js'
import { RELEVANCE_FEEDBACK, relevanceFeedback } from '../../server/engine/relevance-feedback.js'
import { rankWeights } from '../../server/engine/sqlite/rank-weights.js'
import { SIMILARITY_FLOORS } from '../../server/engine/similarity-floor.js'
import { openSqliteEngine } from '../../server/engine/sqlite/sqlite-engine.js'
import type { Embedder, SearchEngine, SearchMode, SearchResult } from '../../server/engine/types.js'
import { parseQuery } from '../../server/query/parse-query.js'
import { QUESTION_ONLY_MESSAGE } from '../../server/query/question-only.js'
import { prepareQuery } from '../../server/routes/search-request.js'
import { EMBEDDING_MODEL_ID, describeModelStatus, loadEmbedder } from '../../server/semantic/embedder.js'
import { modelForTests } from '../../server/testing/model-for-tests.js'
import { loadCorpusBuild } from '../fixtures/corpus-build.js'
import { HELD_OUT_OFF_TOPIC_QUERIES, OFF_TOPIC_QUERIES } from './tune-threshold.js'

describe.skipIf(modelForTests().skipped)('semantic and hybrid results with the real model on the bundled corpus', () => {
  const work = mkdtempSync(join(tmpdir(), 'honest-results-'))
  const tokenizer = createSegmenter()
  let engine: SearchEngine
  let embedder: Embedder

  beforeAll(async () => {
    const loaded = await loadEmbedder({ modelDir: modelForTests().location!.modelsDir })
    if (!loaded) throw new Error(describeModelStatus().reason)
    embedder = loaded
    const build = await loadCorpusBuild()
    const cache = openVectorCache(DEFAULT_VECTOR_CACHE_PATH)
    try {
      engine = await openSqliteEngine({ path: join(work, 'index.sqlite') })
      await engine.replaceAll(build, await embedClauses(build.clauses, embedder, cache))
    } finally {
      cache.close()
    }
  }, 300_000)
  afterAll(async () => {
    await engine?.close()
    rmSync(work, { recursive: true, force: true })
  })

  // As the server asks: hybrid widens everyday words (比赛 → 竞赛), and both modes embed the official words too.
  const search = async (text: string, mode: SearchMode, offset = 0, limit = 20): Promise<SearchResult> => {
    const { parsed, engineMode, vector } = await prepareQuery(text, mode, tokenizer, embedder)
    return engine.search({ query: parsed, filters: {}, mode: engineMode, vector, sort: 'relevance', offset, limit, facets: true })
  }

  it('has a calibrated similarity floor for the model the server loads', () => {
    expect(SIMILARITY_FLOORS.get(EMBEDDING_MODEL_ID)?.semantic).toBeGreaterThan(0)
  })

  it('returns at most 3 clauses for nonsense and off-topic queries, with totals and facets equal to what paging returns', async () => {
    for (const text of OFF_TOPIC_QUERIES) {
      for (const mode of ['semantic', 'hybrid'] as const) {
        const result = await search(text, mode, 0, 100)
        expect(result.total, `${mode} ${text}`).toBeLessThanOrEqual(3)
        expect(result.hits.length, `${mode} ${text}`).toBe(result.total)
        expect(result.facets!.year.reduce((s, v) => s + v.count, 0), `${mode} ${text}`).toBe(result.total)
      }
    }
  })

  // In hybrid mode a short query is also an exact phrase: 好 and 问题 are in 109 and 31 clauses, and those stay.
  it('finds at most 3 close clauses for greetings and off-topic queries the floor was not chosen on', async () => {
    const over: string[] = []
    for (const text of HELD_OUT_OFF_TOPIC_QUERIES) {
      // The floor alone, as the engine applies it: the server answers 你好 before any vector (question-only.ts).
      const vector = await embedder.embedQuery(text)
      const semantic = (await engine.search({ query: parseQuery(text, tokenizer), filters: {}, mode: 'semantic', vector, sort: 'relevance', offset: 0, limit: 100, facets: false })).total
      const keyword = (await search(text, 'keyword', 0, 1000)).total
      const hybrid = (await search(text, 'hybrid', 0, 1000)).total
      if (semantic > 3 || hybrid - keyword > 3) over.push(`${text}: semantic ${semantic}, hybrid ${hybrid} of which keyword ${keyword}`)
    }
    expect(over).toEqual([])
  })

  it('answers question words alone with a message in semantic mode and with their keyword part in hybrid mode', async () => {
    for (const text of ['怎么样', '为什么？', '可以吗']) {
      const semantic = await search(text, 'semantic', 0, 100)
      expect([semantic.total, semantic.emptyReason], text).toEqual([0, QUESTION_ONLY_MESSAGE])
      const keyword = await search(text, 'keyword', 0, 100)
      const hybrid = await search(text, 'hybrid', 0, 100)
      expect(hybrid.hits.map((h) => h.clause.id), text).toEqual(keyword.hits.map((h) => h.clause.id))
    }
  })

  it('gives hybrid 双减 the keyword matches and only the close neighbours, and pages through exactly its total', async () => {
    const keyword = await search('双减', 'keyword', 0, 100)
    const hybrid = await search('双减', 'hybrid', 0, 100)
    expect(hybrid.total).toBeGreaterThanOrEqual(keyword.total)
    expect(hybrid.total).toBeLessThan(keyword.total + 20)
    const paged: string[] = []
    for (let offset = 0; offset < hybrid.total; offset += 7) paged.push(...(await search('双减', 'hybrid', offset, 7)).hits.map((h) => h.clause.id))
    expect(paged).toEqual(hybrid.hits.map((h) => h.clause.id))
    expect(new Set(hybrid.hits.slice(0, keyword.total).map((h) => h.clause.id))).toEqual(new Set(keyword.hits.map((h) => h.clause.id)))
  })

  it('marks the total a lower bound when more clauses are close than the 100 it lists (教育), and exact when fewer are (双减)', async () => {
    for (const mode of ['semantic', 'hybrid'] as const) {
      const broad = await search('教育', mode, 0, 20)
      expect([broad.total >= 100, broad.totalIsLowerBound], `${mode} 教育`).toEqual([true, true])
      const narrow = await search('双减', mode, 0, 20)
      expect([narrow.total < 100, narrow.totalIsLowerBound], `${mode} 双减`).toEqual([true, undefined])
    }
    expect((await search('教育', 'keyword', 0, 20)).totalIsLowerBound).toBeUndefined()
  })

  it('feeds the query back towards its nearest clauses to order the set, but keeps the set its own cosine admits', async () => {
    const chosen = relevanceFeedback(EMBEDDING_MODEL_ID)
    expect(chosen.weight).toBeGreaterThan(0)
    const ids = (r: SearchResult) => r.hits.map((h) => h.clause.id)
    try {
      for (const text of ['孩子作业太多怎么办', '学校安全怎么保障', '上幼儿园太贵了']) {
        for (const mode of ['semantic', 'hybrid'] as const) {
          RELEVANCE_FEEDBACK.set(EMBEDDING_MODEL_ID, { ...chosen, weight: 0 })
          const own = await search(text, mode, 0, 1000)
          RELEVANCE_FEEDBACK.set(EMBEDDING_MODEL_ID, chosen)
          const fed = await search(text, mode, 0, 1000)
          expect(fed.total, `${mode} ${text}`).toBe(own.total)
          expect(new Set(ids(fed)), `${mode} ${text}`).toEqual(new Set(ids(own)))
          expect(fed.facets, `${mode} ${text}`).toEqual(own.facets)
        }
      }
    } finally {
      RELEVANCE_FEEDBACK.set(EMBEDDING_MODEL_ID, chosen)
    }
  })

  // Free text: a title is short, so its BM25 is high; it still ranks below every clause with text that holds
  // as many of the query's words (keyword mode's score counts them in thousands: rank-weights.ts).
  it('never ranks a heading-only clause above a clause with text that holds as many words of a hybrid question', async () => {
    for (const question of ['怎么减轻学生作业负担', '学前教育普及', '课后服务怎么收费', '孩子作业太多怎么办', '学校安全怎么保障']) {
      const keyword = await search(question, 'keyword', 0, 1000)
      // The tier's word part, in units of a leftover character (half a word, rank-weights.ts).
      const words = new Map(keyword.hits.map((h) => [h.clause.id, Math.floor(h.score / rankWeights.character)]))
      const hits = (await search(question, 'hybrid', 0, 1000)).hits.map((h) => h.clause)
      const titles = hits.filter((c) => c.outlineOnly && (words.get(c.id) ?? 0) > 0)
      expect(titles.length, `${question}: a heading-only clause holds some of its words`).toBeGreaterThan(0)
      hits.forEach((title, i) => {
        if (!title.outlineOnly || !words.get(title.id)) return
        const below = hits.slice(i + 1).filter((c) => !c.outlineOnly && (words.get(c.id) ?? 0) >= words.get(title.id)!)
        expect(below.map((c) => c.id), `${question}: ${title.heading} (${words.get(title.id)} words)`).toEqual([])
      })
    }
  })

  it('never ranks a heading-only clause above a clause with text that contains the same phrase', async () => {
    const contains = (c: ClauseRecord, phrase: string) => normalizeForMatch(`${c.heading}\n${c.text}`).includes(phrase)
    for (const phrase of ['双减', '作业', '课后服务', '集团化办学', '督导']) {
      for (const mode of ['keyword', 'semantic', 'hybrid'] as const) {
        const hits = (await search(phrase, mode, 0, 100)).hits.map((h) => h.clause).filter((c) => contains(c, phrase))
        const firstHeadingOnly = hits.findIndex((c) => c.outlineOnly)
        expect(firstHeadingOnly, `${mode} ${phrase}: a heading-only clause contains it`).toBeGreaterThanOrEqual(0)
        expect(hits.slice(firstHeadingOnly).every((c) => c.outlineOnly), `${mode} ${phrase}`).toBe(true)
      }
    }
  })
})
