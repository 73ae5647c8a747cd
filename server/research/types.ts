/**
 * The wire shapes of the research endpoints (/api/research/*): how a term spreads over cities and
 * years, themes by city, and the comparison of two plans. Shared by the server and the web app
 * (import type only). A city of `null` is a plan whose place is not stated (anonymised); the web app
 * shows it as 地区未注明 rather than dropping it.
 */
import type { ChapterRef } from '../../indexer/types.js'
import type { SearchMode } from '../engine/types.js'

/** One city × year cell: every plan of that city and year, and how many mention the query. */
export interface SpreadCell {
  city: string | null
  year: number
  /** Plans of this city and year in the corpus (0: no plan, which is not the same as no mention). */
  plans: number
  /** Of those, the plans with at least one matching clause. */
  mentioning: number
  /** Matching clauses in those plans. */
  clauses: number
  /** The plans of the cell, so that the cell can link to exactly its clauses. */
  planIds: string[]
}

/** The first year a city's plans mention the query. */
export interface FirstMention {
  city: string | null
  year: number
  planId: string
  planTitle: string
  clauses: number
}

/** One point of the per-year line: the share of all plans of that year that mention the query. */
export interface YearShare {
  year: number
  plans: number
  mentioning: number
  /** mentioning / plans, 0 when the year has no plan. */
  share: number
}

export interface SpreadResponse {
  query: string
  mode: SearchMode
  /** Rows: cities by first mention (earliest first), then those never mentioning it; null last. */
  cities: (string | null)[]
  /** Columns: every year from the earliest to the latest plan, gaps included. */
  years: number[]
  /** Every city × year, row by row. */
  cells: SpreadCell[]
  firstMentions: FirstMention[]
  yearly: YearShare[]
  totals: {
    plans: number
    mentioning: number
    clauses: number
    /** Plans without a year: counted in the totals, absent from the grid. */
    undatedPlans: number
  }
  /** Semantic mode: the engine's nearest clauses only (this many), not every clause that could match. */
  limitedTo?: number
}

export interface FirstMentionsResponse {
  query: string
  mode: SearchMode
  firstMentions: FirstMention[]
  /** Cities with plans that never mention the query. */
  never: (string | null)[]
}

export interface ThemeCityCell {
  theme: string
  city: string | null
  clauses: number
}

export interface ThemeCityResponse {
  /** '' for the whole corpus. */
  query: string
  mode: SearchMode
  themes: string[]
  cities: (string | null)[]
  /** Every theme × city, theme by theme, zeros included. */
  cells: ThemeCityCell[]
  /** Clauses in the result set (a clause with several themes counts once here, once per theme in the cells). */
  total: number
  /** The plans without a city, for linking the 地区未注明 column (no city filter can select them). */
  unnamedCityPlanIds: string[]
}

export type AlignStatus = 'kept' | 'reworded' | 'new' | 'dropped'

/** A piece of a character-level diff: `=` in both, `-` only in the earlier text, `+` only in the later one. */
export interface DiffPart {
  op: '=' | '-' | '+'
  text: string
}

export interface CompareClause {
  id: string
  chapter: ChapterRef | null
  number: number | null
  /** A paragraph's place in a chapter without numbered clauses (ClauseRecord.paragraph): shown 第2段, not 段落. */
  paragraph?: number
  /** A heading printed with nothing under it (ClauseRecord.headingOnly): shown 仅有标题, not 段落. */
  headingOnly?: true
  heading: string
  text: string
  themes: string[]
  citation: string
}

export interface AlignedRow {
  status: AlignStatus
  a: CompareClause | null
  b: CompareClause | null
  /** Similarity of the pair, 0–1 (cosine or character overlap, see `method`). */
  similarity: number | null
  /** For reworded pairs: from a's text to b's text. */
  diff?: DiffPart[]
}

export interface ChapterRow {
  status: AlignStatus
  a: (ChapterRef & { clauses: number }) | null
  b: (ChapterRef & { clauses: number }) | null
}

export interface ComparePlanInfo {
  id: string
  title: string
  city: string | null
  year: number | null
  issuer: string | null
}

export interface PlanCompareResponse {
  a: ComparePlanInfo
  b: ComparePlanInfo
  /** `semantic`: clause embeddings of the index; `chars`: overlap of character pairs (no model). */
  method: 'semantic' | 'chars'
  rows: AlignedRow[]
  chapters: ChapterRow[]
  counts: Record<AlignStatus, number>
}
