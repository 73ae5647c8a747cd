/**
 * GET /api/feed: an Atom feed of any search (the same q and filters as /api/search), newest clauses
 * first by the date they were first indexed; `since=` keeps only what is new since a date. Feed readers
 * poll: the answer carries an ETag (a 304 when unchanged) and may be cached for five minutes.
 */
import { createHash } from 'node:crypto'
import { Hono } from 'hono'
import type { AppDeps } from '../app-deps.js'
import { citationContext, clauseUrl } from '../hits.js'
import { ATOM_CONTENT_TYPE, renderAtom } from '../feed/atom.js'
import { newestClauses } from '../feed/newest-clauses.js'
import { feedQuerySchema, type FeedQueryParams } from '../http/query-schemas.js'
import { validate } from '../http/validate.js'
import { parseQuery } from '../query/parse-query.js'
import { buildSnippet } from '../snippet/highlight.js'
import { citedClauses, placeSearch } from './cited-clauses.js'
import { filtersFrom } from './search-request.js'

const FEED_MAX_AGE_SECONDS = 300

/** `双减（江门市、荆门市；2024年）`: the search in words, for the feed's title. */
function describeSearch(p: FeedQueryParams): string {
  const filters = [...p.city, ...p.province, ...p.level, ...p.theme, ...p.year.map((y) => `${y}年`)]
  if (p.yearFrom !== undefined || p.yearTo !== undefined) filters.push(`${p.yearFrom ?? ''}—${p.yearTo ?? ''}年`)
  const left = [...p.exceptProvince, ...p.exceptCity, ...p.exceptYear.map((y) => `${y}年`)]
  if (left.length) filters.push(`不含${left.join('、')}`)
  const what = p.q || '全部条款'
  return filters.length ? `${what}（${filters.join('、')}）` : what
}

export function feedRoutes(deps: AppDeps): Hono {
  return new Hono().get('/feed', validate('query', feedQuerySchema), async (c) => {
    const p = c.req.valid('query')
    const url = new URL(c.req.url)
    const { origin } = citationContext(c.req.url)
    const parsed = parseQuery(p.q, deps.tokenizer)
    const filters = filtersFrom(p)
    const body = await deps.index.use(async ({ engine, citations }) => {
      // A pasted citation (六、第25条) is followed as the search lists it, the clauses at that place, not its words,
      // which no clause says (cited-clauses.ts); the place's words are not marked either.
      const atPlace = placeSearch(await citedClauses(p.q, filters, engine, citations), filters)
      const clauses = await newestClauses(engine, { query: atPlace?.query ?? parsed, filters: atPlace?.filters ?? filters, excludeIds: atPlace?.excludeIds, sort: p.sort, limit: p.limit })
      const cited = await citations.citeAll(clauses)
      const updated = clauses.length ? clauses.map((cl) => cl.firstIndexed).reduce((a, b) => (a > b ? a : b)) : ((await engine.health()).indexedAt ?? new Date(0).toISOString())
      const search = new URLSearchParams(url.search)
      search.delete('limit')
      search.delete('since')
      return renderAtom({
        selfUrl: `${origin}/api/feed${url.search}`,
        alternateUrl: `${origin}/search${search.size ? `?${search}` : ''}`,
        title: `政策条款订阅：${describeSearch(p)}`,
        subtitle: `最新收录的匹配条款（最多 ${p.limit} 条）${p.since ? `，${p.since.slice(0, 10)} 以来` : ''}`,
        updated,
        entries: clauses.map((cl, i) => ({
          url: origin + clauseUrl(cl.id),
          title: cited[i],
          updated: cl.firstIndexed,
          summaryHtml: buildSnippet(cl.text, atPlace ? [] : parsed.highlight),
          categories: cl.themes,
        })),
      })
    })
    // Weak: the tag names the feed in whichever coding it is sent (compress-answers.ts), and a 304 must carry the
    // very tag and Vary its 200 had (RFC 9110 §15.4.5), compressed or not; the middleware cannot tell a 304's 200.
    const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
    c.header('Cache-Control', `public, max-age=${FEED_MAX_AGE_SECONDS}`)
    c.header('ETag', etag)
    c.header('Vary', 'Accept-Encoding')
    if (sameTag(c.req.header('If-None-Match'), etag)) return c.body(null, 304)
    return c.body(body, 200, { 'Content-Type': ATOM_CONTENT_TYPE })
  })
}

/** Weak comparison (RFC 9110 §13.1.2), as If-None-Match asks: a tag sent strong by an older server still matches. */
function sameTag(header: string | undefined, etag: string): boolean {
  const opaque = etag.replace(/^W\//, '')
  return !!header && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque || tag.trim() === '*')
}
