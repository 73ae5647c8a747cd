/** GET /api/plans (every plan's metadata) and GET /api/plans/:id (a plan with all its records in order). */
import { Hono } from 'hono'
import type { AppDeps } from '../app-deps.js'
import type { PlanResponse, PlansResponse } from '../api-types.js'
import { citeWith } from '../citation-book.js'
import { PortalError } from '../errors.js'
import { citationContext, clauseUrl } from '../hits.js'
import { idParamSchema, plansQuerySchema } from '../http/query-schemas.js'
import { validate } from '../http/validate.js'
import { contentDisposition } from '../export/csv.js'
import { locateSourceFile, readSourceFile } from '../http/source-file.js'
import { orMoved } from '../http/moved-ids.js'

export function planRoutes(deps: AppDeps): Hono {
  return new Hono()
    .get('/plans', validate('query', plansQuerySchema), async (c) => {
      const { title } = c.req.valid('query')
      const every = await deps.index.use(({ engine }) => engine.listPlans())
      // A suggested title names its plan here; several plans may share one (县2024年教育体育工作要点).
      const plans = title === undefined ? every : every.filter((p) => p.title === title)
      return c.json({ plans } satisfies PlansResponse)
    })
    .get('/plans/:id', validate('param', idParamSchema), async (c) => {
      const { id } = c.req.valid('param')
      // A plan id a re-index renamed answers 301 to its live id (http/moved-ids.ts).
      return orMoved(c, deps.movedIds, id, (live) => `/api/plans/${encodeURIComponent(live)}`, async () => {
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
    })
    .get('/plans/:id/file', validate('param', idParamSchema), async (c) => {
      const { id } = c.req.valid('param')
      return orMoved(c, deps.movedIds, id, (live) => `/api/plans/${encodeURIComponent(live)}/file`, async () => {
        const plan = await deps.index.use(({ engine }) => engine.getPlan(id))
        if (!plan) throw new PortalError('plan_not_found', `找不到编号为 ${id} 的文件，请从 /api/plans 的列表中选择`, { param: 'id' })
        const corpusDir = deps.options?.corpusDir
        const found = corpusDir ? locateSourceFile(corpusDir, plan.source.file) : ({ problem: 'missing' } as const)
        if ('problem' in found) {
          const why = found.problem === 'missing' ? '原始文件不在语料目录中（它可能是从其他目录建立索引的，或已被移走）' : '原始文件的路径不在语料目录之内，不能下载'
          throw new PortalError('not_found', `无法下载《${plan.title}》的原始文件 ${plan.source.file}：${why}`)
        }
        const file = await readSourceFile(found.path, plan.id)
        c.header('Content-Type', file.contentType)
        c.header('Content-Disposition', contentDisposition(file.name, file.fallbackName))
        c.header('Cache-Control', 'no-cache')
        return c.body(file.bytes as Uint8Array<ArrayBuffer>)
      })
    })
}
