/**
 * Hostile and malformed requests against the real server: each gets exactly the documented status and
 * error code (or an ordinary answer when the input is odd but valid), and the server keeps answering.
 */
import { describe, expect, it } from 'vitest'
import type { SearchResponse } from './api-types.js'
import { useTestPortal } from './testing/use-test-portal.js'

const t = useTestPortal()

const enc = encodeURIComponent
const S = '/api/search?'
const many = (name: string, n: number) => Array.from({ length: n }, (_, i) => `${name}=v${i}`).join('&')

interface Case {
  name: string
  path: string
  method?: string
  body?: string
  status: number
  /** The error code, or null for a normal answer. */
  code: string | null
}

const CASES: Case[] = [
  // mode / sort / format / group: unknown enum values
  { name: 'unknown mode', path: `${S}q=x&mode=fuzzy`, status: 400, code: 'invalid_mode' },
  { name: 'empty mode', path: `${S}q=x&mode=`, status: 400, code: 'invalid_mode' },
  { name: 'mode in capitals', path: `${S}mode=KEYWORD`, status: 400, code: 'invalid_mode' },
  { name: 'unknown sort', path: `${S}sort=newest`, status: 400, code: 'invalid_sort' },
  { name: 'unknown export format', path: '/api/export?format=xlsx', status: 400, code: 'invalid_format' },
  { name: 'two export formats', path: '/api/export?format=csv&format=json', status: 400, code: 'repeated_parameter' },
  { name: 'unknown group', path: `${S}group=city`, status: 400, code: 'invalid_group' },
  // page / limit
  { name: 'page 0', path: `${S}page=0`, status: 400, code: 'invalid_page' },
  { name: 'negative page', path: `${S}page=-1`, status: 400, code: 'invalid_page' },
  { name: 'page not a number', path: `${S}page=abc`, status: 400, code: 'invalid_page' },
  { name: 'page in exponent form', path: `${S}page=1e3`, status: 400, code: 'invalid_page' },
  { name: 'page past the last allowed', path: `${S}page=1001`, status: 400, code: 'invalid_page' },
  { name: 'page with 20 digits', path: `${S}page=99999999999999999999`, status: 400, code: 'invalid_page' },
  { name: 'limit 0', path: `${S}limit=0`, status: 400, code: 'invalid_limit' },
  { name: 'limit above 100', path: `${S}limit=101`, status: 400, code: 'invalid_limit' },
  { name: 'fractional limit', path: `${S}limit=2.5`, status: 400, code: 'invalid_limit' },
  { name: 'repeated page', path: `${S}page=1&page=2`, status: 400, code: 'repeated_parameter' },
  { name: 'repeated limit', path: `${S}limit=10&limit=20`, status: 400, code: 'repeated_parameter' },
  { name: 'repeated q', path: `${S}q=a&q=b`, status: 400, code: 'repeated_parameter' },
  // years
  { name: 'year not a number', path: `${S}year=abc`, status: 400, code: 'invalid_year' },
  { name: 'year before 1949', path: `${S}year=1800`, status: 400, code: 'invalid_year' },
  { name: 'one bad year in a list', path: `${S}year=2025&year=x`, status: 400, code: 'invalid_year' },
  { name: 'yearTo far in the future', path: `${S}yearTo=3000`, status: 400, code: 'invalid_year' },
  { name: 'yearFrom after yearTo', path: `${S}yearFrom=2026&yearTo=2020`, status: 400, code: 'invalid_year_range' },
  { name: 'yearFrom after yearTo in an export', path: '/api/export?yearFrom=2030&yearTo=2020', status: 400, code: 'invalid_year_range' },
  // other filters
  { name: 'unknown level', path: `${S}level=${enc('乡镇')}`, status: 400, code: 'invalid_level' },
  { name: 'outlineOnly not a boolean', path: `${S}outlineOnly=yes`, status: 400, code: 'invalid_flag' },
  { name: 'city of 101 characters', path: `${S}city=${enc('荆'.repeat(101))}`, status: 400, code: 'filter_too_long' },
  { name: 'city repeated 51 times', path: `${S}${many('city', 51)}`, status: 400, code: 'too_many_values' },
  { name: 'theme repeated 51 times', path: `${S}${many('theme', 51)}`, status: 400, code: 'too_many_values' },
  { name: 'city repeated 50 times', path: `${S}${many('city', 50)}`, status: 200, code: null },
  // q length
  { name: 'q of 501 characters', path: `${S}q=${enc('双'.repeat(501))}`, status: 400, code: 'query_too_long' },
  { name: 'q of 1 500 characters', path: `${S}q=${enc('课后服务'.repeat(375))}`, status: 400, code: 'query_too_long' },
  // 10 000 characters are 90 KB percent-encoded, over Node's 16 KB request-head limit.
  { name: 'q of 10 000 characters', path: `${S}q=${enc('课后服务'.repeat(2500))}`, status: 431, code: 'request_too_large' },
  { name: 'q of exactly 500 characters', path: `${S}q=${enc('双减'.repeat(250))}`, status: 200, code: null },
  // encoding
  { name: 'q not UTF-8 (%FF)', path: `${S}q=%FF`, status: 400, code: 'invalid_encoding' },
  { name: 'q truncated UTF-8', path: `${S}q=%E5%8F`, status: 400, code: 'invalid_encoding' },
  { name: 'overlong UTF-8 in a filter', path: `${S}city=%C0%AF`, status: 400, code: 'invalid_encoding' },
  { name: 'broken percent escape', path: `${S}q=%zz`, status: 400, code: 'invalid_encoding' },
  { name: 'UTF-16 surrogate encoded as UTF-8', path: `${S}q=%ED%A0%80`, status: 400, code: 'invalid_encoding' },
  { name: 'invalid UTF-8 in a clause id', path: '/api/clauses/%FF%FE', status: 400, code: 'invalid_encoding' },
  // ids
  { name: 'path traversal in a clause id', path: '/api/clauses/..%2F..%2Fetc%2Fpasswd', status: 400, code: 'invalid_id' },
  { name: 'backslash traversal in a plan id', path: '/api/plans/..%5C..%5Cwindows', status: 400, code: 'invalid_id' },
  { name: 'SQL injection in a clause id', path: `/api/clauses/${enc("x' OR 1=1 --")}`, status: 400, code: 'invalid_id' },
  { name: 'script tag in a clause id', path: `/api/clauses/${enc('<script>')}`, status: 400, code: 'invalid_id' },
  { name: 'clause id of 201 characters', path: `/api/clauses/${'a'.repeat(201)}`, status: 400, code: 'invalid_id' },
  { name: 'unknown clause id', path: '/api/clauses/jingmen-2025-x-9-99', status: 404, code: 'clause_not_found' },
  { name: 'similar of an unknown clause', path: '/api/clauses/jingmen-2025-x-9-99/similar', status: 404, code: 'clause_not_found' },
  { name: 'similar with limit 0', path: '/api/clauses/jingmen-2025-x-9-99/similar?limit=0', status: 400, code: 'invalid_limit' },
  { name: 'unknown plan id', path: '/api/plans/no-such-plan', status: 404, code: 'plan_not_found' },
  // suggest
  { name: 'suggest prefix of 51 characters', path: `/api/suggest?q=${'a'.repeat(51)}`, status: 400, code: 'query_too_long' },
  { name: 'suggest limit 50', path: '/api/suggest?q=a&limit=50', status: 400, code: 'invalid_limit' },
  // injection attempts and engine syntax in q: ordinary answers
  { name: 'SQL injection in q', path: `${S}q=${enc("' OR 1=1 --")}`, status: 200, code: null },
  { name: 'SQL injection in a filter', path: `${S}city=${enc("' OR '1'='1")}`, status: 200, code: null },
  { name: 'FTS5 NEAR syntax', path: `${S}q=${enc('NEAR(双减 课后, 2)')}`, status: 200, code: null },
  { name: 'FTS5 column filter', path: `${S}q=${enc('text:双减 AND ^课后')}`, status: 200, code: null },
  { name: 'unbalanced quote', path: `${S}q=${enc('"双减 课后服务')}`, status: 200, code: null },
  { name: 'only a star', path: `${S}q=*`, status: 200, code: null },
  { name: 'script tag in q', path: `${S}q=${enc('<script>alert(1)</script>双减')}`, status: 200, code: null },
  { name: 'NUL and control characters in q', path: `${S}q=%00%01${enc('双减')}%7F`, status: 200, code: null },
  { name: 'emoji in q', path: `${S}q=${enc('📚双减🎒')}`, status: 200, code: null },
  { name: 'unknown parameter', path: `${S}q=x&debug=1`, status: 200, code: null },
  // routes and methods
  { name: 'unknown API route', path: '/api/admin', status: 404, code: 'not_found' },
  { name: 'POST to search', path: '/api/search', method: 'POST', body: 'q=x', status: 405, code: 'method_not_allowed' },
  { name: 'DELETE a plan', path: '/api/plans/x', method: 'DELETE', status: 405, code: 'method_not_allowed' },
  { name: 'PUT health', path: '/api/health', method: 'PUT', body: '{}', status: 405, code: 'method_not_allowed' },
  { name: 'a 1 MB body', path: '/api/search', method: 'POST', body: 'x'.repeat(1 << 20), status: 413, code: 'payload_too_large' },
  { name: 'semantic search without a model', path: `${S}q=x&mode=hybrid`, status: 503, code: 'semantic_unavailable' },
]

describe('bad input', () => {
  it('has at least 40 cases', () => {
    expect(CASES.filter((c) => c.code !== null).length).toBeGreaterThanOrEqual(40)
  })

  it.each(CASES)('$name → $status $code', async ({ path, method, body, status, code }) => {
    const res = await t.get(path, { method: method ?? 'GET', body })
    const text = await res.text()
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toContain('application/json')
    const json = JSON.parse(text)
    if (code === null) {
      expect(json.error).toBeUndefined()
    } else {
      expect(json.error.code).toBe(code)
      expect(json.error.message.length).toBeGreaterThan(4)
    }
    // No stack trace, file path or driver message in any answer.
    expect(text).not.toMatch(/\bat .+\(.+:\d+:\d+\)|node_modules|\/work\/|\.ts:\d+|SqliteError|SQLITE_/)
  })

  it('escapes a script tag typed into the query everywhere in the hits', async () => {
    const body = (await (await t.get(`${S}q=${enc('<script>alert(1)</script>双减')}`)).json()) as SearchResponse
    for (const h of body.hits) expect(h.snippet).not.toContain('<script>')
  })

  it('still answers normally after all of the above', async () => {
    expect((await t.get('/api/health')).status).toBe(200)
    const body = (await (await t.get(`${S}q=${enc('双减')}`)).json()) as SearchResponse
    expect(body.total).toBe(t.build.clauses.filter((c) => c.text.includes('双减') || c.heading.includes('双减')).length)
  })
})
