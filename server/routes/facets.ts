/** GET /api/facets: facet counts over the whole corpus, or over the clauses matching the given filters. */
import { Hono } from 'hono'
import type { AppDeps } from '../app-deps.js'
import type { FacetsResponse } from '../api-types.js'
import { facetsQuerySchema } from '../http/query-schemas.js'
import { jsonBytes } from '../http/json-bytes.js'
import { validate } from '../http/validate.js'
import { filtersFrom } from './search-request.js'

export function facetRoutes(deps: AppDeps): Hono {
  return new Hono().get('/facets', validate('query', facetsQuerySchema), async (c) => {
    const filters = filtersFrom(c.req.valid('query'))
    const facets = await deps.index.useCachedJson('facets', { ...filters }, c.req.raw, ({ engine }, signal): Promise<FacetsResponse> => engine.facets(filters, { signal }))
    return jsonBytes(c, facets)
  })
}
