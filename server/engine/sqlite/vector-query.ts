/** One query's nearest-neighbour search over the clause vectors of a VectorStore (vectors.ts). */
import { topK } from '../top-k.js'
import { annOptions, type AnnHit } from './ann-index.js'
import type { RowSubset } from './row-postings.js'
import type { VectorStore } from './vectors.js'

/** How many nearest clauses a semantic query returns (its whole result set). */
export const SEMANTIC_LIMIT = 100
/** Graph neighbours fetched and re-scored at least: the graph's order is approximate near the limit. */
const MIN_FETCH = 256
/** Graph neighbours fetched beyond what the filter's share predicts, so a typical query needs one fetch. */
const FETCH_MARGIN = 1.5
/** Neighbours re-scored per round once `limit` are in, until the next cannot enter. */
const RESCORE_BATCH = 64

/**
 * The search of one query vector, asked once for its results and once per facet (each with another filter).
 * `sims` holds the exact cosine of every clause this query has scored (−Infinity for the others), so the
 * ranking code reads a clause's cosine the same way whichever path found it.
 *
 * Without a graph: one exact scan, then each filter walks the ranked prefix (VectorStore.nearest). With one:
 * the filter's share of the index, sampled, says how far down the graph its `limit` clauses should lie; the
 * graph's neighbours are fetched that far once (and kept for the next filter) and walked with the filter in
 * the graph's order, re-scoring exactly only those that can still enter (walk). A filter whose rows
 * (`within`) are too few for that is scored exactly over just those rows. Either way the answer is complete:
 * a walk that comes up short fetches twice as far, then falls back to the exact pass, so a filter never
 * silently returns fewer clauses than exist.
 *
 * With a floor, a clause below it is not asked for: a walk stops where the graph's cosines fall below the
 * floor, and neighbours fetched down past the floor hold every clause that can be in any filter's answer, so
 * a narrow filter walks them instead of its exact pass (prefetch fetches them once for every filter).
 */
export class VectorQuery {
  readonly sims: Float32Array
  private exactDone = false
  private fetched: AnnHit | null = null

  constructor(private readonly store: VectorStore, private readonly vector: Float32Array, private readonly floor = -Infinity) {
    this.sims = store.indexed ? new Float32Array(store.slots).fill(-Infinity) : store.similarities(vector)
    this.exactDone = !store.indexed
  }

  /**
   * The `limit` clauses nearest the query among those `accept` lets through, best first. `within`, when
   * given, holds every rowid `accept` can pass (and maybe more): a filter narrow enough is then scored
   * exactly over just those rows, without testing every clause of the index.
   */
  nearest(accept: (rowid: number) => boolean, limit = SEMANTIC_LIMIT, within: RowSubset | null = null): number[] {
    const store = this.store
    if (this.exactDone) return store.nearest(this.sims, accept, limit)
    // A list fetched already (prefetch, an earlier filter) answers any filter whose walk settles inside it,
    // however deep this filter's share alone would have asked for; walked once, whichever path uses it.
    const walked = this.fetched && { list: this.fetched, ...this.walk(this.fetched, accept, limit) }
    if (walked && (walked.settled || this.pastFloor(walked.list))) return walked.rows
    if (this.narrow(within)) return this.exactPassing(accept, limit, within!.rows())
    let fetch = this.depthFor(limit, store.passShare(accept))
    while (fetch <= store.count * annOptions.exactShare) {
      const found = this.fetch(fetch)
      const out = found === walked?.list ? walked.rows : this.walk(found, accept, limit).rows
      if (out.length === limit || this.pastFloor(found)) return out
      // Every clause fetched: these are all there are.
      if (found.rowids.length >= store.count) return out
      // The graph gave fewer than asked though it holds more: its search reached no further (a k close to
      // the graph's size leaves some nodes unreached), so only the exact pass is complete.
      if (found.rowids.length < fetch) break
      fetch *= 2
    }
    return this.exactPassing(accept, limit, within?.rows())
  }

  /**
   * Prepares for the filters about to be asked (`withins`, as nearest takes them: null for none), the results'
   * and each facet's. When any will walk the graph, its whole search list is fetched now: one search serves
   * them all, and when the list reaches below the floor, the narrow filters walk it too. Otherwise the clauses
   * of each narrow filter that some search will score (`used`: the results' or a facet's filter passes them)
   * are scored now, together: the results and the facets ignoring another field pass through the same
   * clauses (a city's), and read at once they are a few range scans, where each search's own clauses would be
   * scattered lookups (city + theme, then the rest of the city for the theme facet).
   */
  prefetch(withins: readonly (RowSubset | null)[], used: (rowid: number) => boolean, limit: number): void {
    if (this.exactDone) return
    const broad = withins.filter((within) => !this.narrow(within))
    // As deep as the broadest filter's share asks (as nearest would: a filter's rows are at most its candidates).
    if (broad.length > 0) this.fetch(Math.max(this.store.searchList, ...broad.map((within) => this.depthFor(limit, within ? within.count / this.store.count : 1))))
    if (this.fetched && this.pastFloor(this.fetched)) return
    for (const within of withins) if (within && this.narrow(within)) this.store.score(this.vector, within.rows().filter(used), this.sims)
  }

  /**
   * Exact cosine of one clause with the query (−Infinity without a vector), scored now when no search of
   * this query has scored it: for clauses found another way, such as keyword hits in hybrid mode.
   */
  cosine(rowid: number): number {
    if (this.sims[rowid] === -Infinity && this.store.has(rowid)) this.sims[rowid] = this.store.similarity(this.vector, rowid)
    return this.sims[rowid]
  }

  /** How far down the graph `limit` clauses of a filter passing `share` of the index should lie. */
  private depthFor(limit: number, share: number): number {
    return share === 0 ? Infinity : Math.max(MIN_FETCH, Math.ceil((limit / share) * FETCH_MARGIN) + 32)
  }

  /** A filter whose rows are few enough to score exactly rather than find on the graph. */
  private narrow(within: RowSubset | null): boolean {
    return within !== null && within.count <= this.store.count * annOptions.exactShare
  }

  /**
   * Whether `found` reaches below the floor: its last neighbour's graph cosine is more than the graph's error
   * under it, so no clause beyond it can reach the floor (as far as the graph's order holds).
   */
  private pastFloor(found: AnnHit): boolean {
    const n = found.sims.length
    return n > 0 && found.sims[n - 1] + this.store.graphShortfall < this.floor
  }

  /** The graph's neighbours down to `k`, fetched once per depth and kept. */
  private fetch(k: number): AnnHit {
    if (this.fetched && this.fetched.rowids.length >= Math.min(k, this.store.count)) return this.fetched
    this.fetched = this.store.graphNeighbours(this.vector, k)
    return this.fetched
  }

  /**
   * The best `limit` fetched neighbours passing `accept` by exact cosine (fewer when fewer pass), best first.
   * The neighbours come in the graph's order; passing ones are re-scored exactly, a batch at a time, until
   * `limit` are scored and the next one's graph cosine lies more than the graph's shortfall (how far a graph
   * cosine can lie below the exact one, ann-index.ts) below the `limit`-th exact cosine: no neighbour after it
   * can enter, so it and the rest are never read (`settled`: the walk stopped there, inside the list, rather
   * than at its end).
   */
  private walk(found: AnnHit, accept: (rowid: number) => boolean, limit: number): { rows: number[]; settled: boolean } {
    const { rowids, sims: graphSims } = found
    const sims = this.sims
    const shortfall = this.store.graphShortfall
    const byExact = (a: number, b: number) => sims[b] - sims[a] || a - b
    const passing: number[] = []
    let bar = -Infinity
    let settled = false
    let i = 0
    while (i < rowids.length) {
      const batch: number[] = []
      const want = passing.length < limit ? limit - passing.length : RESCORE_BATCH
      for (; i < rowids.length && batch.length < want; i++) {
        if (!accept(rowids[i])) continue
        // Below the `limit`-th exact cosine, or below the floor (the list is best first): neither this
        // neighbour nor any after it can enter the answer.
        if (graphSims[i] + shortfall < Math.max(passing.length >= limit ? bar : -Infinity, this.floor)) {
          settled = true
          i = rowids.length
          break
        }
        batch.push(rowids[i])
      }
      this.store.score(this.vector, batch, sims)
      passing.push(...batch)
      if (passing.length >= limit) bar = sims[topK(passing, limit, byExact)[limit - 1]]
    }
    return { rows: topK(passing, limit, byExact), settled }
  }

  private exactPassing(accept: (rowid: number) => boolean, limit: number, within: ArrayLike<number> | null = null): number[] {
    const sims = this.sims
    const rowids = this.store.scanPassing(this.vector, accept, sims, within)
    return topK(rowids, limit, (a, b) => sims[b] - sims[a] || a - b)
  }
}
