/**
 * Old links keep working after a re-index renamed a plan (indexer/moved-ids.ts writes the ledger): a plan or
 * clause id the index no longer holds but the ledger does answers 301 with the same address under its live id,
 * for the API routes that take an id (/api/clauses/:id, /api/plans/:id …), the pages /c/:id and /p/:id, and the
 * query parameters that name plans (a search's plan= filter, the a= and b= of a comparison). A fragment
 * (/p/<old>#<clause>) is kept by the browser across the redirect; the plan page resolves it.
 * The redirects say no-cache: an id that a later build holds again must not stay redirected in a browser.
 */
import { statSync, type Stats } from 'node:fs'
import path from 'node:path'
import type { Context, MiddlewareHandler } from 'hono'
import { BUILD_FILES } from '../../indexer/build-files.js'
import { readMovedIds, type MovedIds } from '../../indexer/moved-ids.js'
import { PortalError } from '../errors.js'

/** The live id an old one moved to, or null. */
export type MovedIdLookup = (id: string) => string | null

/**
 * The ledger of the build folder, read again when the indexer has renamed a new one into place (its inode,
 * size or time changed): asked only for an id the index lacks, a page link or a plan= value, so one stat each.
 */
export function movedIdsIn(buildDir: string): MovedIdLookup {
  const file = path.join(buildDir, BUILD_FILES.movedIds)
  let seen: Pick<Stats, 'ino' | 'size' | 'mtimeMs'> | null = null
  let ledger: MovedIds = new Map()
  return (id) => {
    const now = statSync(file, { throwIfNoEntry: false })
    if (!now) return null // no ledger: a build made before there was one
    if (!seen || now.ino !== seen.ino || now.size !== seen.size || now.mtimeMs !== seen.mtimeMs) {
      ledger = readMovedIds(buildDir)
      seen = now
    }
    return ledger.get(id) ?? null
  }
}

const NOT_FOUND_CODES = new Set(['clause_not_found', 'plan_not_found'])

/**
 * Runs a route's answer for `id`; when it is the index's 404 for that id and the ledger moved the id, answers
 * 301 to `to(liveId)` with the request's query instead.
 */
export async function orMoved(c: Context, lookup: MovedIdLookup | undefined, id: string, to: (liveId: string) => string, answer: () => Promise<Response>): Promise<Response> {
  try {
    return await answer()
  } catch (err) {
    const live = lookup && err instanceof PortalError && NOT_FOUND_CODES.has(err.code) ? lookup(id) : null
    if (live === null) throw err
    return movedRedirect(c, to(live))
  }
}

/**
 * Whether the index being served holds an id. The ledger is written with the build, but the server swaps the new
 * index in a moment later (or keeps the old one when it cannot open it): an id still served is not redirected.
 */
export type ServedId = (kind: 'clause' | 'plan', id: string) => Promise<boolean>

const PAGE = /^\/([cp])\/([^/]+)$/

/** The 301 of a page link /c/<old> or /p/<old> whose id moved and is not served; null for any other path. */
export async function movedPage(c: Context, lookup: MovedIdLookup | undefined, served: ServedId): Promise<Response | null> {
  const m = lookup ? PAGE.exec(c.req.path) : null
  if (!m || !lookup) return null
  let id: string
  try {
    id = decodeURIComponent(m[2])
  } catch {
    return null
  }
  const live = lookup(id)
  if (live === null || (await served(m[1] === 'c' ? 'clause' : 'plan', id))) return null
  return movedRedirect(c, `/${m[1]}/${encodeURIComponent(live)}`)
}

/** The query parameters of a path that hold plan ids: the two plans compared, else the filter of a search (its export, feed, facets, research). */
function planParams(pathname: string): readonly string[] {
  return pathname === '/compare/plans' || pathname === '/api/research/compare' ? ['a', 'b'] : ['plan']
}

/**
 * 301 to the same address with each moved plan id of its query replaced by the live one (a search filtered to an
 * old plan id would find nothing, a comparison of it would be a 404). Requests without such a parameter pass.
 */
export function movedQueryIds(lookup: MovedIdLookup | undefined, served: ServedId): MiddlewareHandler {
  const liveOf = async (v: string) => {
    const live = lookup?.(v.trim()) ?? null
    return live === null || (await served('plan', v.trim())) ? v : live
  }
  return async (c, next) => {
    if (!lookup || !c.req.url.includes('?') || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return next()
    const url = new URL(c.req.url)
    // The redirect repeats the path: one opening with // would be read by the browser as another host (//evil.example/?plan=…).
    if (url.pathname.startsWith('//')) return next()
    const keys = planParams(url.pathname)
    const asked = [...url.searchParams]
    // In their order: only the moved values change.
    const live = await Promise.all(asked.map(async ([k, v]) => [k, keys.includes(k) ? await liveOf(v) : v]))
    if (live.every(([, v], i) => v === asked[i][1])) return next()
    c.header('Cache-Control', 'no-cache')
    return c.redirect(`${url.pathname}?${new URLSearchParams(live)}`, 301)
  }
}

/** 301 to `pathname` with the request's query. */
export function movedRedirect(c: Context, pathname: string): Response {
  const url = new URL(c.req.url)
  c.header('Cache-Control', 'no-cache')
  return c.redirect(`${pathname}${url.search}`, 301)
}
