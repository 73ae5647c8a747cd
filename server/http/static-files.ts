/**
 * The built web app (dist/web): hashed assets are cached for a year, everything else is
 * revalidated, and any GET outside /api that is not a file gets index.html so that the Vue
 * router can render deep links such as /c/<id>.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Context, MiddlewareHandler } from 'hono'
import { serveStatic } from '@hono/node-server/serve-static'

const HASHED_ASSET = /^\/assets\//

export function isApiPath(p: string): boolean {
  return p === '/api' || p.startsWith('/api/')
}

export function staticFiles(webRoot: string): MiddlewareHandler {
  const serve = serveStatic({
    root: webRoot,
    // The build writes .br and .gz beside each text asset (web/precompress-assets.ts).
    precompressed: true,
  })
  return async (c, next) => {
    if (isApiPath(c.req.path)) return next()
    const res = await serve(c, next)
    // A file not found passes on to the next handler (the SPA fallback), which sets its own header.
    if (!(res instanceof Response)) return res
    // Set on the response itself: serveStatic's onFound runs after the body is built, and a header set on the
    // context then reaches node's lightweight response but not a standard Response (app.request, other runtimes).
    res.headers.set('Cache-Control', HASHED_ASSET.test(c.req.path) ? 'public, max-age=31536000, immutable' : 'no-cache')
    return res
  }
}

/** index.html for client-side routes; null when the web app has not been built. */
export async function spaFallback(c: Context, webRoot: string | null): Promise<Response | null> {
  if (!webRoot) return null
  const index = path.join(webRoot, 'index.html')
  if (!existsSync(index)) return null
  const html = await readFile(index, 'utf8')
  c.header('Cache-Control', 'no-cache')
  return c.html(html)
}
