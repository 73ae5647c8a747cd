/** GET /api/suggest: prefix suggestions for the search box from the in-memory SuggestIndex. */
import { Hono } from 'hono'
import type { AppDeps } from '../app-deps.js'
import type { SuggestResponse } from '../api-types.js'
import { suggestQuerySchema } from '../http/query-schemas.js'
import { validate } from '../http/validate.js'

export function suggestRoutes(deps: AppDeps): Hono {
  return new Hono().get('/suggest', validate('query', suggestQuerySchema), (c) => {
    const { q, limit } = c.req.valid('query')
    // No engine call: the snapshot's index is in memory, so this never waits on the engine.
    const suggestions = deps.index.snapshot.suggest.suggest(q, limit)
    return c.json({ suggestions } satisfies SuggestResponse)
  })
}
