/** GET /api/search: keyword, semantic or hybrid search with filters, facets and optional grouping by plan. */
import { Hono } from 'hono'
import type { AppDeps } from '../app-deps.js'
import type { SearchResponse } from '../api-types.js'
import { citationContext, toApiGroups, toApiHits } from '../hits.js'
import { searchQuerySchema } from '../http/query-schemas.js'
import { validate } from '../http/validate.js'
import { keywordAlternatives } from './search-alternatives.js'
import { filtersFrom, prepareQuery } from './search-request.js'

export function searchRoutes(deps: AppDeps): Hono {
  return new Hono().get('/search', validate('query', searchQuerySchema), async (c) => {
    const started = performance.now()
    const p = c.req.valid('query')
    const { parsed, engineMode, vector, highlight } = await prepareQuery(p.q, p.mode, deps.tokenizer, deps.embedder)
    const context = citationContext(c.req.url)
    const body = await deps.index.use(async ({ engine, citations }): Promise<SearchResponse> => {
      const result = await engine.search({
        query: parsed,
        filters: filtersFrom(p),
        mode: engineMode,
        vector,
        sort: p.sort,
        offset: (p.page - 1) * p.limit,
        limit: p.limit,
        facets: true,
        groupByPlan: p.group === 'plan' ? { perPlan: p.perPlan } : undefined,
      })
      const response: SearchResponse = {
        query: p.q,
        mode: p.mode,
        sort: p.sort,
        total: result.total,
        page: p.page,
        limit: p.limit,
        tookMs: 0,
        hits: await toApiHits(result.hits, highlight, citations, context),
        facets: result.facets ?? (await engine.facets(filtersFrom(p))),
      }
      if (result.groups) response.groups = await toApiGroups(result.groups, highlight, citations, context)
      if (result.totalIsLowerBound) response.totalIsLowerBound = true
      const emptyReason = result.emptyReason ?? parsed.emptyReason
      if (emptyReason && result.total === 0) response.emptyReason = emptyReason
      if (engineMode === 'keyword' && p.mode === 'keyword' && p.page === 1 && !emptyReason) {
        const alternatives = await keywordAlternatives({
          engine,
          tokenizer: deps.tokenizer,
          embedder: deps.embedder,
          parsed,
          filters: filtersFrom(p),
          total: result.total,
        })
        if (alternatives.length > 0) response.alternatives = alternatives
      }
      return response
    })
    body.tookMs = Math.round((performance.now() - started) * 100) / 100
    return c.json(body)
  })
}
