/**
 * Running a SearchQuery against Meilisearch (see query.ts for what is asked and why).
 * Browsing, exact phrases and semantic search: one multi-search (the page, plus one query per filtered
 * facet without its own filter). Other keyword searches: candidate queries, exact checks, then one
 * request for the full records of the returned page; past the candidate cap the total, facets and
 * groups are lower bounds and the result says so.
 */
import type { Meilisearch, MultiSearchQuery, SearchResponse } from 'meilisearch'
import { normalizeForMatch } from '../../../indexer/normalize.js'
import type { MeiliConnection } from './client.js'
import { CLAUSE_ATTRIBUTES, EMBEDDER_NAME, fromClauseDoc } from './documents.js'
import type { MeiliClauseDoc } from './documents.js'
import { SemanticUnavailableError } from '../errors.js'
import { queryVector } from './heading-only-axis.js'
import { FACET_ATTRIBUTE, buildFilter, facetConditions, filterExpression, quoteFilterValue } from './filter.js'
import {
  CANDIDATE_ATTRIBUTES, browseSort, compareRanked, computeFacets, distributionToValues, evaluate,
  excludedPhrases, matchesFacetFilters, pageWindow, planSearch,
} from './query.js'
import type { Candidate, Ranked } from './query.js'
import { CHAR_ATTRIBUTES, WORD_ATTRIBUTES } from './settings.js'
import { FACET_FIELDS } from '../types.js'
import type { FacetField, Facets, PlanGroup, SearchFilters, SearchHit, SearchQuery, SearchResult } from '../types.js'

export interface SearchOptions {
  /** Most candidates fetched for one keyword query (see the module comment of query.ts). */
  candidateLimit: number
  /** pagination.maxTotalHits of the live clause index: a count that reaches it may be cut. */
  totalCap(): Promise<number>
  /** Whether the live index's vectors carry the heading-only axis (heading-only-axis.ts); absent: they do not. */
  headingAxis?(): Promise<boolean>
  /** Ask Meilisearch's network rather than one instance (`useNetwork: true` on every query). */
  useNetwork?: boolean
  /** Least cosine of a semantic-mode result (similarity-floor.ts); absent or −Infinity: no floor. */
  semanticFloor?: number
}

/**
 * Meilisearch's ranking score of a clause at cosine `cosine` from the query vector, in semantic mode with a
 * user-provided embedder: its vector store (arroy) measures cosine distance as (1 − cos) / 2 and the score is
 * 1 − distance (milli, search/new/vector_sort.rs), no distribution shift being configured (settings.ts).
 */
export function rankingScoreOfCosine(cosine: number): number {
  return (1 + cosine) / 2
}

/** A multi-search query with `useNetwork` (Meilisearch ≥ 1.37; meilisearch-js 0.62 does not type it). */
export type NetworkQuery = MultiSearchQuery & { useNetwork?: boolean }

const LOCALES = ['cmn']

/** No filter at all rather than an empty expression. */
const orNone = (expression: string) => (expression === '' ? undefined : expression)

export function emptyFacets(): Facets {
  return { city: [], province: [], year: [], theme: [], level: [] }
}

/** The main query and, for each facet with its own filter, a count query without that filter. */
function withFacetQueries(
  main: MultiSearchQuery,
  filters: SearchFilters,
  excludeIds: readonly string[] | undefined,
): { queries: MultiSearchQuery[]; facetIndex: Map<FacetField, number> } {
  const queries = [main]
  const facetIndex = new Map<FacetField, number>()
  const own: string[] = []
  for (const facet of FACET_FIELDS) {
    if (facetConditions(filters, facet).length === 0) {
      own.push(FACET_ATTRIBUTE[facet])
      facetIndex.set(facet, 0)
      continue
    }
    facetIndex.set(facet, queries.length)
    queries.push({
      ...main,
      filter: orNone(filterExpression(buildFilter(filters, { exceptFacet: facet, excludeIds }))),
      facets: [FACET_ATTRIBUTE[facet]],
      page: 1,
      hitsPerPage: 0,
      attributesToRetrieve: ['id'],
    })
  }
  main.facets = own
  return { queries, facetIndex }
}

function readFacets(results: SearchResponse[], facetIndex: Map<FacetField, number>): Facets {
  const facets = emptyFacets()
  for (const facet of FACET_FIELDS) {
    const r = results[facetIndex.get(facet) ?? 0]
    facets[facet] = distributionToValues(r?.facetDistribution?.[FACET_ATTRIBUTE[facet]])
  }
  return facets
}

/** The multi-search body: with the network on, each query asks every shard (search/mod.rs, `use_network`). */
export function multiSearchBody(queries: readonly MultiSearchQuery[], useNetwork = false): { queries: NetworkQuery[] } {
  return { queries: queries.map((q) => (useNetwork ? { ...q, useNetwork: true } : { ...q })) }
}

async function multiSearch(
  conn: MeiliConnection,
  client: Meilisearch,
  action: string,
  queries: MultiSearchQuery[],
  useNetwork = conn.options.useNetwork,
) {
  const res = await conn.call(action, () => client.multiSearch(multiSearchBody(queries, useNetwork)))
  return res.results as SearchResponse[]
}

/** Meilisearch's count of a result, and whether it may be cut at the index's maxTotalHits. */
async function countOf(r: SearchResponse, options: SearchOptions): Promise<{ total: number; capped: boolean }> {
  const total = r.totalHits ?? r.estimatedTotalHits ?? r.hits.length
  return { total, capped: total >= (await options.totalCap()) }
}

/** Browsing, semantic and hybrid: Meilisearch pages, counts and facets by itself. */
async function nativeSearch(
  conn: MeiliConnection,
  client: Meilisearch,
  query: SearchQuery,
  extra: Partial<MultiSearchQuery>,
  options: SearchOptions,
): Promise<SearchResult> {
  const win = pageWindow(query.offset, query.limit)
  const main: MultiSearchQuery = {
    indexUid: conn.clauseUid,
    filter: orNone(filterExpression(buildFilter(query.filters, { excludeIds: query.excludeIds }))),
    page: win.page,
    hitsPerPage: win.hitsPerPage,
    attributesToRetrieve: [...CLAUSE_ATTRIBUTES, 'norm'],
    showRankingScore: true,
    locales: LOCALES,
    ...extra,
  }
  const { queries, facetIndex } = query.facets
    ? withFacetQueries(main, query.filters, query.excludeIds)
    : { queries: [main], facetIndex: new Map<FacetField, number>() }
  const results = await multiSearch(conn, client, 'search', queries)
  const first = results[0]
  // Exclusions cannot be filters; in semantic/hybrid mode they are dropped from the page (the total is an estimate there).
  const excluded = excludedPhrases(query.query)
  const docs = (first.hits as (MeiliClauseDoc & { _rankingScore?: number })[])
    .slice(win.skip)
    .filter((d) => !excluded.some((e) => d.norm.includes(e.match)))
  const hits: SearchHit[] = docs.map((d) => ({ clause: fromClauseDoc(d), score: d._rankingScore ?? 0 }))
  const dropped = first.hits.length - win.skip - docs.length
  const { total, capped } = await countOf(first, options)
  return {
    total: Math.max(0, total - dropped),
    hits,
    facets: query.facets ? readFacets(results, facetIndex) : null,
    ...(capped ? { totalIsLowerBound: true } : {}),
  }
}

async function fetchCandidates(
  conn: MeiliConnection,
  client: Meilisearch,
  branches: readonly string[],
  filter: string,
  options: SearchOptions,
): Promise<{ candidates: Candidate[]; capped: boolean }> {
  const queries = candidateQueriesFor(conn.clauseUid, branches, filter, options.candidateLimit)
  const results = await multiSearch(conn, client, 'search', queries)
  const byId = new Map<string, Candidate>()
  let capped = false
  for (const r of results) {
    // Every candidate came back, or the cap cut the list: then what is counted here is a lower bound.
    if (isCandidateListCut(r, options.candidateLimit)) capped = true
    for (const hit of r.hits as Candidate[]) {
      const seen = byId.get(hit.id)
      if (!seen || (hit._rankingScore ?? 0) > (seen._rankingScore ?? 0)) byId.set(hit.id, hit)
    }
  }
  return { candidates: [...byId.values()], capped }
}

/**
 * Whether Meilisearch matched more candidates than it returned: the list is as long as the cap, or
 * its estimate says more matched. Then counts made from the list are lower bounds.
 */
export function isCandidateListCut(r: Pick<SearchResponse, 'hits' | 'estimatedTotalHits'>, limit: number): boolean {
  return r.hits.length >= limit || (r.estimatedTotalHits ?? 0) > r.hits.length
}

/** One candidate query per branch: offset/limit (estimatedTotalHits tells whether more matched). */
export function candidateQueriesFor(indexUid: string, branches: readonly string[], filter: string, limit: number): MultiSearchQuery[] {
  return branches.map((q) => ({
    indexUid,
    q,
    filter: orNone(filter),
    offset: 0,
    limit,
    attributesToRetrieve: [...CANDIDATE_ATTRIBUTES],
    showRankingScore: true,
    locales: LOCALES,
    ...(q === '' ? { sort: ['seq:asc'] } : { attributesToSearchOn: [...CHAR_ATTRIBUTES], matchingStrategy: 'all' as const }),
  }))
}

/** Full records for ids, in the order given. */
async function fetchClauses(conn: MeiliConnection, client: Meilisearch, ids: readonly string[]): Promise<Map<string, MeiliClauseDoc>> {
  const out = new Map<string, MeiliClauseDoc>()
  const quoted = ids.map(quoteFilterValue).filter((v): v is string => v !== null)
  for (let i = 0; i < quoted.length; i += 500) {
    const chunk = quoted.slice(i, i + 500)
    const [r] = await multiSearch(conn, client, 'fetching clauses', [{
      indexUid: conn.clauseUid,
      filter: `id IN [${chunk.join(', ')}]`,
      limit: chunk.length,
      attributesToRetrieve: [...CLAUSE_ATTRIBUTES],
    }])
    for (const d of r.hits as MeiliClauseDoc[]) out.set(d.id, d)
  }
  return out
}

/** Keyword search with terms: candidates from Meilisearch, exact checks and everything else here. */
async function verifiedSearch(
  conn: MeiliConnection,
  client: Meilisearch,
  query: SearchQuery,
  branches: readonly string[],
  options: SearchOptions,
): Promise<SearchResult> {
  // With facets, facet filters are applied here so that each facet can be counted without its own.
  const filter = filterExpression(buildFilter(query.filters, { withoutFacets: query.facets, excludeIds: query.excludeIds }))
  const { candidates, capped } = await fetchCandidates(conn, client, branches, filter, options)
  const checked: Ranked[] = []
  for (const doc of candidates) {
    const evaluation = evaluate(query.query, doc.norm, doc.hnorm)
    if (evaluation.ok) checked.push({ doc, evaluation })
  }
  const facets = query.facets ? computeFacets(checked.map((c) => c.doc), query.filters) : null
  const ranked = (query.facets ? checked.filter((c) => matchesFacetFilters(c.doc, query.filters)) : checked)
    .sort(compareRanked(query.sort))
  const page = ranked.slice(query.offset, query.offset + query.limit)

  let groups: PlanGroup[] | undefined
  const groupIds: string[] = []
  if (query.groupByPlan) {
    const byPlan = new Map<string, PlanGroup & { ids: string[] }>()
    for (const r of ranked) {
      let g = byPlan.get(r.doc.planId)
      if (!g) byPlan.set(r.doc.planId, (g = { planId: r.doc.planId, planTitle: r.doc.planTitle, total: 0, hits: [], ids: [] }))
      g.total++
      if (g.ids.length < query.groupByPlan.perPlan) g.ids.push(r.doc.id)
    }
    groups = [...byPlan.values()]
    for (const g of groups as (PlanGroup & { ids: string[] })[]) groupIds.push(...g.ids)
  }
  const rankOf = new Map(ranked.map((r, i) => [r.doc.id, i]))
  const records = await fetchClauses(conn, client, [...new Set([...page.map((r) => r.doc.id), ...groupIds])])
  // Score from the rank: larger is better, comparable within this result only.
  const toHit = (id: string): SearchHit | null => {
    const d = records.get(id)
    return d ? { clause: fromClauseDoc(d), score: 1 / (1 + (rankOf.get(id) ?? 0)) } : null
  }
  const hits = page.map((r) => toHit(r.doc.id)).filter((h): h is SearchHit => h !== null)
  if (groups) {
    groups = (groups as (PlanGroup & { ids: string[] })[]).map(({ ids, ...g }) => ({
      ...g,
      hits: ids.map(toHit).filter((h): h is SearchHit => h !== null),
    }))
  }
  return { total: ranked.length, hits, facets, ...(groups ? { groups } : {}), ...(capped ? { totalIsLowerBound: true } : {}) }
}

export async function runSearch(conn: MeiliConnection, query: SearchQuery, options: SearchOptions): Promise<SearchResult> {
  const plan = planSearch(query)
  if (plan.kind === 'empty') {
    return { total: 0, hits: [], facets: query.facets ? emptyFacets() : null, emptyReason: plan.reason }
  }
  const client = await conn.searchClient()
  if (plan.kind === 'verify') return verifiedSearch(conn, client, query, plan.branches, options)
  if (plan.kind === 'browse') {
    if (query.groupByPlan) return verifiedSearch(conn, client, query, [''], options)
    return nativeSearch(conn, client, query, { q: '', sort: browseSort(query.sort) }, options)
  }
  if (plan.kind === 'exact') {
    return nativeSearch(conn, client, query, { q: plan.q, attributesToSearchOn: [...CHAR_ATTRIBUTES], matchingStrategy: 'all' }, options)
  }
  if (!query.vector) {
    throw new SemanticUnavailableError(`Search mode "${query.mode}" needs the query's embedding, and none was given.`)
  }
  const q = normalizeForMatch(plan.q)
  // The floor only in semantic mode: a hybrid score mixes in the keyword score, on another scale (README).
  const floor = query.mode === 'semantic' && options.semanticFloor !== undefined && Number.isFinite(options.semanticFloor)
    ? { rankingScoreThreshold: rankingScoreOfCosine(options.semanticFloor) }
    : {}
  return nativeSearch(conn, client, query, {
    q,
    vector: (await options.headingAxis?.()) ? queryVector(query.vector) : Array.from(query.vector),
    hybrid: { embedder: EMBEDDER_NAME, semanticRatio: plan.semanticRatio },
    ...floor,
    ...(q ? { attributesToSearchOn: [...WORD_ATTRIBUTES] } : {}),
    ...(query.sort !== 'relevance' ? { sort: browseSort(query.sort) } : {}),
  }, options)
}

/** Facets of everything matching the filters (disjunctive). */
export async function corpusFacets(conn: MeiliConnection, filters: SearchFilters = {}): Promise<Facets> {
  const client = await conn.searchClient()
  const main: MultiSearchQuery = {
    indexUid: conn.clauseUid,
    q: '',
    filter: orNone(filterExpression(buildFilter(filters))),
    page: 1,
    hitsPerPage: 0,
    attributesToRetrieve: ['id'],
  }
  const { queries, facetIndex } = withFacetQueries(main, filters, undefined)
  return readFacets(await multiSearch(conn, client, 'computing facets', queries), facetIndex)
}
