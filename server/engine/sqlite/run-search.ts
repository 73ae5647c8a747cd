/**
 * One search on the SQLite engine: match plan, exclusions and filters, then the mode's own function
 * (search-modes.ts), then the page, the plan groups and the records of the hits.
 */
import type Database from 'better-sqlite3'
import type { ClauseRecord } from '../../../indexer/types.js'
import { SemanticUnavailableError } from '../errors.js'
import { planMatch } from '../gram-match-plan.js'
import type { Facets, PlanGroup, SearchHit, SearchQuery, SearchResult } from '../types.js'
import { filtersNarrow, type ClauseRows } from './clause-rows.js'
import type { KeywordSearcher } from './keyword-searcher.js'
import { groupByPlan } from './ranking.js'
import { EMPTY_FACETS, hybridSearch, keywordSearch, semanticSearch, type ModeInput, type ModeResult } from './search-modes.js'
import type { RecentMap } from '../recent-map.js'
import type { VectorStore } from './vectors.js'

/** What one search reads: the open database, its rows in memory, keyword matching and (loaded on first use) vectors. */
export interface SearchIndex {
  db: Database.Database
  rows: ClauseRows
  searcher: KeywordSearcher
  /** Keyword facets by match set and filters, dropped with the index. */
  facetCache: RecentMap<string, Facets>
  readonly vectors: VectorStore | null
}

export function runSearch(index: SearchIndex, query: SearchQuery): SearchResult {
  if (query.query.emptyReason) {
    return { total: 0, hits: [], facets: query.facets ? EMPTY_FACETS : null, emptyReason: query.query.emptyReason }
  }
  const { db, rows } = index
  const { set, facets, capped } = rankedResult(index, query)

  const pageRowids = set.page(Math.max(0, query.offset), Math.max(0, query.limit))
  const groupRows = query.groupByPlan ? groupByPlan(rows, set.sorted(), Math.max(1, query.groupByPlan.perPlan)) : []
  const records = fetchRecords(db, [...pageRowids, ...groupRows.flatMap((g) => g.rowids)])
  const hit = (r: number): SearchHit => ({ clause: records.get(r)!, score: set.score(r) })

  const result: SearchResult = { total: set.total, hits: pageRowids.map(hit), facets }
  if (capped) result.totalIsLowerBound = true
  if (query.groupByPlan) {
    result.groups = groupRows.map((g): PlanGroup => {
      const hits = g.rowids.map(hit)
      return { planId: rows.plans.values[g.plan], planTitle: hits[0]?.clause.planTitle ?? '', total: g.total, hits }
    })
  }
  return result
}

/** The ranked set and facets of a query (not empty), before paging. */
export function rankedResult(index: SearchIndex, query: SearchQuery): ModeResult {
  const { db, rows, searcher } = index
  const plan = planMatch(query.query)
  const excludedIds = lookupRowids(db, query.excludeIds ?? [])
  // Keyword matching drops excluded phrases itself; nearest neighbours must not bring them back.
  if (query.mode !== 'keyword') for (const r of searcher.excluded(plan)) excludedIds.add(r)
  const unfiltered = excludedIds.size === 0 && !filtersNarrow(query.filters)
  const input: ModeInput = {
    rows,
    searcher,
    query,
    plan,
    failBits: unfiltered ? () => 0 : remembered(rows.compile(query.filters, excludedIds), rows.size),
    unfiltered,
    facetCache: index.facetCache,
    browsing: plan.candidates === null && !plan.impossible,
  }
  return searchMode(input, index)
}

function searchMode(input: ModeInput, index: SearchIndex): ModeResult {
  const { mode, vector } = input.query
  if (mode === 'keyword') return keywordSearch(input)
  const store = requireVectors(index.vectors, vector)
  return mode === 'semantic' ? semanticSearch(input, store, vector!) : hybridSearch(input, store, vector!)
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

/**
 * Fail bits computed once per row and query: semantic mode asks for the same rows once for its results and
 * once per facet, and a narrow filter's exact pass asks for every row each time.
 */
function remembered(failBits: (rowid: number) => number, size: number): (rowid: number) => number {
  const memo = new Int32Array(size + 1).fill(-1)
  return (r) => {
    let bits = memo[r]
    if (bits < 0) memo[r] = bits = failBits(r)
    return bits
  }
}

function lookupRowids(db: Database.Database, ids: string[]): Set<number> {
  if (ids.length === 0) return new Set()
  const stmt = db.prepare('SELECT rowid FROM clauses WHERE id = ?').pluck()
  return new Set(ids.map((id) => stmt.get(id) as number | undefined).filter((r): r is number => r !== undefined))
}

/** Prepared once per connection and list length: preparing costs about as much as reading a page of records. */
const recordStatements = new WeakMap<Database.Database, Map<number, Database.Statement>>()
function recordsStatement(db: Database.Database, count: number): Database.Statement {
  let byCount = recordStatements.get(db)
  if (!byCount) recordStatements.set(db, (byCount = new Map()))
  let stmt = byCount.get(count)
  if (!stmt) {
    stmt = db.prepare(`SELECT rowid, json FROM clauses WHERE rowid IN (${Array(count).fill('?').join(',')})`).raw()
    if (byCount.size < 64) byCount.set(count, stmt)
  }
  return stmt
}

function fetchRecords(db: Database.Database, rowids: number[]): Map<number, ClauseRecord> {
  const out = new Map<number, ClauseRecord>()
  const unique = [...new Set(rowids)]
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500)
    for (const [rowid, json] of recordsStatement(db, chunk.length).all(...chunk) as [number, string][]) out.set(rowid, JSON.parse(json) as ClauseRecord)
  }
  return out
}
