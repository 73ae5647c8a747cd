/**
 * The engine contract: one query type and one engine interface, implemented by the SQLite
 * engine (embedded default) and the Meilisearch engine. Declared once; everyone imports it.
 * The tokenizer, embedder and vectors are the indexer's inputs and output, so they are declared on the
 * indexer side (indexer/types.ts) and re-exported here: the indexer never imports from the server.
 */
import type { ClauseRecord, ClauseVectors, IndexBuild, PlanRecord } from '../../indexer/types.js'

export type { ClauseVectors, Embedder, Tokenizer } from '../../indexer/types.js'

export type FacetField = 'city' | 'province' | 'year' | 'theme' | 'level'
export const FACET_FIELDS: readonly FacetField[] = ['city', 'province', 'year', 'theme', 'level']

/** Several values of one filter are OR, different filters are AND. */
export interface SearchFilters {
  city?: string[]
  province?: string[]
  year?: number[]
  yearFrom?: number
  yearTo?: number
  theme?: string[]
  level?: string[]
  plan?: string[]
  outlineOnly?: boolean
  /**
   * Places and years left out (除了荆门以外的双减): a clause of any of them is dropped. They narrow every facet too, so
   * the city facet does not offer the city the user excluded.
   */
  exceptCity?: string[]
  exceptProvince?: string[]
  exceptYear?: number[]
  /** ISO time: only clauses first indexed at or after it (ClauseRecord.firstIndexed). */
  since?: string
}

/** An exact substring. `match` is `text` after normalizeForMatch (width, case, traditional → simplified). */
export interface PhraseTerm {
  kind: 'phrase'
  text: string
  match: string
  /**
   * Searched in place of a phrase the user typed, in the plans' words (hybrid mode's everyday vocabulary: 霸凌 | 欺凌),
   * not typed: a clause holding only this is a keyword hit like a free-text word's, not an exact match of the query.
   */
  widened?: true
}

/**
 * Free text, segmented with jieba + the domain dictionary, stopwords dropped. A clause matches when it
 * contains any of the words (each as an exact substring); clauses with all words rank first, then those with most.
 */
export interface WordsTerm {
  kind: 'words'
  text: string
  /** Normalised words, each matched as an exact substring. */
  words: string[]
  /**
   * A word searched for one typed word of this term → that typed word: the everyday vocabulary's word in the plans'
   * words (教师 for 老师, 欺凌 for 霸凌), a part of a word no clause holds (学费 for 交学费). Where the typed word's weight
   * is computed (gram-match-plan.ts), a word jieba's IDF table says nothing of (霸凌) is weighed by the words standing
   * for it (欺凌), which count as much. Carried in the query so that every engine reads the same mapping.
   */
  standsFor?: Readonly<Record<string, string>>
  /**
   * Words of this term that rank the clauses its other words match but match nothing alone: the common words of a
   * question typed as a sentence (学校, 工作 in 职业学校毕业好找工作吗, each in most clauses), decided from counts every
   * engine answers alike (query/telling-words.ts), so both engines match the same clauses.
   */
  rankOnly?: readonly string[]
}

export type QueryTerm = PhraseTerm | WordsTerm

export interface ParsedQuery {
  raw: string
  /** AND of groups; each group is an OR of terms. Empty when the query has no searchable term. */
  groups: QueryTerm[][]
  /** A clause containing any of these is dropped. */
  exclude: PhraseTerm[]
  /** Every normalised string worth highlighting in a hit, longest first. */
  highlight: string[]
  /** Set when the user typed something that leaves nothing to search (only punctuation or stopwords). */
  emptyReason?: string
}

export type SearchMode = 'keyword' | 'semantic' | 'hybrid'
/** `date`: newest year first; `date-asc`: oldest year first. Unknown years come last either way. */
export type SortOrder = 'relevance' | 'date' | 'date-asc'

export interface SearchQuery {
  query: ParsedQuery
  filters: SearchFilters
  mode: SearchMode
  /** The query's embedding; required for `semantic` and `hybrid`. */
  vector?: Float32Array
  sort: SortOrder
  offset: number
  limit: number
  /** Compute facets over the whole result set (disjunctive: a facet ignores its own filter). */
  facets: boolean
  /** Return the top `perPlan` hits of every matching plan with the plan's total. */
  groupByPlan?: { perPlan: number }
  /** Clauses to leave out (e.g. the clause a "similar" request starts from). */
  excludeIds?: string[]
}

export interface FacetValue {
  value: string
  count: number
}
export type Facets = Record<FacetField, FacetValue[]>

export interface SearchHit {
  clause: ClauseRecord
  /** Engine score, larger is better; comparable only within one result. */
  score: number
}

export interface PlanGroup {
  planId: string
  planTitle: string
  total: number
  hits: SearchHit[]
}

export interface SearchResult {
  total: number
  hits: SearchHit[]
  facets: Facets | null
  groups?: PlanGroup[]
  /** Why the result is empty although the user typed something. */
  emptyReason?: string
  /**
   * True when the engine stopped counting at a cap: `total`, the facet counts and the group totals are
   * then at least these numbers, not exact. Absent (or false) when they are exact. The SQLite engine counts exactly, but its semantic
   * and hybrid sets hold at most the 100 closest clauses (vector-query.ts SEMANTIC_LIMIT): when more are as close
   * as the floor asks, the total is theirs and marked so.
   */
  totalIsLowerBound?: boolean
}


export interface EngineHealth {
  ok: boolean
  /** What is wrong and how to fix it, when `ok` is false. */
  reason?: string
  plans: number
  clauses: number
  vectors: number
  indexedAt: string | null
  /** Which engine serves and with what limits, in one plain sentence (shown by /api/health). */
  description?: string
}

/** How the caller may cut a read short; an engine that cannot stop early may ignore it. */
export interface ReadOptions {
  /** Aborted when the answer is no longer wanted (its client went away): work not yet started is dropped. */
  signal?: AbortSignal
  /**
   * The read completes an answer that already had its turn (the counts of a search's looser queries):
   * an engine that queues reads runs it before reads that have not started, so one answer never waits
   * in the queue more than once.
   */
  followUp?: boolean
}

export interface HealthOptions {
  /**
   * false: name the index served without the read that proves its file still readable. For a caller that
   * asks before every request (the result cache's generation), where that read would cost more than the
   * cached answer; a damaged file is still found by the next read that needs it.
   */
  probe?: boolean
}

export interface SearchEngine {
  readonly kind: 'sqlite' | 'meilisearch'
  /** Replace the whole index; readers keep seeing the previous index until the new one is complete. */
  replaceAll(build: IndexBuild, vectors?: ClauseVectors): Promise<void>
  search(query: SearchQuery, options?: ReadOptions): Promise<SearchResult>
  /**
   * Several searches answered in one read, in order (the counts of a few-result query's looser forms): an
   * engine that queues reads then queues them once. Engines without it get one search() per query.
   */
  searchMany?(queries: SearchQuery[], options?: ReadOptions): Promise<SearchResult[]>
  facets(filters?: SearchFilters, options?: ReadOptions): Promise<Facets>
  getClause(id: string): Promise<ClauseRecord | null>
  getPlan(id: string): Promise<PlanRecord | null>
  listPlans(): Promise<PlanRecord[]>
  /** Every record of the plan in document order. */
  planClauses(planId: string): Promise<ClauseRecord[]>
  /** The stored embedding of a clause, when the index has vectors. */
  getVector(id: string): Promise<Float32Array | null>
  health(options?: HealthOptions): Promise<EngineHealth>
  close(): Promise<void>
  /**
   * Reads ahead, off the server's thread, what the first search needs (the worker pool: the clause rows and
   * frequent grams of its threads); resolves when that is done. Engines without such work leave it out.
   */
  prepare?(): Promise<void>
}
