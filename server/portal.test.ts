/**
 * The real server over HTTP: bundled corpus → real indexer → real SQLite engine → Hono on a random
 * port, checked through fetch against plain scans of the same build.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { normalizeForMatch } from '../indexer/normalize.js'
import type { ClauseRecord } from '../indexer/types.js'
import type { ApiHit, ClauseResponse, HealthResponse, PlanResponse, PlansResponse, SearchResponse, SimilarResponse, SuggestResponse } from './api-types.js'
import type { Facets } from './engine/types.js'
import { accessDate } from './citation-gbt.js'
import { CSV_COLUMNS, parseCsv, type ExportRow } from './export/csv.js'
import { TEST_MASTER_KEY } from './testing/test-portal.js'
import { useTestPortal } from './testing/use-test-portal.js'

/** Policy terms of the bundled corpus, each searched as an exact phrase. */
const POLICY_TERMS = [
  '双减', '课后服务', '集团化办学', '优质均衡', '普惠', '思政课', '劳动教育', '控辍保学', '产教融合', '教联体',
  '五育并举', '心理健康', '职业教育', '特殊教育', '学前教育', '教育评价', '师德师风', '校外培训', '平安校园', '依法治教',
  '随迁子女', '科学教育', '教育督导', '县管校聘', '校园足球',
]

const t = useTestPortal()
const q = encodeURIComponent

const json = async <T>(path: string): Promise<T> => {
  const res = await t.get(path)
  expect(res.status, `${path} → ${res.status}`).toBe(200)
  return (await res.json()) as T
}
const contains = (c: ClauseRecord, term: string) => normalizeForMatch(c.text).includes(term) || normalizeForMatch(c.heading).includes(term)

/** Every hit of a search, following the pages to the end. */
async function allHits(query: string): Promise<ApiHit[]> {
  const hits: ApiHit[] = []
  for (let page = 1; ; page++) {
    const res = await json<SearchResponse>(`/api/search?${query}&limit=100&page=${page}`)
    hits.push(...res.hits)
    if (hits.length >= res.total || res.hits.length === 0) {
      expect(hits.length).toBe(res.total)
      return hits
    }
  }
}

describe('GET /api/health', () => {
  it('reports the SQLite engine and the size of the index', async () => {
    const body = await json<HealthResponse>('/api/health')
    expect(body).toEqual({
      status: 'ok',
      engine: 'sqlite',
      plans: t.build.plans.length,
      clauses: t.build.clauses.length,
      vectors: 0,
      indexedAt: t.build.builtAt,
      semantic: false,
      semanticModel: null,
      engineDescription: 'SQLite FTS5（嵌入式，单机）。关键词检索的总数与分面为精确计数；语义与混合检索至多列出最相近的 100 条，更多相近时总数标为下限。',
      reason: '未加载嵌入模型，语义检索不可用',
    })
  })
})

describe('GET /api/search', () => {
  it('gives hits the snippet, citations and metadata but the whole clause text only with fullText=true', async () => {
    const plain = await json<SearchResponse>(`/api/search?q=${q('双减')}&limit=5`)
    const full = await json<SearchResponse>(`/api/search?q=${q('双减')}&limit=5&fullText=true`)
    expect(plain.hits.length).toBe(5)
    expect(plain.hits.map((h) => h.id)).toEqual(full.hits.map((h) => h.id))
    for (const [i, h] of plain.hits.entries()) {
      expect('text' in h).toBe(false)
      expect(h.snippet).toContain('<mark>双减</mark>')
      const record = t.build.clauses.find((c) => c.id === h.id)!
      expect(full.hits[i]).toEqual({ ...h, text: record.text })
    }
  })

  it.each(POLICY_TERMS)('returns exactly the clauses containing %s, every one with the phrase marked', async (term) => {
    const expected = t.build.clauses.filter((c) => contains(c, term)).map((c) => c.id).sort()
    expect(expected.length).toBeGreaterThan(0)
    const hits = await allHits(`q=${q(term)}&fullText=true`)
    expect(hits.map((h) => h.id).sort()).toEqual(expected)
    for (const h of hits.filter((h) => normalizeForMatch(h.text!).includes(term))) expect(h.snippet).toContain('<mark>')
  })

  it('answers with the documented shape and a hit that links to its clause page', async () => {
    const body = await json<SearchResponse>(`/api/search?q=${q('双减')}&limit=5`)
    expect(Object.keys(body).sort()).toEqual(['facets', 'hits', 'limit', 'mode', 'page', 'query', 'sort', 'tookMs', 'total'])
    expect(body).toMatchObject({ query: '双减', mode: 'keyword', page: 1, limit: 5 })
    const hit = body.hits[0]
    expect(Object.keys(hit).sort()).toEqual(
      ['chapter', 'citation', 'citationGbt', 'city', 'firstIndexed', 'heading', 'id', 'level', 'number', 'outlineOnly', 'planId', 'planName', 'planTitle', 'province', 'score', 'section', 'snippet', 'themes', 'url', 'year'].sort(),
    )
    expect(hit.url).toBe(`/c/${encodeURIComponent(hit.id)}`)
    expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/<|>/)
  })

  it('filters by city (OR within a filter) and year, and computes disjunctive facets over the whole result', async () => {
    const matching = t.build.clauses.filter((c) => contains(c, '教育评价'))
    const cities = ['荆门市', '长沙市']
    const hits = await allHits(`q=${q('教育评价')}&city=${q(cities[0])}&city=${q(cities[1])}`)
    expect(hits.map((h) => h.id).sort()).toEqual(matching.filter((c) => cities.includes(c.city!)).map((c) => c.id).sort())

    const body = await json<SearchResponse>(`/api/search?q=${q('教育评价')}&city=${q('荆门市')}&limit=1`)
    const byHand = (field: 'city' | 'year', rows: ClauseRecord[]) => {
      const counts = new Map<string, number>()
      for (const c of rows) if (c[field] !== null) counts.set(String(c[field]), (counts.get(String(c[field])) ?? 0) + 1)
      return counts
    }
    // The city facet ignores the city filter; the year facet applies it.
    const cityFacet = new Map(body.facets.city.map((f) => [f.value, f.count]))
    expect(cityFacet).toEqual(byHand('city', matching))
    const yearFacet = new Map(body.facets.year.map((f) => [f.value, f.count]))
    expect(yearFacet).toEqual(byHand('year', matching.filter((c) => c.city === '荆门市')))
  })

  it('filters by a year range', async () => {
    const hits = await allHits(`q=${q('教育')}&yearFrom=2023&yearTo=2024`)
    const expected = t.build.clauses.filter((c) => contains(c, '教育') && c.year !== null && c.year >= 2023 && c.year <= 2024)
    expect(hits.map((h) => h.id).sort()).toEqual(expected.map((c) => c.id).sort())
  })

  it('browses the filtered clauses in document order when q is empty', async () => {
    const hits = await allHits(`city=${q('江门市')}`)
    const expected = t.build.clauses.filter((c) => c.city === '江门市').sort((a, b) => a.order - b.order)
    expect(hits.map((h) => h.id)).toEqual(expected.map((c) => c.id))
  })

  it('groups by plan with each plan’s total', async () => {
    const body = await json<SearchResponse>(`/api/search?q=${q('双减')}&group=plan&perPlan=2`)
    const perPlan = new Map<string, number>()
    for (const c of t.build.clauses.filter((c) => contains(c, '双减'))) perPlan.set(c.planId, (perPlan.get(c.planId) ?? 0) + 1)
    expect(new Map(body.groups!.map((g) => [g.planId, g.total]))).toEqual(perPlan)
    for (const g of body.groups!) expect(g.hits.length).toBe(Math.min(2, g.total))
  })

  it('lists the plans of one exact title on /api/plans?title=', async () => {
    const { plans } = await json<PlansResponse>('/api/plans')
    const shared = plans.find((p) => plans.filter((o) => o.title === p.title).length > 1) ?? plans[0]
    const titled = await json<PlansResponse>(`/api/plans?title=${q(shared.title)}`)
    expect(titled.plans.map((p) => p.id).sort()).toEqual(plans.filter((p) => p.title === shared.title).map((p) => p.id).sort())
    expect((await json<PlansResponse>(`/api/plans?title=${q('没有这个标题')}`)).plans).toEqual([])
  })

  it('pages the plans of a grouped search and says how many there are', async () => {
    const every = await json<SearchResponse>(`/api/search?q=${q('双减')}&group=plan&groupLimit=100`)
    const second = await json<SearchResponse>(`/api/search?q=${q('双减')}&group=plan&groupLimit=2&groupPage=2`)
    expect(every.groupTotal).toBe(every.groups!.length)
    expect(second.groupTotal).toBe(every.groupTotal)
    expect(second.groups!.map((g) => g.planId)).toEqual(every.groups!.slice(2, 4).map((g) => g.planId))
  })

  it('answers semantic mode with 503 semantic_unavailable while keyword search keeps working', async () => {
    const res = await t.get(`/api/search?q=${q('孩子放学后谁来管')}&mode=semantic`)
    expect(res.status).toBe(503)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('semantic_unavailable')
    expect((await json<SearchResponse>(`/api/search?q=${q('课后服务')}`)).total).toBeGreaterThan(0)
  })

  it('gives an empty result with a reason for a query of punctuation only', async () => {
    const body = await json<SearchResponse>(`/api/search?q=${q('，。！？')}`)
    expect(body.total).toBe(0)
    expect(body.emptyReason).toBeTruthy()
  })
})

describe('GET /api/clauses/:id', () => {
  const id = 'jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-2-6'

  it('returns the clause, its plan, its neighbours and a citation', async () => {
    const body = await json<ClauseResponse>(`/api/clauses/${id}?q=${q('双减')}`)
    const plan = t.build.clauses.filter((c) => c.planId === body.clause.planId).sort((a, b) => a.order - b.order)
    const at = plan.findIndex((c) => c.id === id)
    expect(body.clause.heading).toBe('持续巩固“双减”成效')
    expect(body.plan).toEqual(t.build.plans.find((p) => p.id === 'jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian'))
    expect(body.plan).toMatchObject({ title: '市教育局2025年教育工作要点', city: '荆门市', year: 2025, issuer: '荆门市教育局', publishDate: '2025-03-12' })
    expect(body.prev).toBe(plan[at - 1].id)
    expect(body.next).toBe(plan[at + 1].id)
    expect(body.citation).toBe('荆门市教育局《市教育局2025年教育工作要点》（2025年3月12日）二、第6条')
    expect(body.citationGbt).toBe(`荆门市教育局. 市教育局2025年教育工作要点：二、第6条[EB/OL]. (2025-03-12)[${accessDate()}]. ${t.url}/c/${id}.`)
    expect(body.clause.textHtml).toContain('“<mark>双减</mark>”')
  })

  it('names the chapter in the citation of a plan that restarts numbering', async () => {
    const clause = t.build.clauses.find((c) => c.planId === 'changsha-2020-quanshi-jiaoyu-gongzuo-yaodian' && c.chapter?.number === '二' && c.number === 3)!
    expect((await json<ClauseResponse>(`/api/clauses/${clause.id}`)).citation).toBe('长沙市教育局《2020年全市教育工作要点》（2020年2月17日）二、第3条')
  })

  it('has no prev for the first record of a plan and no next for the last', async () => {
    const plan = t.build.clauses.filter((c) => c.planId === 'quanzhou-2025-jiaoyu-gongzuo-yaodian').sort((a, b) => a.order - b.order)
    expect((await json<ClauseResponse>(`/api/clauses/${plan[0].id}`)).prev).toBeNull()
    expect((await json<ClauseResponse>(`/api/clauses/${plan[plan.length - 1].id}`)).next).toBeNull()
  })

  it('answers 404 clause_not_found for an unknown id', async () => {
    const res = await t.get('/api/clauses/jingmen-2025-nothing-9-99')
    expect(res.status).toBe(404)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('clause_not_found')
  })

  it('lists similar clauses from other plans only (keyword fallback without vectors)', async () => {
    const body = await json<SimilarResponse>(`/api/clauses/${id}/similar?limit=8`)
    expect(body.mode).toBe('keyword')
    expect(body.hits.length).toBeGreaterThan(0)
    expect(body.hits.length).toBeLessThanOrEqual(8)
    for (const h of body.hits) expect(h.planId).not.toBe('jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian')
  })
})

describe('GET /api/plans', () => {
  it('lists every plan with the plans.json fields', async () => {
    const body = await json<PlansResponse>('/api/plans')
    expect(body.plans.map((p) => p.id).sort()).toEqual(t.build.plans.map((p) => p.id).sort())
    const jiangmen = body.plans.find((p) => p.id === 'jiangmen-2023-jiaoyuju-gongzuo-yaodian')
    expect(jiangmen).toEqual(t.build.plans.find((p) => p.id === 'jiangmen-2023-jiaoyuju-gongzuo-yaodian'))
  })

  it('returns a plan with every record in document order', async () => {
    const body = await json<PlanResponse>('/api/plans/changsha-2020-quanshi-jiaoyu-gongzuo-yaodian')
    const expected = t.build.clauses.filter((c) => c.planId === 'changsha-2020-quanshi-jiaoyu-gongzuo-yaodian').sort((a, b) => a.order - b.order)
    expect(body.clauses.map((c) => c.id)).toEqual(expected.map((c) => c.id))
    expect(body.clauses[1].citation).toBe('长沙市教育局《2020年全市教育工作要点》（2020年2月17日）一、第1条')
  })
})

describe('GET /api/facets', () => {
  it('counts the whole corpus by city, province, year, theme and level', async () => {
    const facets = await json<Facets>('/api/facets')
    expect(Object.keys(facets).sort()).toEqual(['city', 'level', 'province', 'theme', 'year'])
    const jingmen = facets.city.find((f) => f.value === '荆门市')!.count
    expect(jingmen).toBe(t.build.clauses.filter((c) => c.city === '荆门市').length)
    const y2024 = facets.year.find((f) => f.value === '2024')!.count
    expect(y2024).toBe(t.build.clauses.filter((c) => c.year === 2024).length)
  })
})

describe('GET /api/plans/:id/file', () => {
  it('downloads the original file from the corpus folder with its content type and a safe file name', async () => {
    const res = await t.get('/api/plans/jiangmen-2023-jiaoyuju-gongzuo-yaodian/file')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/plain')
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="jiangmen-2023-jiaoyuju-gongzuo-yaodian.txt"; filename*=UTF-8\'\'002_e24f9c466794c2b3.txt',
    )
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync('data/corpus/002_e24f9c466794c2b3.txt'))).toBe(true)
  })

  it('answers 404 plan_not_found for an unknown plan', async () => {
    const res = await t.get('/api/plans/no-such-plan/file')
    expect([res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([404, 'plan_not_found'])
  })
})

describe('GET /api/export', () => {
  it('exports every match as CSV with a BOM, Chinese headers and a UTF-8 file name', async () => {
    const res = await t.get(`/api/export?q=${q('课后服务')}&format=csv`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="clauses.csv"; filename*=UTF-8''${encodeURIComponent('政策条款-课后服务.csv')}`,
    )
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(new TextDecoder().decode(bytes))
    const expected = t.build.clauses.filter((c) => contains(c, '课后服务'))
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.label))
    expect(rows.length - 1).toBe(expected.length)
    const col = (label: string) => rows[0].indexOf(label)
    const byText = new Map(expected.map((c) => [c.text, c]))
    for (const row of rows.slice(1)) {
      const clause = byText.get(row[col('条文')])!
      expect(clause).toBeDefined()
      expect(row[col('标题')]).toBe(clause.planTitle)
      expect(row[col('文件')]).toBe(t.build.plans.find((p) => p.id === clause.planId)!.displayName)
      expect(row[col('链接')]).toBe(`${t.url}/c/${encodeURIComponent(clause.id)}`)
      expect(row[col('仅有标题')]).toBe(clause.outlineOnly ? '是' : '否')
    }
  })

  it('round-trips: the CSV parses back to the same rows, in the same order, as the JSON export', async () => {
    const query = `q=${q('双减')}&city=${q('荆门市')}&city=${q('大兴安岭地区')}`
    const csv = parseCsv(await (await t.get(`/api/export?${query}&format=csv`)).text())
    const { rows } = (await (await t.get(`/api/export?${query}&format=json`)).json()) as { rows: ExportRow[] }
    expect(rows.length).toBeGreaterThan(3)
    expect(csv.slice(1)).toEqual(
      rows.map((r) =>
        CSV_COLUMNS.map(({ key }) => {
          const v = r[key]
          return Array.isArray(v) ? v.join('；') : typeof v === 'boolean' ? (v ? '是' : '否') : v === null ? '' : String(v)
        }),
      ),
    )
    const row = rows.find((r) => r.id === 'jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-2-6')!
    expect(row).toMatchObject({
      planName: '荆门市教育局《市教育局2025年教育工作要点》',
      issuer: '荆门市教育局',
      province: '湖北省',
      level: '市',
      publishDate: '2025-03-12',
      number: 6,
      headingOnly: false,
      citation: '荆门市教育局《市教育局2025年教育工作要点》（2025年3月12日）二、第6条',
    })
  })

  it('exports JSON rows with the same fields', async () => {
    const res = await t.get(`/api/export?q=${q('双减')}&format=json&city=${q('荆门市')}`)
    const body = (await res.json()) as { total: number; exported: number; truncated: boolean; rows: { id: string; citation: string; city: string }[] }
    const expected = t.build.clauses.filter((c) => contains(c, '双减') && c.city === '荆门市')
    expect(body.total).toBe(expected.length)
    expect(body.exported).toBe(expected.length)
    expect(body.truncated).toBe(false)
    expect(body.rows.map((r) => r.id).sort()).toEqual(expected.map((c) => c.id).sort())
    expect(body.rows.find((r) => r.id === 'jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-2-6')!.citation).toBe('荆门市教育局《市教育局2025年教育工作要点》（2025年3月12日）二、第6条')
  })

  it('exports every clause of the corpus for an empty query', async () => {
    const body = (await (await t.get('/api/export?format=json')).json()) as { exported: number }
    expect(body.exported).toBe(t.build.clauses.length)
  })
})

describe('GET /api/suggest', () => {
  it('suggests terms, cities and plans by prefix', async () => {
    const body = await json<SuggestResponse>(`/api/suggest?q=${q('双')}`)
    expect(body.suggestions.map((s) => s.text)).toContain('双减')
    const jiang = await json<SuggestResponse>(`/api/suggest?q=${q('江门')}`)
    expect(jiang.suggestions).toContainEqual({ text: '江门市', kind: 'city', count: t.build.clauses.filter((c) => c.city === '江门市').length })
    expect((await json<SuggestResponse>('/api/suggest?q=')).suggestions).toEqual([])
  })
})

describe('HTTP behaviour', () => {
  it('sets the security headers on API responses, errors and pages', async () => {
    for (const path of ['/api/health', '/api/nope', '/', '/c/some-clause', '/assets/index-Bx7Qe2.js']) {
      const res = await t.get(path)
      const csp = res.headers.get('content-security-policy')!
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('access-control-allow-origin')).toBeNull()
    }
  })

  it('serves the web app for client routes and caches hashed assets for a year', async () => {
    const page = await t.get(`/c/${q('jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-2-6')}`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(page.headers.get('cache-control')).toBe('no-cache')
    expect(await page.text()).toContain('<div id="app">')
    const asset = await t.get('/assets/index-Bx7Qe2.js')
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it('answers unknown API routes with 404 JSON and other methods with 405', async () => {
    const missing = await t.get('/api/nothing-here')
    expect(missing.status).toBe(404)
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found')
    const post = await t.get('/api/search', { method: 'POST', body: 'q=x' })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
    expect(((await post.json()) as { error: { code: string } }).error.code).toBe('method_not_allowed')
  })

  it('writes one structured log line per request with status and time', async () => {
    const before = t.logs.length
    await t.get(`/api/search?q=${q('劳动教育')}`)
    await t.get('/api/nothing-here')
    const lines = t.logs.slice(before).map((l) => JSON.parse(l)).filter((l) => l.msg === 'request')
    expect(lines.map((l) => [l.method, l.path, l.status])).toEqual([
      ['GET', '/api/search', 200],
      ['GET', '/api/nothing-here', 404],
    ])
    for (const l of lines) expect(typeof l.ms).toBe('number')
  })

  it('never puts the Meilisearch master key in a response or a log line', async () => {
    const paths = ['/api/health', `/api/search?q=${q('双减')}`, '/api/plans', '/api/facets', '/api/export?format=json', '/api/suggest?q=a', '/api/nope', '/api/search?mode=bad', '/']
    for (const path of paths) {
      const res = await t.get(path)
      const headers = JSON.stringify([...res.headers])
      expect(headers + (await res.text())).not.toContain(TEST_MASTER_KEY)
    }
    expect(t.logs.join('\n')).not.toContain(TEST_MASTER_KEY)
  })
})
