/** GET /api/clauses/:id (a clause with its neighbours and citation) and /api/clauses/:id/similar. */
import { Hono } from 'hono'
import type { AppDeps } from '../app-deps.js'
import type { ClauseResponse, SimilarResponse } from '../api-types.js'
import type { ParsedQuery, SearchEngine, SearchQuery, WordsTerm } from '../engine/types.js'
import type { ClauseRecord, PlanRecord } from '../../indexer/types.js'
import { PortalError } from '../errors.js'
import { citationContext, clauseUrl, toApiHits } from '../hits.js'
import { clauseQuerySchema, idParamSchema, similarQuerySchema } from '../http/query-schemas.js'
import { validate } from '../http/validate.js'
import { parseQuery } from '../query/parse-query.js'
import { markAll } from '../snippet/highlight.js'
import { orMoved } from '../http/moved-ids.js'
import { citeWith } from '../citation-book.js'
import { headingOnlyContext } from './similar-query.js'

async function clauseOr404(engine: SearchEngine, id: string): Promise<ClauseRecord> {
  const clause = await engine.getClause(id)
  if (!clause) throw new PortalError('clause_not_found', `找不到编号为 ${id} 的条款，它可能已在重新建立索引后改变`, { param: 'id' })
  return clause
}

/** A plan record missing from the index (never in a consistent build): what the clause itself knows of it. */
function planOfClause(clause: ClauseRecord): PlanRecord {
  return {
    id: clause.planId,
    title: clause.planTitle,
    displayName: clause.planTitle,
    issuer: null,
    city: clause.city,
    province: clause.province,
    level: clause.level,
    year: clause.year,
    publishDate: null,
    docNumber: null,
    validity: null,
    source: { file: '', url: null, partOf: null },
    metadataEvidence: {},
    clauseCount: 0,
    outlineOnlyCount: 0,
    passageCount: 0,
    contentHash: '',
  }
}

/** The keyword fallback of "similar": the clause's own heading words, ranked by how many a clause shares. */
function headingQuery(clause: ClauseRecord, words: (text: string) => string[]): ParsedQuery {
  const unique = [...new Set(words(clause.heading))]
  if (unique.length === 0) return { raw: '', groups: [], exclude: [], highlight: [] }
  const term: WordsTerm = { kind: 'words', text: clause.heading, words: unique }
  return { raw: clause.heading, groups: [[term]], exclude: [], highlight: [...unique].sort((a, b) => b.length - a.length) }
}

export function clauseRoutes(deps: AppDeps): Hono {
  return new Hono()
    .get('/clauses/:id', validate('param', idParamSchema), validate('query', clauseQuerySchema), async (c) => {
      const { id } = c.req.valid('param')
      const { q } = c.req.valid('query')
      const highlight = q ? parseQuery(q, deps.tokenizer).highlight : []
      // An id a re-index renamed answers 301 to its live id (http/moved-ids.ts).
      return orMoved(c, deps.movedIds, id, (live) => `/api/clauses/${encodeURIComponent(live)}`, async () => {
        const body = await deps.index.use(async ({ engine, citations }): Promise<ClauseResponse> => {
          const clause = await clauseOr404(engine, id)
          const [plan, siblings] = await Promise.all([engine.getPlan(clause.planId), engine.planClauses(clause.planId)])
          const scheme = plan ? citations.remember(plan, siblings) : await citations.schemeFor(clause.planId, clause)
          const at = siblings.findIndex((s) => s.id === clause.id)
          const cited = citeWith(clause, scheme, citationContext(c.req.url))
          return {
            clause: { ...clause, url: clauseUrl(clause.id), ...cited, textHtml: markAll(clause.text, highlight) },
            plan: plan ?? planOfClause(clause),
            prev: at > 0 ? siblings[at - 1].id : null,
            next: at >= 0 && at < siblings.length - 1 ? siblings[at + 1].id : null,
            ...cited,
          }
        })
        return c.json(body)
      })
    })
    .get('/clauses/:id/similar', validate('param', idParamSchema), validate('query', similarQuerySchema), async (c) => {
      const { id } = c.req.valid('param')
      const { limit } = c.req.valid('query')
      const context = citationContext(c.req.url)
      return orMoved(c, deps.movedIds, id, (live) => `/api/clauses/${encodeURIComponent(live)}/similar`, async () => {
        const body = await deps.index.use(async ({ engine, citations }): Promise<SimilarResponse> => {
          const clause = await clauseOr404(engine, id)
          const ownPlan = await engine.planClauses(clause.planId)
          const vector = await engine.getVector(clause.id)
          const base: Omit<SearchQuery, 'query' | 'mode'> = {
            filters: {},
            sort: 'relevance',
            offset: 0,
            limit,
            facets: false,
            // "How do other cities say this": the clause's own plan is left out entirely.
            excludeIds: ownPlan.map((s) => s.id),
          }
          const headingOnly = clause.outlineOnly || clause.headingOnly === true
          if (vector && headingOnly && deps.embedder) {
            // A title alone embeds as a topic, close to every clause of that topic: ask for it as a question,
            // in its chapter and plan, and let its exact words count too (the same title in another city).
            const query = parseQuery(clause.heading, deps.tokenizer)
            const asked = await deps.embedder.embedQuery(headingOnlyContext(clause))
            const result = await engine.search({ ...base, query, mode: 'hybrid', vector: asked })
            return { id, mode: 'semantic', headingOnly, hits: await toApiHits(result.hits, query.highlight, citations, context) }
          }
          if (vector) {
            const query: ParsedQuery = { raw: '', groups: [], exclude: [], highlight: [] }
            const result = await engine.search({ ...base, query, mode: 'semantic', vector })
            return { id, mode: 'semantic', headingOnly, hits: await toApiHits(result.hits, [], citations, context) }
          }
          const query = headingQuery(clause, (t) => deps.tokenizer.words(t))
          const result = query.groups.length ? await engine.search({ ...base, query, mode: 'keyword' }) : { hits: [] }
          return { id, mode: 'keyword', headingOnly, hits: await toApiHits(result.hits, query.highlight, citations, context) }
        })
        return c.json(body)
      })
    })
}
