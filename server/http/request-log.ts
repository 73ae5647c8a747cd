/** One structured log line per request, written when the response is ready. */
import type { MiddlewareHandler } from 'hono'
import type { Logger } from 'pino'

export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now()
    await next()
    const ms = Math.round((performance.now() - start) * 100) / 100
    const status = c.res.status
    const search = c.req.url.indexOf('?')
    const query = search === -1 ? undefined : c.req.url.slice(search + 1, search + 301)
    const line = { method: c.req.method, path: c.req.path, query, status, ms }
    if (status >= 500 && c.req.raw.signal.aborted) logger.info({ ...line, clientGone: true }, 'request')
    else if (status >= 500) logger.error(line, 'request')
    else if (status >= 400) logger.warn(line, 'request')
    else logger.info(line, 'request')
  }
}
