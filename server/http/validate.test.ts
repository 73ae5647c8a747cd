import { Hono } from 'hono'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { errorHandler } from './error-handler.js'
import { exportQuerySchema, idParamSchema, searchQuerySchema, suggestQuerySchema } from './query-schemas.js'
import { validate } from './validate.js'

/** The real validator and error handler on a bare app that echoes what passed validation. */
const app = new Hono()
  .get('/search', validate('query', searchQuerySchema), (c) => c.json(c.req.valid('query')))
  .get('/export', validate('query', exportQuerySchema), (c) => c.json(c.req.valid('query')))
  .get('/suggest', validate('query', suggestQuerySchema), (c) => c.json(c.req.valid('query')))
  .get('/clauses/:id', validate('param', idParamSchema), (c) => c.json(c.req.valid('param')))
app.onError(errorHandler(pino({ level: 'silent' })))

/** Test names stay short; the long inputs are built here. */
function expand(shown: string): string {
  return shown
    .replace('<501 characters>', '双'.repeat(501))
    .replace('<101 characters>', '荆'.repeat(101))
    .replace('<51 characters>', 'a'.repeat(51))
    .replace('theme=<51 values>', Array.from({ length: 51 }, (_, i) => `theme=t${i}`).join('&'))
}

async function get(path: string) {
  const res = await app.request(path)
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}

describe('searchQuerySchema', () => {
  it('fills the defaults', async () => {
    expect(await get('/search')).toEqual({
      status: 200,
      body: { q: '', mode: 'keyword', sort: 'relevance', page: 1, limit: 20, perPlan: 3, groupPage: 1, groupLimit: 20, city: [], province: [], year: [], theme: [], level: [], plan: [], exceptCity: [], exceptProvince: [], exceptYear: [] },
    })
  })

  it('collects repeated filters, trims values and drops blank ones', async () => {
    const { body } = await get(`/search?q=${encodeURIComponent(' 双减 ')}&city=${encodeURIComponent('荆门市')}&city=${encodeURIComponent('江门市')}&city=&year=2024&year=2025&level=${encodeURIComponent('区县')}&outlineOnly=false&yearFrom=2020&yearTo=2025&group=plan`)
    expect(body).toMatchObject({ q: '双减', city: ['荆门市', '江门市'], year: [2024, 2025], level: ['区县'], outlineOnly: false, yearFrom: 2020, yearTo: 2025, group: 'plan' })
  })

  it('replaces control characters in the query by spaces', async () => {
    expect((await get('/search?q=%E5%8F%8C%00%E5%87%8F%0A')).body.q).toBe('双 减')
  })

  it.each([
    ['/search?mode=fuzzy', 'invalid_mode', 'mode'],
    ['/search?sort=random', 'invalid_sort', 'sort'],
    ['/search?group=city', 'invalid_group', 'group'],
    ['/search?page=0', 'invalid_page', 'page'],
    ['/search?page=1.5', 'invalid_page', 'page'],
    ['/search?page=-1', 'invalid_page', 'page'],
    ['/search?limit=101', 'invalid_limit', 'limit'],
    ['/search?limit=abc', 'invalid_limit', 'limit'],
    ['/search?year=20x5', 'invalid_year', 'year'],
    ['/search?yearFrom=1800', 'invalid_year', 'yearFrom'],
    ['/search?yearFrom=2025&yearTo=2020', 'invalid_year_range', 'yearFrom'],
    ['/search?level=%E4%B9%A1', 'invalid_level', 'level'],
    ['/search?outlineOnly=maybe', 'invalid_flag', 'outlineOnly'],
    ['/search?q=<501 characters>', 'query_too_long', 'q'],
    ['/search?city=<101 characters>', 'filter_too_long', 'city'],
    ['/search?theme=<51 values>', 'too_many_values', 'theme'],
    ['/search?page=1&page=2', 'repeated_parameter', 'page'],
    ['/search?q=a&q=b', 'repeated_parameter', 'q'],
    ['/export?format=xlsx', 'invalid_format', 'format'],
    ['/suggest?q=<51 characters>', 'query_too_long', 'q'],
    ['/clauses/..%2F..%2Fetc%2Fpasswd', 'invalid_id', 'id'],
  ])('rejects %s with %s', async (shown, code, param) => {
    const { status, body } = await get(expand(shown))
    expect(status).toBe(400)
    expect(body.error.code).toBe(code)
    expect(body.error.param).toBe(param)
    expect(body.error.message.length).toBeGreaterThan(4)
  })

  it('counts a 500-character query of emoji as 500 characters, not 1000 UTF-16 units', async () => {
    expect((await get(`/search?q=${encodeURIComponent('📚'.repeat(500))}`)).status).toBe(200)
  })

  it('says which years are in the wrong order', async () => {
    expect((await get('/search?yearFrom=2025&yearTo=2020')).body.error.message).toBe('起始年份 2025 晚于结束年份 2020，请交换或修改')
  })
})

describe('idParamSchema', () => {
  it('accepts the indexer’s ids', async () => {
    expect((await get('/clauses/jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-2-6')).status).toBe(200)
    expect((await get('/clauses/2024-qu-jiaoyu-he-tiyu-ju-gongzuo-yaodian-cc7628-p0')).status).toBe(200)
  })

  it.each(["x' OR 1=1 --", '<script>', 'a..b', 'a/b', '.hidden', 'a b'])('rejects %j', async (id) => {
    expect((await get(`/clauses/${encodeURIComponent(id)}`)).body.error.code).toBe('invalid_id')
  })
})
