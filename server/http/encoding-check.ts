/**
 * Hono leaves an undecodable `%XX` sequence as literal text, so `q=%FF` would silently search for
 * the three characters "%FF". A malformed or non-UTF-8 percent-encoding in the path or query is
 * instead rejected here, before routing and validation.
 */
import type { MiddlewareHandler } from 'hono'
import { PortalError } from '../errors.js'

/** True when every percent-escape in the text decodes as well-formed UTF-8. */
export function isWellFormedUrlText(raw: string): boolean {
  if (!raw.includes('%')) return true
  try {
    decodeURIComponent(raw)
    return true
  } catch {
    return false
  }
}

export function rejectBadEncoding(): MiddlewareHandler {
  return async (c, next) => {
    const url = c.req.url
    const pathStart = url.indexOf('/', url.indexOf('://') + 3)
    const hash = url.indexOf('#', pathStart)
    const target = url.slice(pathStart, hash === -1 ? undefined : hash)
    if (!isWellFormedUrlText(target)) {
      throw new PortalError('invalid_encoding', '请求地址包含无效的编码（不是合法的 UTF-8），请检查链接是否完整')
    }
    await next()
  }
}
