/**
 * One search on the SQLite engine: match, filter, rank, page, facets and plan groups, for the keyword,
 * semantic and hybrid modes.
 *
 * Semantic mode ranks the nearest clauses by cosine within the filters and drops every clause containing an
 * excluded phrase (`-term`), as keyword search does. Its phrases and words are not required: they shaped
 * the query vector, and "semantic search finds the rest" means clauses that say the same thing in other
 * words. A user who needs a phrase present uses keyword mode, or hybrid mode, where phrase matches rank
 * above every semantic neighbour. Meilisearch's semantic mode follows the same rule (meili-search.ts).
 */
import type Database from 'better-sqlite3'
import type { ClauseRecord } from '../../indexer/types.js'
import { FACET_BIT, type ClauseRows } from './clause-rows.js'
import { SemanticUnavailableError } from './errors.js'
import { planMatch } from './gram-match-plan.js'
import { dateOrder, groupByPlan, hybridOrder, keywordSet, orderedSet, type RankedSet } from './sqlite-ranking.js'
import type { KeywordMatches, KeywordSearcher } from './sqlite-search.js'
import type { VectorStore } from './sqlite-vectors.js'
import { FACET_FIELDS, type Facets, type PlanGroup, type SearchHit, type SearchQuery, type SearchResult } from './types.js'

const EMPTY_FACETS: Facets = { city: [], province: [], year: [], theme: [], level: [] }

export function runSearch(
  db: Database.Database,
  rows: ClauseRows,
  searcher: KeywordSearcher,
  vectors: () => VectorStore | null,
  query: SearchQuery,
): SearchResult {
  if (query.query.emptyReason) {
    return { total: 0, hits: [], facets: query.facets ? EMPTY_FACETS : null, emptyReason: query.query.emptyReason }
  }
  const plan = planMatch(query.query)
  const excludedIds = lookupRowids(db, query.excludeIds ?? [])
  // Keyword matching drops excluded phrases itself; nearest neighbours must not bring them back.
  if (query.mode !== 'keyword') for (const r of searcher.excluded(plan)) excludedIds.add(r)
  const failBits = rows.compile(query.filters, excludedIds)
  const browsing = plan.candidates === null && !plan.impossible

  let set: RankedSet
  let facets: Facets | null = null
  const keywordMatches = () => searcher.match(plan)
  const byDate = query.sort === 'relevance' ? null : dateOrder(rows, query.sort === 'date-asc')
  /** Keyword hits passing the filters (bits in `ignore` ignored), ranked. */
  const keywordRanked = (matches: KeywordMatches, sortByDate: boolean): RankedSet => {
    const kept: number[] = []
    const tier = rows.scratch(0)
    for (let i = 0; i < matches.rowids.length; i++) {
      const r = matches.rowids[i]
      if (failBits(r) !== 0) continue
      kept.push(r)
      tier[r] = matches.tiers[i]
    }
    if (browsing) return orderedSet(kept, sortByDate && byDate ? byDate : (a, b) => a - b, () => 0)
    if (sortByDate && byDate) return orderedSet(kept, byDate, (r) => tier[r])
    return keywordSet(rows, kept, tier, (pool) => searcher.bm25(plan.terms, pool, { size: rows.size, avgLength: rows.avgLength }))
  }

  if (query.mode === 'keyword') {
    const matches = keywordMatches()
    set = keywordRanked(matches, byDate !== null)
    if (query.facets) facets = rows.facets(matches.rowids, failBits)
  } else {
    const store = requireVectors(vectors(), query.vector)
    const sims = store.similarities(query.vector!)
    const nearest = (ignore: number) => store.nearest(sims, (r) => (failBits(r) & ~ignore) === 0)
    const semantic = nearest(0)

    if (query.mode === 'semantic') {
      set = orderedSet(semantic, byDate ?? ((a, b) => sims[b] - sims[a] || a - b), (r) => sims[r])
      if (query.facets) facets = perFacet(rows, (field) => nearest(FACET_BIT[field]))
    } else {
      const matches = browsing ? { rowids: new Int32Array(0), tiers: new Float64Array(0) } : keywordMatches()
      const pin = query.query.groups.some((g) => g.some((t) => t.kind === 'phrase'))
      const lexical = (candidates: number[]) => searcher.bm25(plan.terms, candidates, { size: rows.size, avgLength: rows.avgLength })
      const fused = hybridOrder(keywordRanked(matches, false), semantic, sims, lexical, pin)
      const rank = new Map(fused.order.map((r, i) => [r, i]))
      const compare = byDate ?? ((a: number, b: number) => rank.get(a)! - rank.get(b)!)
      set = orderedSet(fused.order, compare, (r) => fused.score.get(r) ?? 0)
      const keywordIn = (ignore: number) => Array.from(matches.rowids).filter((r) => (failBits(r) & ~ignore) === 0)
      if (query.facets) facets = perFacet(rows, (field) => new Set([...keywordIn(FACET_BIT[field]), ...nearest(FACET_BIT[field])]))
    }
  }

  const total = set.total
  const pageRowids = set.page(Math.max(0, query.offset), Math.max(0, query.limit))
  const groupRows = query.groupByPlan ? groupByPlan(rows, set.sorted(), Math.max(1, query.groupByPlan.perPlan)) : []
  const records = fetchRecords(db, [...pageRowids, ...groupRows.flatMap((g) => g.rowids)])
  const hit = (r: number): SearchHit => ({ clause: records.get(r)!, score: set.score(r) })

  const result: SearchResult = { total, hits: pageRowids.map(hit), facets }
  if (query.groupByPlan) {
    result.groups = groupRows.map((g): PlanGroup => {
      const hits = g.rowids.map(hit)
      return { planId: rows.plans.values[g.plan], planTitle: hits[0]?.clause.planTitle ?? '', total: g.total, hits }
    })
  }
  return result
}

function requireVectors(store: VectorStore | null, vector: Float32Array | undefined): VectorStore {
  if (!store) {
    throw new SemanticUnavailableError('This index has no clause embeddings. Install the model and run `npm run index` (without --no-embed) to enable semantic search.')
  }
  if (!vector) throw new SemanticUnavailableError('Semantic search needs the query embedding; the embedding model is not loaded.')
  if (vector.length !== store.dimension) {
    throw new SemanticUnavailableError(`The query embedding has ${vector.length} dimensions but the index holds ${store.dimension} (${store.model}); re-run \`npm run index\` with the same model.`)
  }
  return store
}

/** Disjunctive facets for a result set that must be recomputed with each facet's own filter ignored. */
function perFacet(rows: ClauseRows, setIgnoring: (field: (typeof FACET_FIELDS)[number]) => Iterable<number>): Facets {
  const facets = { ...EMPTY_FACETS }
  for (const field of FACET_FIELDS) facets[field] = rows.facetCounts(field, setIgnoring(field))
  return facets
}

function lookupRowids(db: Database.Database, ids: string[]): Set<number> {
  if (ids.length === 0) return new Set()
  const stmt = db.prepare('SELECT rowid FROM clauses WHERE id = ?').pluck()
  return new Set(ids.map((id) => stmt.get(id) as number | undefined).filter((r): r is number => r !== undefined))
}

function fetchRecords(db: Database.Database, rowids: number[]): Map<number, ClauseRecord> {
  const out = new Map<number, ClauseRecord>()
  const unique = [...new Set(rowids)]
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500)
    const sql = `SELECT rowid, json FROM clauses WHERE rowid IN (${chunk.map(() => '?').join(',')})`
    for (const [rowid, json] of db.prepare(sql).raw().all(...chunk) as [number, string][]) out.set(rowid, JSON.parse(json) as ClauseRecord)
  }
  return out
}
