/**
 * The wire shapes of the HTTP API, shared by the server and the web app (import type only).
 * Fields may be added; none may be renamed or dropped (issue 5).
 */
import type { ClauseRecord, PlanRecord } from '../indexer/types.js'
import type { Facets, SearchMode, SortOrder } from './engine/types.js'
import type { PortalErrorCode } from './errors.js'
import type { Suggestion } from './suggest-index.js'

/** A clause as the API returns it: the record (less its offsets) plus what a result list shows. */
export interface ApiHit extends Omit<ClauseRecord, 'start' | 'end' | 'order'> {
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
  groups?: ApiPlanGroup[]
  /** Why nothing was found although something was typed (only punctuation or stopwords…). */
  emptyReason?: string
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
  reason?: string
  error?: { code: PortalErrorCode; message: string }
}

export interface ErrorResponse {
  error: { code: PortalErrorCode; message: string; param?: string }
}
