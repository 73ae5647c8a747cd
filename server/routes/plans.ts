/** GET /api/plans (every plan's metadata) and GET /api/plans/:id (a plan with all its records in order). */
import { Hono } from 'hono'
import type { AppDeps } from '../app-deps.js'
import type { PlanResponse, PlansResponse } from '../api-types.js'
import { citeWith } from '../citation-book.js'
import { PortalError } from '../errors.js'
import { citationContext, clauseUrl } from '../hits.js'
import { idParamSchema } from '../http/query-schemas.js'
import { validate } from '../http/validate.js'

export function planRoutes(deps: AppDeps): Hono {
  return new Hono()
    .get('/plans', async (c) => {
      const plans = await deps.index.use(({ engine }) => engine.listPlans())
      return c.json({ plans } satisfies PlansResponse)
    })
    .get('/plans/:id', validate('param', idParamSchema), async (c) => {
      const { id } = c.req.valid('param')
      const body = await deps.index.use(async ({ engine, citations }): Promise<PlanResponse> => {
        const plan = await engine.getPlan(id)
        if (!plan) throw new PortalError('plan_not_found', `找不到编号为 ${id} 的文件，请从 /api/plans 的列表中选择`, { param: 'id' })
        const clauses = await engine.planClauses(id)
        const scheme = citations.remember(plan, clauses)
        const context = citationContext(c.req.url)
        return { plan, clauses: clauses.map((cl) => ({ ...cl, url: clauseUrl(cl.id), ...citeWith(cl, scheme, context) })) }
      })
      return c.json(body)
    })
}
