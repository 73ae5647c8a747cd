/**
 * One function per search mode on the SQLite engine. Each takes the matched data (keyword matches,
 * similarities, the compiled filters) and returns the ranked set and its facets; run-search.ts picks the
 * mode, pages the set and loads the records.
 *
 * Semantic mode ranks the nearest clauses by cosine within the filters and drops every clause containing an
 * excluded phrase (`-term`), as keyword search does. Its phrases and words are not required: they shaped
 * the query vector, and "semantic search finds the rest" means clauses that say the same thing in other
 * words. A user who needs a phrase present uses keyword mode, or hybrid mode, where phrase matches rank
 * above every semantic neighbour. Meilisearch's semantic mode follows the same rule (meili/search.ts).
 */
import type { MatchPlan } from '../gram-match-plan.js'
import { FACET_FIELDS, type FacetField, type Facets, type SearchQuery } from '../types.js'
import { FACET_BIT, type ClauseRows } from './clause-rows.js'
import type { KeywordMatches, KeywordSearcher } from './keyword-searcher.js'
import { dateOrder, hybridCandidates, hybridOrder, keywordPool, keywordSet, orderedSet, type Compare, type RankedSet } from './ranking.js'
import type { VectorQuery, VectorStore } from './vectors.js'

export const EMPTY_FACETS: Facets = { city: [], province: [], year: [], theme: [], level: [] }

/** What every mode works on: the query, its match plan and the filters compiled to fail bits. */
export interface ModeInput {
  rows: ClauseRows
  searcher: KeywordSearcher
  query: SearchQuery
  plan: MatchPlan
  /** Non-zero bits: the filters (FACET_BIT per field) or the exclusions a rowid fails. */
  failBits: (rowid: number) => number
  /** No search term: every clause passing the filters, in document order. */
  browsing: boolean
}

export interface ModeResult {
  set: RankedSet
  facets: Facets | null
}

export function keywordSearch(input: ModeInput): ModeResult {
  const matches = input.searcher.match(input.plan)
  const set = rankKeywordMatches(input, matches, input.query.sort)
  return { set, facets: input.query.facets ? input.rows.facets(matches.rowids, input.failBits) : null }
}

export function semanticSearch(input: ModeInput, store: VectorStore, vector: Float32Array): ModeResult {
  const { rows, query } = input
  const near = store.query(vector)
  const sims = near.sims
  const semantic = nearestPassing(input, near, 0)
  const set = orderedSet(semantic, byDate(rows, query.sort) ?? ((a, b) => sims[b] - sims[a] || a - b), (r) => sims[r])
  const facets = query.facets ? perFacet(rows, (field) => nearestPassing(input, near, FACET_BIT[field])) : null
  return { set, facets }
}

export function hybridSearch(input: ModeInput, store: VectorStore, vector: Float32Array): ModeResult {
  const { rows, query, searcher, plan } = input
  const near = store.query(vector)
  const sims = near.sims
  const semantic = nearestPassing(input, near, 0)
  const matches = input.browsing ? { rowids: new Int32Array(0), tiers: new Float64Array(0) } : searcher.match(plan)
  const pin = query.query.groups.some((g) => g.some((t) => t.kind === 'phrase'))
  const keywordSorted = rankKeywordMatches(input, matches, 'relevance').sorted()
  const candidates = hybridCandidates(keywordSorted, semantic)
  const bm25 = searcher.bm25(plan.terms, candidates, { size: rows.size, avgLength: rows.avgLength })
  const fused = hybridOrder(keywordSorted, semantic, sims, candidates, bm25, pin)
  const rank = new Map(fused.order.map((r, i) => [r, i]))
  const compare = byDate(rows, query.sort) ?? ((a: number, b: number) => rank.get(a)! - rank.get(b)!)
  const set = orderedSet(fused.order, compare, (r) => fused.score.get(r) ?? 0)
  const keywordIn = (ignore: number) => Array.from(matches.rowids).filter((r) => (input.failBits(r) & ~ignore) === 0)
  const facets = query.facets
    ? perFacet(rows, (field) => new Set([...keywordIn(FACET_BIT[field]), ...nearestPassing(input, near, FACET_BIT[field])]))
    : null
  return { set, facets }
}

/** Keyword hits passing the filters, ranked by relevance (BM25 over the rerank pool), by date, or in document order. */
function rankKeywordMatches({ rows, searcher, plan, failBits, browsing }: ModeInput, matches: KeywordMatches, sort: SearchQuery['sort']): RankedSet {
  const kept: number[] = []
  const tier = rows.scratch(0)
  for (let i = 0; i < matches.rowids.length; i++) {
    const r = matches.rowids[i]
    if (failBits(r) !== 0) continue
    kept.push(r)
    tier[r] = matches.tiers[i]
  }
  const dated = byDate(rows, sort)
  if (browsing) return orderedSet(kept, dated ?? ((a, b) => a - b), () => 0)
  if (dated) return orderedSet(kept, dated, (r) => tier[r])
  const hits = keywordPool(rows, kept, tier)
  return keywordSet(rows, hits, tier, searcher.bm25(plan.terms, hits.pool, { size: rows.size, avgLength: rows.avgLength }))
}

/** The date order a sort asks for (newest or oldest first), or null when it asks for relevance. */
function byDate(rows: ClauseRows, sort: SearchQuery['sort']): Compare | null {
  return sort === 'relevance' ? null : dateOrder(rows, sort === 'date-asc')
}

/** The nearest clauses passing the filters, the filter bits in `ignore` ignored (a facet ignores its own filter). */
function nearestPassing(input: ModeInput, near: VectorQuery, ignore: number): number[] {
  return near.nearest((r) => (input.failBits(r) & ~ignore) === 0)
}

/** Disjunctive facets for a result set that must be recomputed with each facet's own filter ignored. */
function perFacet(rows: ClauseRows, setIgnoring: (field: FacetField) => Iterable<number>): Facets {
  const facets = { ...EMPTY_FACETS }
  for (const field of FACET_FIELDS) facets[field] = rows.facetCounts(field, setIgnoring(field))
  return facets
}
