/**
 * The clauses a feed shows: every clause matching the search and its filters, `since` included (up to
 * FEED_SCAN_MAX, the export's limit), newest first by the date it was first indexed, then in the search's own order.
 */
import type { ClauseRecord } from '../../indexer/types.js'
import type { ParsedQuery, SearchEngine, SearchFilters, SortOrder } from '../engine/types.js'

export const FEED_SCAN_MAX = 10_000
const CHUNK = 1000

export interface NewestRequest {
  query: ParsedQuery
  filters: SearchFilters
  sort: SortOrder
  limit: number
  /** Clauses left out: a pasted citation's plans browsed less their other clauses (routes/cited-clauses.ts placeSearch). */
  excludeIds?: string[]
}

export async function newestClauses(engine: SearchEngine, request: NewestRequest): Promise<ClauseRecord[]> {
  const matched: ClauseRecord[] = []
  for (let offset = 0; offset < FEED_SCAN_MAX; offset += CHUNK) {
    const result = await engine.search({
      query: request.query,
      filters: request.filters,
      excludeIds: request.excludeIds,
      mode: 'keyword',
      sort: request.sort,
      offset,
      limit: CHUNK,
      facets: false,
    })
    matched.push(...result.hits.map((h) => h.clause))
    if (result.hits.length < CHUNK || matched.length >= result.total) break
  }
  return newestFirst(matched, request.limit)
}

/** Stable: clauses indexed at the same time keep the search's order. */
export function newestFirst(clauses: readonly ClauseRecord[], limit: number): ClauseRecord[] {
  return clauses
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.firstIndexed < b.c.firstIndexed ? 1 : a.c.firstIndexed > b.c.firstIndexed ? -1 : a.i - b.i))
    .slice(0, limit)
    .map(({ c }) => c)
}
