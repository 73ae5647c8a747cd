/**
 * The one place where errors become HTTP responses. A PortalError keeps its code and message;
 * anything else is logged with its stack and answered with a generic 500, so no stack trace,
 * file path or driver message ever reaches a client.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { Logger } from 'pino'
import { PortalError, errorBody } from '../errors.js'

function fromHttpException(err: HTTPException): PortalError {
  if (err.status === 413) return new PortalError('payload_too_large', '请求体过大', { cause: err })
  if (err.status === 404) return new PortalError('not_found', '找不到请求的资源', { cause: err })
  if (err.status === 405) return new PortalError('method_not_allowed', '不支持该请求方法', { cause: err })
  if (err.status >= 400 && err.status < 500) return new PortalError('invalid_parameter', '请求无效，请检查参数', { cause: err })
  return new PortalError('internal_error', '服务器内部错误，请稍后再试', { cause: err })
}

export function respondWithError(c: Context, err: PortalError): Response {
  for (const [name, value] of Object.entries(err.headers)) c.header(name, value)
  c.header('Cache-Control', 'no-store')
  return c.json(errorBody(err), err.status)
}

export function errorHandler(logger: Logger): ErrorHandler {
  return (err, c) => {
    let portal: PortalError
    if (err instanceof PortalError) portal = err
    else if (err instanceof HTTPException) portal = fromHttpException(err)
    else portal = new PortalError('internal_error', '服务器内部错误，请稍后再试', { cause: err })

    // A client that went away cancels its search (RequestCancelledError, 503): nobody reads that answer, and
    // it is no fault of the server's, so it is not logged as an error (a load test's end would fill the log).
    if (portal.status >= 500 && c.req.raw.signal.aborted) {
      logger.info({ code: portal.code, method: c.req.method, path: c.req.path }, 'the client went away before its answer')
    } else if (portal.status >= 500) {
      const cause = portal.cause instanceof Error ? portal.cause : err
      logger.error({ err: cause, code: portal.code, method: c.req.method, path: c.req.path }, portal.message)
    }
    return respondWithError(c, portal)
  }
}

/** Unknown /api routes answer JSON; other paths are the web app's (see static-files.ts). */
export const apiNotFound: NotFoundHandler = (c) =>
  respondWithError(c, new PortalError('not_found', `没有这个接口：${c.req.method} ${c.req.path.slice(0, 100)}`))
