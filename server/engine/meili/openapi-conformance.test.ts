/**
 * Every request the Meilisearch adapter builds, validated against Meilisearch's OpenAPI specification
 * (test/fixtures/meilisearch-openapi/, v1.15.2, with the corrections listed in request-validator.ts for
 * where it lags the server). Requests are captured from meilisearch-js itself (its httpClient option)
 * and then failed: no answer stands in for Meilisearch. What a real server does with them is the live suite's job.
 */
import { Meilisearch } from 'meilisearch'
import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../../indexer/segment/segmenter.js'
import { parseQuery } from '../../query/parse-query.js'
import { firstRequest, firstRequestTo } from '../../../test/fixtures/meilisearch-openapi/capture.js'
import {
  documentsProblems, OPERATION_CORRECTIONS, requestProblems, SPEC_CORRECTIONS, SPEC_VERSION,
} from '../../../test/fixtures/meilisearch-openapi/request-validator.js'
import { corpusTestBuild } from '../../../test/fixtures/meili-test-records.js'
import { documentBatches } from './batches.js'
import { toClauseDoc } from './documents.js'
import { indexCreation, swapPayload } from './indexing.js'
import { searchKeyCreation } from './keys.js'
import { createMeiliEngine } from './meili-engine.js'
import { replicatedNetwork } from './network.js'
import { clauseIndexSettings, planIndexSettings } from './settings.js'
import type { SearchQuery } from '../types.js'

const tokenizer = createSegmenter()
const build = corpusTestBuild(2)
const HOST = 'http://127.0.0.1:9'

function query(raw: string, extra: Partial<SearchQuery> = {}): SearchQuery {
  return { query: parseQuery(raw, tokenizer), filters: {}, mode: 'keyword', sort: 'relevance', offset: 0, limit: 20, facets: true, ...extra }
}

async function engineWith(httpClient: Parameters<typeof createMeiliEngine>[0]['httpClient'], useNetwork = false) {
  return createMeiliEngine({ url: HOST, apiKey: 'master-key-for-capture', searchKey: 'search-key-for-capture', tokenizer, indexUid: 'clauses', httpClient, useNetwork })
}

describe('the request validator', () => {
  it('reads the specification it is given, and cites the source for every correction', () => {
    expect(SPEC_VERSION).toBe('1.15.2')
    for (const c of [...SPEC_CORRECTIONS, ...OPERATION_CORRECTIONS]) expect(c.source).toMatch(/^crates\/[\w/-]+\.rs \(/)
  })

  it('checks the health probe too', async () => {
    const req = await firstRequest(({ httpClient }) => new Meilisearch({ host: HOST, httpClient }).health())
    expect(req).toEqual({ method: 'GET', path: '/health' })
    expect(requestProblems(req)).toEqual([])
  })

  it('rejects what Meilisearch would reject, so that passing means something', () => {
    expect(requestProblems({ method: 'PATCH', path: '/indexes/x/settings', body: { faceting: { maxValuesPerFacet: -1 } } })).not.toEqual([])
    expect(requestProblems({ method: 'PATCH', path: '/indexes/x/settings', body: { pagination: { maxTotalHit: 10 } } })).not.toEqual([])
    expect(requestProblems({ method: 'POST', path: '/multi-search', body: { queries: [{ indexUid: 'x', hitsPerPag: 0 }] } })).not.toEqual([])
    expect(requestProblems({ method: 'POST', path: '/multi-search', body: { queries: [{ q: 'x' }] } })).not.toEqual([])
    expect(requestProblems({ method: 'POST', path: '/swap-indexes', body: [{ indexes: 'a' }] })).not.toEqual([])
    expect(requestProblems({ method: 'GET', path: '/keys', query: { limt: '10' } })).not.toEqual([])
    expect(requestProblems({ method: 'POST', path: '/nowhere', body: {} })).toEqual(['POST /nowhere is not an operation of the specification'])
  })
})

describe('index settings against the specification', () => {
  it('accepts the clause settings with and without the userProvided embedder, and the plan settings', () => {
    for (const body of [
      clauseIndexSettings({ maxTotalHits: 1_000_001, dictionaryTerms: ['双减', '课后服务'] }),
      clauseIndexSettings({ maxTotalHits: 100_000, vectorDimension: 512 }),
      planIndexSettings(),
    ]) {
      expect(requestProblems({ method: 'PATCH', path: '/indexes/clauses-next/settings', body })).toEqual([])
    }
  })

  it('is sent by meilisearch-js as PATCH /indexes/{uid}/settings with that body', async () => {
    const settings = clauseIndexSettings({ maxTotalHits: 100_000 })
    const req = await firstRequest(({ httpClient }) => new Meilisearch({ host: HOST, httpClient }).index('clauses-next').updateSettings(settings))
    expect(req).toMatchObject({ method: 'PATCH', path: '/indexes/clauses-next/settings', body: settings })
    expect(requestProblems(req)).toEqual([])
  })
})

describe('indexing requests against the specification', () => {
  it('creates an index with pk as its primary key', async () => {
    const { uid, primaryKey } = indexCreation('clauses-next-x')
    const req = await firstRequest(({ httpClient }) => new Meilisearch({ host: HOST, httpClient }).createIndex(uid, { primaryKey }))
    expect(req).toEqual({ method: 'POST', path: '/indexes', body: { uid: 'clauses-next-x', primaryKey: 'pk' } })
    expect(requestProblems(req)).toEqual([])
  })

  it('adds documents as a JSON array body with no query parameters', async () => {
    const [batch] = documentBatches(build.clauses.slice(0, 3).map((c, i) => toClauseDoc(c, i, tokenizer)))
    const req = await firstRequest(({ httpClient }) =>
      new Meilisearch({ host: HOST, httpClient }).index('clauses-next').addDocumentsFromString(batch.json, 'application/json'))
    expect(req.method).toBe('POST')
    expect(req.path).toBe('/indexes/clauses-next/documents')
    expect(req.query).toBeUndefined()
    expect(requestProblems(req)).toEqual([])
    expect(documentsProblems(req.body, 'pk', [])).toEqual([])
  })

  it('swaps each live index with its new twin in one request', async () => {
    const swaps = swapPayload([['clauses', 'clauses-next-x'], ['clauses-plans', 'clauses-plans-next-x']])
    const req = await firstRequest(({ httpClient }) => new Meilisearch({ host: HOST, httpClient }).swapIndexes(swaps))
    expect(req).toEqual({
      method: 'POST', path: '/swap-indexes',
      body: [{ indexes: ['clauses', 'clauses-next-x'] }, { indexes: ['clauses-plans', 'clauses-plans-next-x'] }],
    })
    expect(requestProblems(req)).toEqual([])
  })

  it('waits for a task by its uid, lists indexes and deletes them with valid requests', async () => {
    const client = (httpClient: never) => new Meilisearch({ host: HOST, httpClient })
    const requests = [
      await firstRequest(({ httpClient }) => client(httpClient as never).tasks.waitForTask(42, { timeout: 1000 })),
      await firstRequest(({ httpClient }) => client(httpClient as never).getRawIndexes({ limit: 1000 })),
      await firstRequest(({ httpClient }) => client(httpClient as never).deleteIndex('clauses-next-x')),
    ]
    expect(requests.map((r) => `${r.method} ${r.path}${r.query ? '?' + new URLSearchParams(r.query) : ''}`)).toEqual([
      'GET /tasks/42', 'GET /indexes?limit=1000', 'DELETE /indexes/clauses-next-x',
    ])
    for (const r of requests) expect(requestProblems(r)).toEqual([])
  })
})

describe('keys against the specification', () => {
  it('creates the search-only key and pages through keys with valid requests', async () => {
    const body = searchKeyCreation(['clauses', 'clauses-plans'])
    const create = await firstRequest(({ httpClient }) => new Meilisearch({ host: HOST, httpClient }).createKey(body))
    expect(create).toEqual({ method: 'POST', path: '/keys', body })
    expect(requestProblems(create)).toEqual([])
    const list = await firstRequest(({ httpClient }) => new Meilisearch({ host: HOST, httpClient }).getKeys({ offset: 0, limit: 100 }))
    expect(list).toEqual({ method: 'GET', path: '/keys', query: { offset: '0', limit: '100' } })
    expect(requestProblems(list)).toEqual([])
  })
})

describe('searches against the specification', () => {
  const cases: [string, SearchQuery][] = [
    ['an exact run of Chinese characters', query('双减')],
    ['an exact phrase with filters (disjunctive facet queries)', query('教育', { filters: { city: ['江门市'], year: [2024], outlineOnly: true } })],
    ['a phrase with punctuation (candidates and checks)', query('"2024-2035"')],
    ['an OR of words (one candidate query per branch)', query('双减 OR 课后服务')],
    ['date order', query('双减', { sort: 'date' })],
    ['grouping by plan', query('双减', { groupByPlan: { perPlan: 3 } })],
    ['browsing a plan in document order', query('', { filters: { plan: ['plan-1'] } })],
    ['semantic search', query('课后服务', { mode: 'semantic', vector: Float32Array.from([0.1, 0.2, 0.3]) })],
    ['hybrid search', query('课后服务 作业', { mode: 'hybrid', vector: Float32Array.from([0.1, 0.2, 0.3]), sort: 'date' })],
  ]

  it.each(cases)('sends a valid multi-search for %s', async (_name, q) => {
    const req = await firstRequestTo('/multi-search', async ({ httpClient }) => (await engineWith(httpClient)).search(q))
    expect(req.method).toBe('POST')
    expect(req.path).toBe('/multi-search')
    expect(requestProblems(req)).toEqual([])
  })

  it('asks for semantic results above the model\'s similarity floor, as a ranking score, and for hybrid ones without it', async () => {
    const vector = Float32Array.from([0.1, 0.2, 0.3])
    const withModel = async (httpClient: Parameters<typeof createMeiliEngine>[0]['httpClient'], vectorModel?: string) =>
      createMeiliEngine({ url: HOST, apiKey: 'master-key-for-capture', searchKey: 'search-key-for-capture', tokenizer, indexUid: 'clauses', httpClient, vectorModel })
    const semantic = await firstRequestTo('/multi-search', async ({ httpClient }) => (await withModel(httpClient, 'bge-small-zh-v1.5-q8')).search(query('课后服务', { mode: 'semantic', vector })))
    const [main] = (semantic.body as { queries: Record<string, unknown>[] }).queries
    // Cosine 0.44 (similarity-floor.ts) is Meilisearch score (1 + 0.44) / 2.
    expect(main.rankingScoreThreshold).toBeCloseTo(0.72, 10)
    expect(requestProblems(semantic)).toEqual([])
    const hybrid = await firstRequestTo('/multi-search', async ({ httpClient }) => (await withModel(httpClient, 'bge-small-zh-v1.5-q8')).search(query('课后服务 作业', { mode: 'hybrid', vector })))
    expect((hybrid.body as { queries: Record<string, unknown>[] }).queries[0].rankingScoreThreshold).toBeUndefined()
    const uncalibrated = await firstRequestTo('/multi-search', async ({ httpClient }) => (await withModel(httpClient, 'some-other-model')).search(query('课后服务', { mode: 'semantic', vector })))
    expect((uncalibrated.body as { queries: Record<string, unknown>[] }).queries[0].rankingScoreThreshold).toBeUndefined()
  })

  it('asks Meilisearch itself for an exact phrase, with an exhaustive count and facets', async () => {
    const req = await firstRequest(async ({ httpClient }) => (await engineWith(httpClient)).search(query('双减')))
    const [main] = (req.body as { queries: Record<string, unknown>[] }).queries
    expect(main).toMatchObject({ q: '"双 减"', page: 1, hitsPerPage: 20, matchingStrategy: 'all', attributesToSearchOn: ['headingChars', 'textChars', 'textCharsMore'] })
    expect(main.facets).toEqual(['city', 'province', 'year', 'themes', 'level'])
  })

  it('adds useNetwork: true to every query when the network is on, and the result is still valid', async () => {
    for (const [, q] of cases) {
      const req = await firstRequestTo('/multi-search', async ({ httpClient }) => (await engineWith(httpClient, true)).search(q))
      const queries = (req.body as { queries: { useNetwork?: boolean }[] }).queries
      expect(queries.every((x) => x.useNetwork === true)).toBe(true)
      expect(requestProblems(req)).toEqual([])
    }
  })

  it('reads clauses and plans with valid search requests, on the network too', async () => {
    for (const useNetwork of [false, true]) {
      const req = await firstRequest(async ({ httpClient }) => (await engineWith(httpClient, useNetwork)).getClause('plan-0-1'))
      expect(req.path).toBe('/indexes/clauses/search')
      expect((req.body as { useNetwork?: boolean }).useNetwork).toBe(useNetwork ? true : undefined)
      expect(requestProblems(req)).toEqual([])
    }
  })
})

describe('the network setup against the specification and the source', () => {
  const nodes = [0, 1, 2].map((i) => ({ name: `ms-${i}`, url: `http://meili-${i}:7700` }))
  const setup = replicatedNetwork(nodes, 'ms-0', { searchApiKey: 'search-key', writeApiKey: 'write-key' })

  it('gives three nodes three shards, each on two nodes, led by the first', () => {
    expect(setup.leader).toBe('ms-0')
    expect(setup.shards).toEqual({
      'shard-0': { remotes: ['ms-0', 'ms-1'] },
      'shard-1': { remotes: ['ms-1', 'ms-2'] },
      'shard-2': { remotes: ['ms-2', 'ms-0'] },
    })
  })

  it('is a valid PATCH /network body, sent as is by meilisearch-js', async () => {
    const req = await firstRequest(({ httpClient }) => new Meilisearch({ host: HOST, httpClient }).updateNetwork(setup))
    expect(req).toEqual({ method: 'PATCH', path: '/network', body: setup })
    expect(requestProblems(req)).toEqual([])
    expect(requestProblems({ method: 'PATCH', path: '/experimental-features', body: { network: true } })).toEqual([])
  })

  it('refuses a replica count the nodes cannot hold', () => {
    expect(() => replicatedNetwork(nodes, 'ms-0', { searchApiKey: 's', writeApiKey: 'w' }, 4)).toThrow(
      'Meilisearch network: 4 replicas need as many nodes (there are 3)',
    )
  })
})
