/**
 * The Meilisearch engine against a real Meilisearch (MEILI_URL, and MEILI_MASTER_KEY when it has one).
 * Skipped, with one line saying so, when MEILI_URL is not set. Each run uses its own index uids and
 * deletes them afterwards.
 */
import { Meilisearch } from 'meilisearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { normalizeForMatch } from '../../../indexer/normalize.js'
import { createSegmenter } from '../../../indexer/segment/segmenter.js'
import { parseQuery } from '../../query/parse-query.js'
import { clauseSearchText } from '../char-grams.js'
import { createMeiliEngine } from './meili-engine.js'
import type { MeiliEngine } from './meili-engine.js'
import { ensureSearchKey } from './keys.js'
import { corpusTestBuild } from '../../../test/fixtures/meili-test-records.js'
import type { ClauseVectors, SearchFilters, SearchQuery } from '../types.js'
import type { IndexProgress } from './indexing.js'

const MEILI_URL = process.env.MEILI_URL
const MASTER_KEY = process.env.MEILI_MASTER_KEY || undefined
if (!MEILI_URL) console.log('Meilisearch tests skipped: MEILI_URL is not set')

const tokenizer = createSegmenter()
const build = corpusTestBuild()
const uid = `policy-test-${Date.now().toString(36)}`
const norm = new Map(build.clauses.map((c) => [c.id, normalizeForMatch(clauseSearchText(c))]))

function query(raw: string, extra: Partial<SearchQuery> = {}): SearchQuery {
  return { query: parseQuery(raw, tokenizer), filters: {}, mode: 'keyword', sort: 'relevance', offset: 0, limit: 100, facets: false, ...extra }
}

describe.skipIf(!MEILI_URL)('createMeiliEngine on a real Meilisearch', () => {
  let engine: MeiliEngine
  const admin = new Meilisearch({ host: MEILI_URL ?? 'http://127.0.0.1:7700', apiKey: MASTER_KEY })

  async function allIds(q: SearchQuery): Promise<string[]> {
    const ids: string[] = []
    for (let offset = 0; ; offset += q.limit) {
      const r = await engine.search({ ...q, offset })
      ids.push(...r.hits.map((h) => h.clause.id))
      if (offset + q.limit >= r.total) return ids
    }
  }

  beforeAll(async () => {
    engine = await createMeiliEngine({ url: MEILI_URL!, apiKey: MASTER_KEY, indexUid: uid, tokenizer, timeoutMs: 10_000 })
    await engine.replaceAll(build)
  }, 300_000)

  afterAll(async () => {
    for (const u of [uid, `${uid}-plans`]) await admin.deleteIndex(u).waitTask().catch(() => undefined)
  })

  it('reports the build in health(), with the engine and its limits', async () => {
    expect(await engine.health()).toEqual({
      ok: true, plans: 4, clauses: build.clauses.length, vectors: 0, indexedAt: build.builtAt, description: engine.describe(),
    })
  })

  it.each(['双减', '课后服务', '劳动教育', '思政课', '集团化办学', '2025年', '教育', '减', '"五项管理"', '“双减”', '"2024-2035"'])(
    'returns exactly the clauses containing %s',
    async (term) => {
      const parsed = parseQuery(term, tokenizer)
      const match = (parsed.groups[0][0] as { match: string }).match
      const expected = build.clauses.filter((c) => norm.get(c.id)!.includes(match)).map((c) => c.id).sort()
      expect((await allIds(query(term))).sort()).toEqual(expected)
    },
  )

  it('ANDs, ORs and excludes exactly', async () => {
    const has = (id: string, s: string) => norm.get(id)!.includes(s)
    const ids = build.clauses.map((c) => c.id)
    expect((await allIds(query('双减 作业'))).sort()).toEqual(ids.filter((id) => has(id, '双减') && has(id, '作业')).sort())
    expect((await allIds(query('双减 OR 课后服务'))).sort()).toEqual(ids.filter((id) => has(id, '双减') || has(id, '课后服务')).sort())
    expect((await allIds(query('课后服务 -双减'))).sort()).toEqual(ids.filter((id) => has(id, '课后服务') && !has(id, '双减')).sort())
  })

  it('counts facets over the whole result, each without its own filter', async () => {
    const filters: SearchFilters = { city: ['江门市'], year: [2024] }
    const r = await engine.search(query('教育', { filters, facets: true, limit: 5 }))
    const matching = build.clauses.filter((c) => norm.get(c.id)!.includes('教育'))
    const count = (list: typeof matching, key: (c: (typeof matching)[number]) => string | null) => {
      const m = new Map<string, number>()
      for (const c of list) {
        const v = key(c)
        if (v !== null) m.set(v, (m.get(v) ?? 0) + 1)
      }
      return m
    }
    expect(r.total).toBe(matching.filter((c) => c.city === '江门市' && c.year === 2024).length)
    expect(new Map(r.facets!.city.map((f) => [f.value, f.count]))).toEqual(count(matching.filter((c) => c.year === 2024), (c) => c.city))
    expect(new Map(r.facets!.year.map((f) => [f.value, f.count]))).toEqual(
      count(matching.filter((c) => c.city === '江门市'), (c) => (c.year === null ? null : String(c.year))),
    )
  })

  it('browses filtered clauses in document order with an empty query, and agrees with facets()', async () => {
    const r = await engine.search(query('', { filters: { plan: ['plan-2'] }, limit: 10, facets: true }))
    const expected = build.clauses.filter((c) => c.planId === 'plan-2')
    expect(r.total).toBe(expected.length)
    expect(r.hits.map((h) => h.clause)).toEqual(expected.slice(0, 10))
    expect(await engine.facets({ plan: ['plan-2'] })).toEqual(r.facets)
  })

  it('groups hits by plan with each plan\'s total', async () => {
    const r = await engine.search(query('双减', { groupByPlan: { perPlan: 2 } }))
    const totals = new Map<string, number>()
    for (const c of build.clauses) if (norm.get(c.id)!.includes('双减')) totals.set(c.planId, (totals.get(c.planId) ?? 0) + 1)
    expect(new Map(r.groups!.map((g) => [g.planId, g.total]))).toEqual(totals)
    expect(r.groups!.every((g) => g.hits.length === Math.min(2, g.total))).toBe(true)
  })

  it('reads clauses, plans and a plan\'s clauses back exactly', async () => {
    expect(await engine.getClause(build.clauses[7].id)).toEqual(build.clauses[7])
    expect(await engine.getClause('../keys')).toBeNull()
    expect(await engine.getPlan('plan-1')).toEqual(build.plans[1])
    expect((await engine.listPlans()).map((p) => p.id)).toEqual(['plan-0', 'plan-1', 'plan-2', 'plan-3'])
    expect(await engine.planClauses('plan-3')).toEqual(build.clauses.filter((c) => c.planId === 'plan-3'))
  })

  it('treats hostile filter values as values', async () => {
    for (const city of ['" OR 1=1 --', "x' OR city EXISTS OR city = 'y", 'x\\', '荆门市"]']) {
      const r = await engine.search(query('教育', { filters: { city: [city] } }))
      expect(r.total).toBe(0)
    }
  })

  it.skipIf(!MASTER_KEY)('queries with a search-only key restricted to the portal\'s indexes', async () => {
    const key = await ensureSearchKey(admin, [uid, `${uid}-plans`])
    expect(key).not.toBe(MASTER_KEY)
    const info = await admin.getKey(key)
    expect(info.actions).toEqual(['search'])
    expect([...info.indexes].sort()).toEqual([uid, `${uid}-plans`].sort())
    expect(await ensureSearchKey(admin, [uid, `${uid}-plans`])).toBe(key)
    const asSearch = new Meilisearch({ host: MEILI_URL!, apiKey: key })
    await expect(asSearch.index(uid).addDocuments([{ pk: 'x' }])).rejects.toThrow()
  })

  it('swaps a new index in atomically: every search during replaceAll sees the old or the new total', async () => {
    const small = corpusTestBuild(2)
    const totalOf = (b: typeof build) => b.clauses.filter((c) => normalizeForMatch(clauseSearchText(c)).includes('教育')).length
    const allowed = new Set([totalOf(build), totalOf(small)])
    let done = false
    const seen: number[] = []
    const replacing = engine.replaceAll(small).finally(() => (done = true))
    while (!done) seen.push((await engine.search(query('教育', { limit: 1 }))).total)
    await replacing
    expect(seen.every((t) => allowed.has(t))).toBe(true)
    expect((await engine.search(query('教育', { limit: 1 }))).total).toBe(totalOf(small))
    await engine.replaceAll(build)
  }, 300_000)
})

describe.skipIf(!MEILI_URL)('createMeiliEngine on a real Meilisearch: totals, limits and vectors', () => {
  const uid2 = `${uid}-limits`
  const admin = new Meilisearch({ host: MEILI_URL ?? 'http://127.0.0.1:7700', apiKey: MASTER_KEY })
  const progress: IndexProgress[] = []
  // A tiny candidate cap so that the cap is reached on the test corpus.
  const CAP = 10
  let engine: MeiliEngine
  // Every other clause has a vector: the rest are sent with _vectors.clauses = null.
  const dim = 8
  const vectors: ClauseVectors = {
    model: 'test-vectors',
    dimension: dim,
    byId: new Map(build.clauses.filter((_, i) => i % 2 === 0).map((c, i) => [c.id, Float32Array.from({ length: dim }, (_, k) => Math.sin(i + k))])),
  }
  const longClause = { ...build.clauses[0], id: 'plan-0-long', order: 99_999, text: '推进集团化办学，'.repeat(9000) + '尾部独有短语末端。' }
  // A table-of-contents title (no text) whose heading holds a phrase that clauses with text also hold.
  const titleOnly = { ...build.clauses[1], id: 'plan-1-title', order: 99_998, heading: '深入推进集团化办学', text: '', outlineOnly: true }
  const withLong = { ...build, clauses: [...build.clauses, longClause, titleOnly] }
  const normOf = (c: (typeof withLong.clauses)[number]) => normalizeForMatch(clauseSearchText(c))

  beforeAll(async () => {
    engine = await createMeiliEngine({
      url: MEILI_URL!, apiKey: MASTER_KEY, indexUid: uid2, tokenizer, timeoutMs: 10_000, candidateLimit: CAP,
      batchBytes: 64 * 1024, onProgress: (p) => progress.push(p),
    })
    await engine.replaceAll(withLong, vectors)
  }, 300_000)

  afterAll(async () => {
    for (const u of [uid2, `${uid2}-plans`]) await admin.deleteIndex(u).waitTask().catch(() => undefined)
  })

  it('loads in several byte-sized batches, reports documents/s, and keeps clauses without a vector', async () => {
    const done = progress.at(-1)!
    expect(done).toMatchObject({ phase: 'done', documents: withLong.clauses.length, total: withLong.clauses.length, splitClauses: 1 })
    expect(done.batches).toBeGreaterThan(1)
    expect(done.documentsPerSecond).toBeGreaterThan(0)
    expect((await engine.health()).clauses).toBe(withLong.clauses.length)
    expect(await engine.getVector(build.clauses[1].id)).toBeNull()
    expect(await engine.getVector(build.clauses[0].id)).toEqual(vectors.byId.get(build.clauses[0].id))
  })

  it('ranks a heading-only clause below every clause with text that contains the same phrase', async () => {
    // An exact run (Meilisearch's own order: the withText rule) and a checked query (the adapter's order).
    for (const raw of ['集团化办学', '集团化办学 -尾部独有短语']) {
      const ids = (await engine.search(query(raw, { limit: 100 }))).hits.map((h) => h.clause.id)
      expect(ids, raw).toContain(titleOnly.id)
      expect(ids.at(-1), raw).toBe(titleOnly.id)
    }
  })

  it('counts an exact Chinese run by Meilisearch itself, past the candidate cap, with exact facets', async () => {
    const matching = withLong.clauses.filter((c) => normOf(c).includes('教育'))
    expect(matching.length).toBeGreaterThan(CAP)
    const r = await engine.search(query('教育', { facets: true, limit: 5 }))
    expect(r.total).toBe(matching.length)
    expect(r.totalIsLowerBound).toBeUndefined()
    const cities = new Map<string, number>()
    for (const c of matching) if (c.city) cities.set(c.city, (cities.get(c.city) ?? 0) + 1)
    expect(new Map(r.facets!.city.map((f) => [f.value, f.count]))).toEqual(cities)
  })

  it('says the total is a lower bound when checked candidates reach the cap, and never reports more than it found', async () => {
    const matching = withLong.clauses.filter((c) => normOf(c).includes('教育') || normOf(c).includes('学校'))
    const r = await engine.search(query('教育 OR 学校', { facets: true }))
    expect(r.totalIsLowerBound).toBe(true)
    expect(r.total).toBeLessThanOrEqual(matching.length)
    const sorted = await engine.search(query('教育', { sort: 'date' }))
    expect(sorted.totalIsLowerBound).toBe(true)
  })

  it('finds a phrase in the tail of a clause longer than 65,536 positions', async () => {
    const r = await engine.search(query('"尾部独有短语"'))
    expect(r.hits.map((h) => h.clause.id)).toEqual(['plan-0-long'])
  })

  it('answers hybrid and semantic search over partial vectors', async () => {
    const vector = vectors.byId.get(build.clauses[0].id)!
    const semantic = await engine.search(query('', { mode: 'semantic', vector, limit: 3 }))
    expect(semantic.hits[0].clause.id).toBe(build.clauses[0].id)
    const hybrid = await engine.search(query('双减', { mode: 'hybrid', vector, limit: 5 }))
    expect(hybrid.hits.length).toBeGreaterThan(0)
  })
})
