/**
 * The JSON shapes of the HTTP API as the web app reads them. The server declares them once in
 * server/api-types.ts (shared, type-only); this module re-exports them under the names the app uses.
 */
export type {
  ApiHit as SearchHitDto,
  ApiPlanGroup as PlanGroupDto,
  ClauseResponse,
  ErrorResponse as ErrorBody,
  HealthResponse,
  InferredFilters,
  PlaceFilterValues,
  PlanResponse,
  PlansResponse,
  PortalErrorCode,
  QueryAlternative,
  SearchResponse,
  SimilarResponse,
  Suggestion,
  SuggestionKind,
  SuggestResponse,
} from '../../../server/api-types.js'
export type { ClauseRecord, PlanRecord } from '../../../indexer/types.js'
export type { Facets, SearchMode, SortOrder } from '../../../server/engine/types.js'
