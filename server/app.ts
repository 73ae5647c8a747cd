/**
 * The Hono application: middleware, the /api routes, the web app and the one error mapping.
 * Built from already opened components (createApp does no I/O), so tests drive it with
 * app.request() or serve it on a random port.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import type { AppDeps } from './app-deps.js'
import { PortalError } from './errors.js'
import { compressAnswers } from './http/compress-answers.js'
import { rejectBadEncoding } from './http/encoding-check.js'
import { apiNotFound, errorHandler, respondWithError } from './http/error-handler.js'
import { rateLimit } from './http/rate-limit.js'
import { requestLog } from './http/request-log.js'
import { securityHeaders } from './http/security-headers.js'
import { isApiPath, spaFallback, staticFiles } from './http/static-files.js'
import { movedPage, movedQueryIds, type ServedId } from './http/moved-ids.js'
import { clauseRoutes } from './routes/clauses.js'
import { exportRoutes } from './routes/export.js'
import { facetRoutes } from './routes/facets.js'
import { feedRoutes } from './routes/feed.js'
import { healthRoutes } from './routes/health.js'
import { openApiRoutes } from './routes/openapi.js'
import { planRoutes } from './routes/plans.js'
import { researchRoutes } from './routes/research.js'
import { searchRoutes } from './routes/search.js'
import { suggestRoutes } from './routes/suggest.js'

export type { AppDeps, AppOptions } from './app-deps.js'

/** Every API path; any method other than GET/HEAD on them is a 405. */
export const API_PATHS = [
  '/api/health',
  '/api/openapi.json',
  '/api/search',
  '/api/export',
  '/api/feed',
  '/api/facets',
  '/api/suggest',
  '/api/plans',
  '/api/plans/:id',
  '/api/plans/:id/file',
  '/api/clauses/:id',
  '/api/clauses/:id/similar',
  '/api/research/spread',
  '/api/research/first-mentions',
  '/api/research/themes',
  '/api/research/compare',
] as const

const DEFAULT_BODY_LIMIT = 16 * 1024

export function createApp(deps: AppDeps): Hono {
  const options = deps.options ?? {}
  const webRoot = options.webRoot ?? null
  const app = new Hono()

  app.use('*', requestLog(deps.logger))
  app.use('*', securityHeaders())
  if (options.corsOrigins?.length) {
    const origins = options.corsOrigins
    app.use(
      '/api/*',
      cors({
        origin: origins.includes('*') ? '*' : origins,
        allowMethods: ['GET', 'HEAD', 'OPTIONS'],
        exposeHeaders: ['Content-Disposition', 'X-Total-Count', 'X-Exported-Count'],
        maxAge: 600,
      }),
    )
  }
  // Outside every /api handler and header middleware below, so it compresses the answer as they leave it.
  app.use('/api/*', compressAnswers())
  app.use('/api/*', rejectBadEncoding())
  app.use('/api/*', rateLimit({ limit: options.rateLimit ?? 0 }))
  const limitBody = bodyLimit({
    maxSize: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
    onError: () => {
      // The unread body is still on the socket: the connection cannot be reused.
      throw new PortalError('payload_too_large', '请求体过大：本接口只接受 GET 请求，参数请放在查询字符串中', { headers: { Connection: 'close' } })
    },
  })
  // Only a request that says it has a body can have one; asking any other for its body would build a full
  // web Request from @hono/node-server's light one (a body stream and a signal per request) for nothing.
  app.use('*', (c, next) => (c.req.raw.headers.has('content-length') || c.req.raw.headers.has('transfer-encoding') ? limitBody(c, next) : next()))
  app.use('/api/*', async (c, next) => {
    await next()
    // Set on the response's own headers: c.header() after the handler turns @hono/node-server's light
    // response into a full web Response (a body stream per request, a large share of a cached answer's cost).
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-cache')
  })

  // A plan id a re-index renamed, in a query (plan=, a=, b=): 301 to the same address with the live id (http/moved-ids.ts).
  const served: ServedId = (kind, id) =>
    deps.index.use(async ({ engine }) => Boolean(kind === 'plan' ? await engine.getPlan(id) : await engine.getClause(id))).catch(() => false)
  app.use('*', movedQueryIds(deps.movedIds, served))

  const api = new Hono()
  api.route('/', healthRoutes(deps))
  api.route('/', openApiRoutes())
  api.route('/', searchRoutes(deps))
  api.route('/', exportRoutes(deps))
  api.route('/', feedRoutes(deps))
  api.route('/', facetRoutes(deps))
  api.route('/', suggestRoutes(deps))
  api.route('/', planRoutes(deps))
  api.route('/', clauseRoutes(deps))
  api.route('/', researchRoutes(deps))
  app.route('/api', api)

  // Registered after the GET handlers, so only other methods reach it.
  for (const path of API_PATHS) {
    app.all(path, () => {
      throw new PortalError('method_not_allowed', '此接口只支持 GET 请求', { headers: { Allow: 'GET, HEAD' } })
    })
  }

  if (webRoot) app.use('*', staticFiles(webRoot))

  app.notFound(async (c) => {
    if (isApiPath(c.req.path)) return apiNotFound(c)
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return respondWithError(c, new PortalError('method_not_allowed', '网页只支持 GET 请求', { headers: { Allow: 'GET, HEAD' } }))
    }
    // A copied link to a plan or clause a re-index renamed (/c/<old>, /p/<old>#…) goes to its live id.
    const moved = await movedPage(c, deps.movedIds, served)
    if (moved) return moved
    const page = await spaFallback(c, webRoot)
    return page ?? respondWithError(c, new PortalError('not_found', '网页尚未构建：请运行 npm run build 或 npm start'))
  })
  app.onError(errorHandler(deps.logger))
  return app
}
