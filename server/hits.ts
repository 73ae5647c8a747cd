/** Engine records → the API's hit shape, with the snippet and citations a result list shows. */
import type { ClauseRecord } from '../indexer/types.js'
import type { PlanGroup, SearchHit } from './engine/types.js'
import type { ApiHit, ApiPlanGroup } from './api-types.js'
import type { CitationBook, CitationContext, ClauseCitations } from './citation-book.js'
import { accessDate } from './citation-gbt.js'
import { buildSnippet } from './snippet/highlight.js'

/** The clause's page in the web app. */
export function clauseUrl(id: string): string {
  return `/c/${encodeURIComponent(id)}`
}

/** The request's origin (for absolute clause links) and today's date in China (the access date). */
export function citationContext(requestUrl: string): CitationContext {
  return { origin: new URL(requestUrl).origin, accessed: accessDate() }
}

/** Whether a hit carries the clause's whole text, or only what a result list shows (the snippet). */
export interface HitShape {
  fullText: boolean
}

const WITH_TEXT: HitShape = { fullText: true }

export function toApiHit(clause: ClauseRecord, score: number, highlight: readonly string[], cited: ClauseCitations, planName: string, shape: HitShape = WITH_TEXT): ApiHit {
  const { start: _start, end: _end, order: _order, text, ...record } = clause
  const hit: ApiHit = { ...record, planName, snippet: buildSnippet(text, [...highlight]), url: clauseUrl(clause.id), ...cited, score }
  if (shape.fullText) hit.text = text
  return hit
}

export async function toApiHits(
  hits: readonly SearchHit[],
  highlight: readonly string[],
  citations: CitationBook,
  context: CitationContext,
  shape: HitShape = WITH_TEXT,
): Promise<ApiHit[]> {
  const clauses = hits.map((h) => h.clause)
  const [cited, names] = await Promise.all([citations.citeBoth(clauses, context), citations.planNames(clauses)])
  return hits.map((h, i) => toApiHit(h.clause, h.score, highlight, cited[i], names[i], shape))
}

export async function toApiGroups(
  groups: readonly PlanGroup[],
  highlight: readonly string[],
  citations: CitationBook,
  context: CitationContext,
  shape: HitShape = WITH_TEXT,
): Promise<ApiPlanGroup[]> {
  return Promise.all(
    groups.map(async (g) => {
      const hits = await toApiHits(g.hits, highlight, citations, context, shape)
      const planName = hits[0]?.planName ?? g.planTitle
      return { planId: g.planId, planTitle: g.planTitle, planName, total: g.total, hits }
    }),
  )
}
