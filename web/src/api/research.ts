/** The research endpoints (/api/research/*): spread of a term, themes by city, two plans compared. */
import type {
  FirstMentionsResponse, PlanCompareResponse, SpreadResponse, ThemeCityResponse,
} from '../../../server/research/types.js'
import { getJson } from './client.js'

export type {
  AlignedRow, AlignStatus, ChapterRow, CompareClause, ComparePlanInfo, DiffPart, FirstMention, FirstMentionsResponse,
  PlanCompareResponse, SpreadCell, SpreadResponse, ThemeCityResponse, YearShare,
} from '../../../server/research/types.js'

export const researchApi = {
  spread: (params: URLSearchParams, signal?: AbortSignal) => getJson<SpreadResponse>(`/api/research/spread?${params}`, signal),
  firstMentions: (params: URLSearchParams, signal?: AbortSignal) => getJson<FirstMentionsResponse>(`/api/research/first-mentions?${params}`, signal),
  themes: (params: URLSearchParams, signal?: AbortSignal) => getJson<ThemeCityResponse>(`/api/research/themes?${params}`, signal),
  compare: (a: string, b: string, signal?: AbortSignal) =>
    getJson<PlanCompareResponse>(`/api/research/compare?${new URLSearchParams({ a, b })}`, signal),
}
