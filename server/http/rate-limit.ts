/**
 * A fixed-window per-IP rate limit for /api. In memory, because the portal is one process; a
 * deployment with several processes puts the limit in its reverse proxy instead.
 */
import type { MiddlewareHandler } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'
import { PortalError } from '../errors.js'

export interface RateLimitOptions {
  /** Requests allowed per window and client; 0 disables the limit. */
  limit: number
  windowMs?: number
  now?: () => number
}

interface Window {
  start: number
  count: number
}

/** The socket's address. X-Forwarded-For is not trusted: any client can set it. */
function clientKey(c: Parameters<MiddlewareHandler>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    // app.request() in tests has no socket.
    return 'local'
  }
}

export function rateLimit({ limit, windowMs = 60_000, now = Date.now }: RateLimitOptions): MiddlewareHandler {
  if (limit <= 0) return async (_c, next) => next()
  const windows = new Map<string, Window>()
  let lastSweep = now()

  return async (c, next) => {
    const t = now()
    if (t - lastSweep > windowMs) {
      // Forget clients whose window has passed so the map cannot grow without bound.
      for (const [key, w] of windows) if (t - w.start >= windowMs) windows.delete(key)
      lastSweep = t
    }
    const key = clientKey(c)
    let w = windows.get(key)
    if (!w || t - w.start >= windowMs) {
      w = { start: t, count: 0 }
      windows.set(key, w)
    }
    w.count++
    const resetSeconds = Math.max(1, Math.ceil((w.start + windowMs - t) / 1000))
    if (w.count > limit) {
      throw new PortalError('rate_limited', `请求过于频繁，请 ${resetSeconds} 秒后再试`, {
        headers: { 'Retry-After': String(resetSeconds), 'RateLimit-Limit': String(limit), 'RateLimit-Remaining': '0' },
      })
    }
    await next()
    c.header('RateLimit-Limit', String(limit))
    c.header('RateLimit-Remaining', String(Math.max(0, limit - w.count)))
    c.header('RateLimit-Reset', String(resetSeconds))
  }
}
