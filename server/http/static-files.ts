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
    onFound: (_path, c) => {
      c.header('Cache-Control', HASHED_ASSET.test(c.req.path) ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
  })
  return (c, next) => (isApiPath(c.req.path) ? next() : serve(c, next))
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
