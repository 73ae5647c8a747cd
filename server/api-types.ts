/**
 * The wire shapes of the HTTP API, shared by the server and the web app (import type only).
 * They are built from the two contracts below them: the records (indexer/types.ts) and the engine
 * contract (server/engine/types.ts). Fields may be added; none may be renamed or dropped (issue 5).
 */
import type { ClauseRecord, PlanRecord } from '../indexer/types.js'
import type { Facets, SearchMode, SortOrder } from './engine/types.js'

export type SuggestionKind = 'term' | 'plan' | 'city' | 'theme'

/** One search-box completion; `count` is the number of clauses the user gets by picking it. */
export interface Suggestion {
  text: string
  kind: SuggestionKind
  count: number
}

/**
 * A clause as the API returns it: the record (less its offsets) plus what a result list shows. The
 * whole clause text is there from /api/clauses/:id/similar, and from /api/search only when asked
 * (`fullText=true`): a result list shows the snippet, and the text was a third of a page's bytes.
 */
export interface ApiHit extends Omit<ClauseRecord, 'start' | 'end' | 'order' | 'text'> {
  /** Full original clause text: on /api/search only with `fullText=true`. */
  text?: string
  /** The plan's display name, unique in the index (PlanRecord.displayName). */
  planName: string
  /** HTML: escaped text with only `<mark>` tags, a window around the best match. */
  snippet: string
  /** The clause's page in the web app. */
  url: string
  /** The portal's citation standard (server/citation.ts). */
  citation: string
  /** GB/T 7714-2015 reference with the clause's absolute URL and today's access date (server/citation-gbt.ts). */
  citationGbt: string
  score: number
}

export interface ApiPlanGroup {
  planId: string
  planTitle: string
  planName: string
  total: number
  hits: ApiHit[]
}

export interface SearchResponse {
  query: string
  mode: SearchMode
  sort: SortOrder
  total: number
  page: number
  limit: number
  tookMs: number
  hits: ApiHit[]
  facets: Facets
  /** With group=plan: one page of the plans (groupPage, groupLimit), most matching first as the engine ranks them. */
  groups?: ApiPlanGroup[]
  /** With group=plan: how many plans match, every page together. */
  groupTotal?: number
  /** Why nothing was found although something was typed (only punctuation or stopwords…). */
  emptyReason?: string
  /** True when `total`, the facet counts and the group totals are lower bounds (the engine's candidate cap was reached). */
  totalIsLowerBound?: boolean
  /**
   * Keyword mode found fewer than FEW_RESULTS clauses for a query of several words: looser queries that
   * find more, and the same query in semantic mode, each with its total (server/query/relax-query.ts).
   * Semantic mode found fewer than FEW_RESULTS: the same query in hybrid mode when it finds more, since it also
   * lists the clauses that say the words (server/routes/literal-alternative.ts).
   */
  alternatives?: QueryAlternative[]
  /**
   * Semantic and hybrid mode: the question named places or years the index holds (荆门 双减), so it was searched
   * as `query` within them. `infer=0` searches the question as typed.
   */
  inferred?: InferredFilters
  /**
   * Keyword mode: a question typed as a sentence matched the clauses holding one of `matched`; its `rankOnly` words are in
   * more than 30% of the clauses, so they ranked those clauses and matched none alone (server/query/telling-words.ts).
   */
  sentenceWords?: SentenceWords
  /** Cities and provinces the query names that the index holds no plan of (南京 双减: 南京市). */
  absentPlaces?: string[]
  /** Plan years the query names that the index holds no plan of (2026年的双减: 2026). */
  absentYears?: number[]
  /**
   * The question asks which places say something or since when (哪些城市提到了人工智能, 哪一年开始提双减): the topic
   * whose spread across cities and years (/research) answers it whole; or it compares the cities it names
   * (荆门和江门的双减有什么不同): the topic and those cities, for the compare view's columns (server/query/plan-level-ask.ts).
   */
  research?: { query: string; asks: 'places' | 'years' | 'compare'; city?: string[] }
  /**
   * The query ends in a place in a plan as citations write it (六、第25条, 第二部分 一、（二）): the clauses standing there, in
   * the plans the text before it names (all, when it names none) under the search's filters; `tooMany` when more plans than
   * the server reads for one place could hold it (server/routes/cited-clauses.ts).
   */
  cited?: { place: string; clauses: { id: string; citation: string; url: string }[]; tooMany?: true }
}

/** The words a question typed as a sentence matched by (held by some clause), and its common words that only ranked. */
export interface SentenceWords {
  matched: string[]
  rankOnly: string[]
}

export interface QueryAlternative {
  query: string
  mode: SearchMode
  total: number
  /** Filters the alternative adds to the search's own: the places and years its query named. */
  filters?: PlaceFilterValues
  /** The query with a word typed in characters of the same sound corrected (双剪 → 双减): 您是不是要找. */
  soundAlike?: true
}

export interface PlaceFilterValues {
  city?: string[]
  province?: string[]
  year?: number[]
  /** Places and years the query named as the ones not asked for (除了荆门以外): left out. */
  exceptCity?: string[]
  exceptProvince?: string[]
  exceptYear?: number[]
}

export interface InferredFilters extends PlaceFilterValues {
  /** What was searched: the question without the place and year words. */
  query: string
  /** The words read as places or years, as the question wrote them. */
  mentions: string[]
}

export interface ClauseResponse {
  clause: ClauseRecord & { url: string; citation: string; citationGbt: string; textHtml: string }
  /** The clause's plan with all of its metadata (what is known and what is not). */
  plan: PlanRecord
  prev: string | null
  next: string | null
  citation: string
  citationGbt: string
}

export interface SimilarResponse {
  id: string
  /** `semantic` when the index has vectors, `keyword` when the clause's heading words were used instead. */
  mode: 'semantic' | 'keyword'
  /**
   * The clause is heading-only (a table-of-contents title without text): the neighbours were found from
   * its heading, with its chapter and plan as context (server/routes/similar-query.ts).
   */
  headingOnly: boolean
  hits: ApiHit[]
}

export interface PlansResponse {
  plans: PlanRecord[]
}

export interface PlanResponse {
  plan: PlanRecord
  clauses: (ClauseRecord & { url: string; citation: string; citationGbt: string })[]
}

export type FacetsResponse = Facets

export interface SuggestResponse {
  suggestions: Suggestion[]
}

export interface HealthResponse {
  status: 'ok' | 'unavailable'
  engine: 'sqlite' | 'meilisearch'
  plans: number
  clauses: number
  vectors: number
  indexedAt: string | null
  semantic: boolean
  semanticModel: string | null
  /** Which engine serves and with what limits, in plain words (when the engine gives one). */
  engineDescription?: string
  reason?: string
  error?: ErrorResponse['error']
}

/** The body of every 4xx/5xx answer; `param` names the query parameter at fault. */
export interface ErrorResponse {
  error: { code: PortalErrorCode; message: string; param?: string }
}

/** Every error code a client can receive; server/errors.ts maps each to its HTTP status. */
export type PortalErrorCode =
  // 400: bad input, always caught at the edge
  | 'invalid_parameter'
  | 'query_too_long'
  | 'invalid_mode'
  | 'invalid_sort'
  | 'invalid_format'
  | 'invalid_group'
  | 'invalid_page'
  | 'invalid_limit'
  | 'invalid_year'
  | 'invalid_year_range'
  | 'invalid_level'
  | 'invalid_flag'
  | 'filter_too_long'
  | 'too_many_values'
  | 'repeated_parameter'
  | 'invalid_encoding'
  | 'invalid_id'
  // 4xx: routing and limits
  | 'not_found'
  | 'clause_not_found'
  | 'plan_not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'request_too_large'
  | 'rate_limited'
  // 5xx: the server or one of its parts
  | 'engine_unavailable'
  | 'semantic_unavailable'
  | 'internal_error'
