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
 *
 * Semantic and hybrid sets hold only the clauses that are close (similarity-floor.ts): a neighbour below the
 * model's floor is not a result, so the total, the facets and every page describe the same set. Heading-only
 * clauses are ranked, and judged against the floor, with a cosine penalty, so a clause with text as close to
 * the query comes first and a short title close to any short query (你好) is not a result.
 * Within the set, the order uses the query vector fed back towards its nearest clauses (relevance-feedback.ts);
 * membership stays judged on the query's own cosine.
 */
import type { MatchPlan } from '../gram-match-plan.js'
import { hybridSemanticWeight } from '../rank-fusion.js'
import { fedBackVector, relevanceFeedback } from '../relevance-feedback.js'
import { HEADING_ONLY_COSINE_PENALTY, similarityFloor, type SimilarityFloor } from '../similarity-floor.js'
import { topK } from '../top-k.js'
import { FACET_FIELDS, type FacetField, type Facets, type SearchQuery } from '../types.js'
import { FACET_BIT, type ClauseRows } from './clause-rows.js'
import type { FirstPages } from './frequent-grams.js'
import { headingStraddles, type ClauseTexts } from './clause-texts.js'
import type { KeywordMatches, KeywordSearcher } from './keyword-searcher.js'
import { rankWeights } from './rank-weights.js'
import { dateOrder, headingOnlyBelowText, hybridCandidates, hybridOrder, keywordPool, keywordSet, orderedSet, type Compare, type RankedSet } from './ranking.js'
import type { RecentMap } from '../recent-map.js'
import type { RowSubset } from './row-postings.js'
import { SEMANTIC_LIMIT, type VectorQuery } from './vector-query.js'
import type { VectorStore } from './vectors.js'

export const EMPTY_FACETS: Facets = { city: [], province: [], year: [], theme: [], level: [] }

/** What every mode works on: the query, its match plan and the filters compiled to fail bits. */
export interface ModeInput {
  rows: ClauseRows
  searcher: KeywordSearcher
  query: SearchQuery
  plan: MatchPlan
  /** Non-zero bits: the filters (FACET_BIT per field) or the exclusions a rowid fails. */
  failBits: (rowid: number) => number
  /** No filter and no excluded clause: every match is in the result. */
  unfiltered: boolean
  /** Keyword facets by match set and filters. */
  facetCache: RecentMap<string, Facets>
  /** No search term: every clause passing the filters, in document order. */
  browsing: boolean
}

export interface ModeResult {
  set: RankedSet
  facets: Facets | null
  /** Semantic and hybrid: the set holds the SEMANTIC_LIMIT closest clauses, and more are as close as the floor asks. */
  capped?: boolean
}

export function keywordSearch(input: ModeInput): ModeResult {
  const { rows, query, plan, searcher } = input
  const stored = input.unfiltered && query.sort === 'relevance' ? searcher.firstPages(plan) : null
  if (stored) return storedResult(input, stored)
  const matches = searcher.match(plan)
  const set = rankKeywordMatches(input, matches, query.sort)
  if (!query.facets) return { set, facets: null }
  const key = JSON.stringify([plan, query.filters, query.excludeIds ?? []])
  return { set, facets: copyFacets(input.facetCache.get(key, () => rows.facets(matches.rowids, input.failBits))) }
}

/**
 * A one-gram query without filters from the first pages the indexer stored: the same rowids, scores, total
 * and facets the full ranking gives (it computed them). A page beyond them, or every hit in order, runs the
 * full ranking.
 */
function storedResult(input: ModeInput, stored: FirstPages): ModeResult {
  let full: RankedSet | null = null
  const ranked = () => (full ??= rankKeywordMatches(input, input.searcher.match(input.plan), 'relevance'))
  const head = stored.rowids
  const complete = head.length === stored.total
  const score = new Map<number, number>()
  for (let i = 0; i < head.length; i++) score.set(head[i], stored.scores[i])
  const set: RankedSet = {
    total: stored.total,
    page: (offset, limit) => (complete || offset + limit <= head.length ? Array.from(head.subarray(offset, offset + limit)) : ranked().page(offset, limit)),
    sorted: () => (complete ? Array.from(head) : ranked().sorted()),
    score: (r) => score.get(r) ?? ranked().score(r),
  }
  return { set, facets: input.query.facets ? stored.facets() : null }
}

/** A copy a caller may change without changing the cached counts. */
function copyFacets(facets: Facets): Facets {
  const out = { ...EMPTY_FACETS }
  for (const field of FACET_FIELDS) out[field] = facets[field].map((v) => ({ ...v }))
  return out
}

export function semanticSearch(input: ModeInput, store: VectorStore, vector: Float32Array): ModeResult {
  const { rows, query } = input
  const near = closeness(input, store, vector)
  const { best: semantic, beyond, unfetched } = closeSet(input, near, 0)
  const order = rankingCosines(near, store, vector, semantic, query.sort)
  const set = orderedSet(semantic, byDate(rows, query.sort) ?? semanticOrder(input, semantic, order.rank), (r) => order.cosine[r])
  const facets = query.facets ? perFacet(rows, (field) => closePassing(input, near, FACET_BIT[field])) : null
  return { set, facets, capped: unfetched || beyond.length > 0 }
}

export function hybridSearch(input: ModeInput, store: VectorStore, vector: Float32Array): ModeResult {
  const { rows, query, searcher, plan } = input
  const near = closeness(input, store, vector)
  const { best: semantic, beyond, unfetched } = closeSet(input, near, 0)
  const matches = input.browsing ? { rowids: new Int32Array(0), tiers: new Float64Array(0) } : searcher.match(plan)
  const pin = hasPhrase(query)
  const texts = searcher.texts()
  // An exact phrase is kept whatever its cosine; a free-text word alone must come with some closeness. A
  // keyword hit the vector search did not reach (below its neighbours, or off the graph's path) is scored now.
  const typed = holdsTypedPhrase(query, matches, texts)
  const keywordKept = (r: number) => typed(r) || near.query.cosine(r) >= near.floor.withKeyword
  const keywordSorted = rankKeywordMatches(input, matches, 'relevance', texts).sorted().filter(keywordKept)
  const candidates = hybridCandidates(keywordSorted, semantic)
  const bm25 = searcher.bm25(plan.terms, candidates, { size: rows.size, avgLength: rows.avgLength }, texts)
  const order = rankingCosines(near, store, vector, semantic, query.sort)
  const fused = hybridOrder(keywordSorted, semantic, order.rank, candidates, bm25, pin, (r) => rows.headingOnly(r), hybridSemanticWeight(query.query))
  // A phrase's hits are already banded (text above titles); free text ranks a title below every clause with
  // text that has as many of the query's words.
  const ranked = pin ? fused.order : headingOnlyBelowText(fused.order, wordsFound(matches, rows.size), (r) => rows.headingOnly(r))
  const rank = new Map(ranked.map((r, i) => [r, i]))
  const compare = byDate(rows, query.sort) ?? ((a: number, b: number) => rank.get(a)! - rank.get(b)!)
  const set = orderedSet(ranked, compare, (r) => fused.score.get(r) ?? 0)
  // Close clauses the limit left out are missing only when the keyword matches did not bring them in.
  const capped = unfetched || beyond.some((r) => !rank.has(r))
  const keywordIn = (ignore: number) => Array.from(matches.rowids).filter((r) => (input.failBits(r) & ~ignore) === 0 && keywordKept(r))
  const facets = query.facets
    ? perFacet(rows, (field) => new Set([...keywordIn(FACET_BIT[field]), ...closePassing(input, near, FACET_BIT[field])]))
    : null
  return { set, facets, capped }
}

/**
 * A query's vector search with the model's floor. `rank` holds the cosines the ranking uses, heading-only
 * clauses moved down, for every clause a closePassing call fetched (−Infinity for the others); the exact
 * cosines are in `query.sims`.
 */
interface Closeness {
  rows: ClauseRows
  query: VectorQuery
  rank: Float32Array
  floor: SimilarityFloor
}

function closeness(input: ModeInput, store: VectorStore, vector: Float32Array): Closeness {
  const { rows, query } = input
  const rank = new Float32Array(store.slots).fill(-Infinity)
  const floor = similarityFloor(store.model)
  const near = { rows, query: store.query(vector, floor.semantic), rank, floor }
  // The results and each facet (its own filter ignored) ask the vector search once each: one graph search
  // fetched up front serves them all.
  if (query.facets) {
    const ignores = [0, ...FACET_FIELDS.map((field) => FACET_BIT[field])]
    // A clause some search scores fails no filter but the one its facet ignores.
    const used = (r: number) => ignores.includes(input.failBits(r))
    // As many as nearestRanked asks for first.
    near.query.prefetch(ignores.map((ignore) => rows.candidates(query.filters, ignore)), used, 2 * SEMANTIC_LIMIT)
  }
  return near
}

/**
 * The cosines that order the clauses of `semantic` (the set, already judged on the query's own cosine): with
 * the query vector fed back towards its nearest clauses (relevance-feedback.ts), heading-only clauses moved
 * down as in `rank`. `cosine` holds the fed-back cosines as they are, the score a hit reports. A date order
 * needs no cosine order, so it keeps the query's own.
 */
function rankingCosines(near: Closeness, store: VectorStore, vector: Float32Array, semantic: readonly number[], sort: SearchQuery['sort']): { rank: Float32Array; cosine: Float32Array } {
  const { passages, weight } = relevanceFeedback(store.model)
  if (sort !== 'relevance' || passages === 0 || weight === 0 || semantic.length === 0) return { rank: near.rank, cosine: near.query.sims }
  const nearest = semantic.slice(0, passages).map((r) => store.vector(r)).filter((v): v is Float32Array => v !== null)
  const fed = fedBackVector(vector, nearest, weight)
  const rank = new Float32Array(store.slots).fill(-Infinity)
  const cosine = new Float32Array(store.slots).fill(-Infinity)
  // Read in batches (one statement per READ_BATCH clauses when the vectors are not held in memory).
  store.score(fed, semantic, cosine)
  for (const r of semantic) rank[r] = cosine[r] - (near.rows.headingOnly(r) ? HEADING_ONLY_COSINE_PENALTY : 0)
  return { rank, cosine }
}

/** Keyword hits passing the filters, ranked by relevance (BM25 over the rerank pool), by date, or in document order. */
function rankKeywordMatches(input: ModeInput, matches: KeywordMatches, sort: SearchQuery['sort'], texts = input.searcher.texts()): RankedSet {
  const { rows, searcher, plan, failBits, browsing, unfiltered } = input
  // Unfiltered, every match is kept: no copy of what can be most of a million rowids.
  const kept: number[] | Int32Array = unfiltered ? matches.rowids : []
  const tier = rows.scratch(0)
  for (let i = 0; i < matches.rowids.length; i++) {
    const r = matches.rowids[i]
    if (!unfiltered) {
      if (failBits(r) !== 0) continue
      ;(kept as number[]).push(r)
    }
    tier[r] = matches.tiers[i] + (rows.headingOnly(r) ? 0 : rankWeights.withText)
  }
  const dated = byDate(rows, sort)
  if (browsing) return orderedSet(kept, dated ?? ((a, b) => a - b), () => 0)
  if (dated) return orderedSet(kept, dated, (r) => tier[r])
  const hits = keywordPool(rows, kept, tier)
  const corpus = { size: rows.size, avgLength: rows.avgLength }
  // The heading tier's part of a tier: what is left above the words, less the with-text part, is heading plus nearness.
  const headingTier = (r: number) => (tier[r] % rankWeights.character) - (rows.headingOnly(r) ? 0 : rankWeights.withText) >= rankWeights.heading
  return keywordSet(
    rows,
    hits,
    tier,
    (rowids) => searcher.bm25(plan.terms, rowids, corpus, texts),
    (rowids) => headingStraddles(plan.terms, rowids.filter(headingTier), texts),
  )
}

/**
 * Semantic relevance order: by ranking cosine, then a title containing the query's phrase moved below the
 * clauses whose text contains it, as keyword and hybrid mode rank them (the set holds at most SEMANTIC_LIMIT).
 */
function semanticOrder({ rows, query, searcher, plan }: ModeInput, semantic: readonly number[], rank: Float32Array): Compare {
  const byCosine = [...semantic].sort((a, b) => rank[b] - rank[a] || a - b)
  const matches = hasPhrase(query) ? new Set(searcher.match(plan).rowids) : null
  const ranked = matches ? headingOnlyBelowText(byCosine, (r) => (matches.has(r) ? 1 : 0), (r) => rows.headingOnly(r)) : byCosine
  const position = new Map(ranked.map((r, i) => [r, i]))
  return (a, b) => position.get(a)! - position.get(b)!
}

/**
 * How much of the query's words a keyword match holds (its tier's word part, in units of a single character's
 * weight: only compared), 0 for a clause it did not match.
 */
function wordsFound(matches: KeywordMatches, size: number): (rowid: number) => number {
  // By rowid, not a Map: free text can match most of a million clauses.
  const words = new Uint16Array(size + 1)
  for (let i = 0; i < matches.rowids.length; i++) words[matches.rowids[i]] = Math.floor(matches.tiers[i] / rankWeights.character)
  return (r) => words[r]
}

function hasPhrase(query: SearchQuery): boolean {
  return query.query.groups.some((g) => g.some((t) => t.kind === 'phrase'))
}

/**
 * Whether a keyword hit holds a phrase as the user typed it, and so is kept whatever its cosine. A phrase the everyday
 * vocabulary searched in its place (PhraseTerm.widened: 收费 for iPhone多少钱, which holds 多少钱) says only part of
 * what was typed, or says it in other words: a clause holding only that must come with some closeness, as a
 * free-text word's hit must. Without a widened phrase every hit of a phrase query holds a typed one.
 */
function holdsTypedPhrase(query: SearchQuery, matches: KeywordMatches, texts: ClauseTexts): (rowid: number) => boolean {
  const phrases = query.query.groups.flat().filter((t) => t.kind === 'phrase')
  if (phrases.length === 0) return () => false
  if (phrases.every((t) => !t.widened)) return () => true
  const typed = phrases.filter((t) => !t.widened).map((t) => t.match)
  const norms = texts.get(Array.from(matches.rowids))
  return (r) => typed.some((m) => norms.get(r)?.norm.includes(m) === true)
}

/** The date order a sort asks for (newest or oldest first), or null when it asks for relevance. */
function byDate(rows: ClauseRows, sort: SearchQuery['sort']): Compare | null {
  return sort === 'relevance' ? null : dateOrder(rows, sort === 'date-asc')
}

/**
 * The nearest clauses passing the filters (the filter bits in `ignore` ignored: a facet ignores its own
 * filter) whose ranking cosine, heading-only clauses moved down, is at or above the model's floor.
 */
function closePassing(input: ModeInput, near: Closeness, ignore: number): number[] {
  return closeSet(input, near, ignore).best
}

interface LimitedClose {
  best: number[]
  beyond: number[]
  unfetched: boolean
}

/** closePassing's clauses, with what SEMANTIC_LIMIT left out of them (nearestRanked's `beyond`, `unfetched`). */
function closeSet(input: ModeInput, near: Closeness, ignore: number): LimitedClose {
  const within = input.rows.candidates(input.query.filters, ignore)
  const found = nearestRanked(near, (r) => (input.failBits(r) & ~ignore) === 0, within)
  return { ...found, best: found.best.filter((r) => near.rank[r] >= near.floor.semantic) }
}

/**
 * The `limit` clauses best by `rank` among those `accept` lets through: the same clauses as ranking every
 * clause with the penalty, from a nearest-by-cosine list fetched deep enough. A clause not fetched has a
 * cosine at most the last fetched one's, so once the `limit`-th best rank is above that, none can enter;
 * until then (heading-only clauses filled the head) twice as many are fetched. `beyond`: fetched clauses the
 * limit left out that are at or above the floor; `unfetched`: clauses never fetched may be at or above it too.
 */
function nearestRanked({ rows, query, rank, floor }: Closeness, accept: (rowid: number) => boolean, within: RowSubset | null, limit = SEMANTIC_LIMIT): LimitedClose {
  const byRank = (a: number, b: number) => rank[b] - rank[a] || a - b
  for (let fetch = 2 * limit; ; fetch *= 2) {
    const found = query.nearest(accept, fetch, within)
    for (const r of found) {
      rank[r] = query.sims[r]
      if (rows.headingOnly(r)) rank[r] -= HEADING_ONLY_COSINE_PENALTY
    }
    const best = topK(found, limit, byRank)
    const exhausted = found.length < fetch
    if (exhausted || (best.length === limit && rank[best[limit - 1]] > query.sims[found[found.length - 1]])) {
      const kept = new Set(best)
      const beyond = found.filter((r) => !kept.has(r) && rank[r] >= floor.semantic)
      return { best, beyond, unfetched: !exhausted && query.sims[found[found.length - 1]] >= floor.semantic }
    }
  }
}

/** Disjunctive facets for a result set that must be recomputed with each facet's own filter ignored. */
function perFacet(rows: ClauseRows, setIgnoring: (field: FacetField) => Iterable<number>): Facets {
  const facets = { ...EMPTY_FACETS }
  for (const field of FACET_FIELDS) facets[field] = rows.facetCounts(field, setIgnoring(field))
  return facets
}
