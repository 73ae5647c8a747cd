/**
 * Semantic and hybrid search and "similar clauses" through the real server, with the real embedding
 * model (bge-small-zh-v1.5 from MODEL_DIR, data/models or ../shared/models) and an index built with vectors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { embeddedPortal } from '../test/fixtures/embedded-portal.js'
import type { HealthResponse, SearchResponse, SimilarResponse } from './api-types.js'
import { QUESTION_ONLY_MESSAGE } from './query/question-only.js'
import { modelForTests } from './testing/model-for-tests.js'
import { buildTestData, removeTestData, startTestPortal, type TestPortal } from './testing/test-portal.js'

const model = modelForTests()

describe.skipIf(model.skipped)('semantic routes', () => {
  const t = embeddedPortal()
  const q = encodeURIComponent

  it('reports semantic search as available', async () => {
    const health = await t.json<HealthResponse>('/api/health')
    expect(health).toMatchObject({ status: 'ok', semantic: true, semanticModel: 'bge-small-zh-v1.5-q8', vectors: t.build.clauses.length })
  })

  it('finds the 双减 clauses for a question in everyday words that shares no term with them', async () => {
    const body = await t.json<SearchResponse>(`/api/search?q=${q('减轻学生的作业负担')}&mode=semantic&limit=10&fullText=true`)
    expect(body.mode).toBe('semantic')
    expect(body.hits.length).toBe(10)
    expect(body.hits.slice(0, 10).some((h) => h.text!.includes('双减'))).toBe(true)
    expect(Object.keys(body.facets).sort()).toEqual(['city', 'level', 'province', 'theme', 'year'])
  })

  it('tells a question-only query that it names nothing to look for, in semantic mode and when hybrid finds nothing', async () => {
    for (const mode of ['semantic', 'hybrid']) {
      const body = await t.json<SearchResponse>(`/api/search?q=${q('怎么样')}&mode=${mode}`)
      expect([body.total, body.emptyReason], mode).toEqual([0, QUESTION_ONLY_MESSAGE])
    }
  })

  it('offers no semantic search for a keyword query of question words alone, whose semantic answer is a message: 咋办, 怎么样', async () => {
    for (const query of ['咋办', '怎么样']) {
      const body = await t.json<SearchResponse>(`/api/search?q=${q(query)}&mode=keyword`)
      expect([body.total, body.alternatives ?? []], query).toEqual([0, []])
    }
  })

  it('offers semantic mode for a keyword question naming a place with the count its click finds, within the place: 长沙 学前教育', async () => {
    const keyword = await t.json<SearchResponse>(`/api/search?q=${q('长沙 学前教育')}&mode=keyword`)
    const semantic = await t.json<SearchResponse>(`/api/search?q=${q('长沙 学前教育')}&mode=semantic`)
    expect(semantic.inferred).toMatchObject({ query: '学前教育', city: ['长沙市'] })
    expect(keyword.alternatives?.find((a) => a.mode === 'semantic')).toEqual({ query: '长沙 学前教育', mode: 'semantic', total: semantic.total })
  })

  it('applies filters to semantic search', async () => {
    const body = await t.json<SearchResponse>(`/api/search?q=${q('提高老师的收入')}&mode=semantic&city=${q('长沙市')}&limit=20`)
    expect(body.hits.length).toBeGreaterThan(0)
    for (const h of body.hits) expect(h.city).toBe('长沙市')
  })

  it('searches a question naming a city within that city, says so, and searches it as typed with infer=0', async () => {
    for (const mode of ['semantic', 'hybrid']) {
      const body = await t.json<SearchResponse>(`/api/search?q=${q('荆门 双减')}&mode=${mode}&limit=100`)
      expect(body.inferred, mode).toEqual({ query: '双减', mentions: ['荆门'], city: ['荆门市'] })
      const within = await t.json<SearchResponse>(`/api/search?q=${q('双减')}&mode=${mode}&city=${q('荆门市')}&limit=100`)
      expect(body.hits.map((h) => h.id), mode).toEqual(within.hits.map((h) => h.id))
      expect([body.total, body.facets], mode).toEqual([within.total, within.facets])
      expect(body.total, mode).toBeGreaterThan(0)
      const exported = await t.get(`/api/export?q=${q('荆门 双减')}&mode=${mode}&format=json`)
      expect(exported.headers.get('X-Total-Count'), mode).toBe(String(body.total))
      const typed = await t.json<SearchResponse>(`/api/search?q=${q('荆门 双减')}&mode=${mode}&infer=0&limit=100`)
      expect(typed.inferred, mode).toBeUndefined()
    }
  })

  it('searches a question naming a city as the one not asked for in every other city in every mode, says so, and offers it asked as typed: 除了荆门以外的双减', async () => {
    for (const mode of ['semantic', 'hybrid']) {
      const body = await t.json<SearchResponse>(`/api/search?q=${q('除了荆门以外的双减')}&mode=${mode}&limit=100`)
      expect(body.inferred, mode).toEqual({ query: '双减', mentions: ['荆门'], exceptCity: ['荆门市'] })
      const others = await t.json<SearchResponse>(`/api/search?q=${q('双减')}&mode=${mode}&exceptCity=${q('荆门市')}&limit=100`)
      expect(body.hits.map((h) => h.id), mode).toEqual(others.hits.map((h) => h.id))
      expect([body.total, body.facets], mode).toEqual([others.total, others.facets])
      expect(body.total, mode).toBeGreaterThan(0)
      expect(body.hits.some((h) => h.city === '荆门市'), mode).toBe(false)
      // The city left out is not offered back in its own facet.
      expect(body.facets.city.map((f) => f.value), mode).not.toContain('荆门市')
      const all = await t.json<SearchResponse>(`/api/search?q=${q('双减')}&mode=${mode}&limit=100`)
      expect(all.hits.filter((h) => h.city !== '荆门市').map((h) => h.id), mode).toEqual(others.hits.map((h) => h.id))
    }
    // Keyword mode reads it the same way, and offers it to the question asked as typed (infer=0).
    const keyword = await t.json<SearchResponse>(`/api/search?q=${q('除了荆门以外的双减')}&mode=keyword`)
    const left = await t.json<SearchResponse>(`/api/search?q=${q('双减')}&exceptCity=${q('荆门市')}`)
    expect(keyword.inferred).toEqual({ query: '双减', mentions: ['荆门'], exceptCity: ['荆门市'] })
    expect(keyword.hits.map((h) => h.id)).toEqual(left.hits.map((h) => h.id))
    const typed = await t.json<SearchResponse>(`/api/search?q=${q('除了荆门以外的双减')}&mode=keyword&infer=0`)
    expect(typed.alternatives?.[0]).toEqual({ query: '双减', mode: 'keyword', total: left.total, filters: { exceptCity: ['荆门市'] } })
  })

  it('offers the comparison of a question comparing two cities in semantic and hybrid mode too, and keeps a place the user left out', async () => {
    for (const mode of ['semantic', 'hybrid']) {
      const body = await t.json<SearchResponse>(`/api/search?q=${q('荆门和江门的双减有什么不同')}&mode=${mode}`)
      expect(body.research, mode).toEqual({ query: '双减', asks: 'compare', city: ['荆门市', '江门市'] })
      const both = await t.json<SearchResponse>(`/api/search?q=${q('除了荆门以外的双减')}&mode=${mode}&exceptCity=${q('江门市')}&limit=100`)
      expect(both.hits.some((h) => h.city === '江门市' || h.city === '荆门市'), mode).toBe(false)
    }
  })

  it('refuses a year left out that is no year, with the code of a bad year', async () => {
    const res = await t.get(`/api/search?q=${q('双减')}&exceptYear=20x5`)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_year')
  })

  it('offers the question within the place in all its years, and in the year it names everywhere, when the place has no plan of that year', async () => {
    const body = await t.json<SearchResponse>(`/api/search?q=${q('江门2025年的学前教育')}&mode=hybrid`)
    expect(body.inferred).toEqual({ query: '学前教育', mentions: ['江门', '2025'], city: ['江门市'], year: [2025] })
    expect(body.total).toBe(0)
    const within = await t.json<SearchResponse>(`/api/search?q=${q('学前教育')}&mode=hybrid&city=${q('江门市')}`)
    expect(within.total).toBeGreaterThan(0)
    // And the topic in the year it named, in every place (every-place.ts).
    const inYear = await t.json<SearchResponse>(`/api/search?q=${q('学前教育')}&mode=hybrid&year=2025`)
    expect(body.alternatives).toEqual([
      { query: '学前教育', mode: 'hybrid', total: within.total, filters: { city: ['江门市'] } },
      { query: '学前教育', mode: 'hybrid', total: inYear.total, filters: { year: [2025] } },
    ])
    expect(inYear.total).toBe(4)
  })

  it('offers the plans named when the question finds nothing in them: 荆门2025年有什么亮点 → 荆门市 2025年的全部条款', async () => {
    const body = await t.json<SearchResponse>(`/api/search?q=${q('荆门2025年有什么亮点')}&mode=hybrid`)
    expect([body.total, body.inferred]).toEqual([0, { query: '有什么亮点', mentions: ['荆门', '2025'], city: ['荆门市'], year: [2025] }])
    const plan = await t.json<SearchResponse>(`/api/search?city=${q('荆门市')}&year=2025`)
    expect(body.alternatives).toEqual([{ query: '', mode: 'keyword', total: plan.total, filters: { city: ['荆门市'], year: [2025] } }])
  })

  it('lists the clauses that pass a query of exclusions alone, within a place it names: 湖北省 -双减, -双减', async () => {
    const keyword = await t.json<SearchResponse>(`/api/search?q=${q('-双减')}&province=${q('湖北省')}&limit=100`)
    expect(keyword.total).toBeGreaterThan(0)
    const body = await t.json<SearchResponse>(`/api/search?q=${q('湖北省 -双减')}&mode=hybrid&limit=100`)
    expect(body.inferred).toMatchObject({ province: ['湖北省'] })
    expect(body.hits.map((h) => h.id)).toEqual(keyword.hits.map((h) => h.id))
    for (const mode of ['semantic', 'hybrid']) {
      expect((await t.json<SearchResponse>(`/api/search?q=${q('-双减')}&mode=${mode}`)).total).toBe((await t.json<SearchResponse>(`/api/search?q=${q('-双减')}`)).total)
    }
    // Quoted, the place is the phrase asked for.
    expect((await t.json<SearchResponse>(`/api/search?q=${q('"湖北省"')}&mode=hybrid`)).inferred).toBeUndefined()
  })

  it('leaves a city the user already filters on as typed', async () => {
    const filtered = await t.json<SearchResponse>(`/api/search?q=${q('荆门 双减')}&mode=hybrid&city=${q('长沙市')}`)
    expect(filtered.inferred).toBeUndefined()
    for (const h of filtered.hits) expect(h.city).toBe('长沙市')
  })

  it('lists the clauses of the place a query only names: 湖北省 is in no clause, and 河北省 is close by meaning', async () => {
    const browse = await t.json<SearchResponse>(`/api/search?province=${q('湖北省')}&limit=100`)
    expect(browse.total).toBeGreaterThan(0)
    for (const mode of ['semantic', 'hybrid']) {
      const body = await t.json<SearchResponse>(`/api/search?q=${q('湖北省')}&mode=${mode}&limit=100`)
      expect(body.inferred).toEqual({ query: '', mentions: ['湖北省'], province: ['湖北省'] })
      expect(body.hits.map((h) => h.id)).toEqual(browse.hits.map((h) => h.id))
    }
    const literal = await t.json<SearchResponse>(`/api/search?q=${q('湖北省')}&mode=hybrid&infer=0`)
    expect(literal.inferred).toBeUndefined()
  })

  it('finds every clause saying the plans\' word for a short everyday word in hybrid mode: 视力 → 近视', async () => {
    const jinshi = await t.json<SearchResponse>(`/api/search?q=${q('近视')}&limit=100`)
    expect(jinshi.total).toBeGreaterThan(0)
    const body = await t.json<SearchResponse>(`/api/search?q=${q('视力')}&mode=hybrid&limit=100`)
    expect(body.hits.map((h) => h.id)).toEqual(expect.arrayContaining(jinshi.hits.map((h) => h.id)))
    expect(body.hits.slice(0, jinshi.total).map((h) => h.id).sort()).toEqual(jinshi.hits.map((h) => h.id).sort())
  })

  it('offers hybrid mode, counted, when few clauses are close by meaning but more say the words: 近视 (1 → 2), 校服 (0 → 2)', async () => {
    for (const [word, close, literal] of [['近视', 1, 2], ['校服', 0, 2]] as const) {
      const body = await t.json<SearchResponse>(`/api/search?q=${q(word)}&mode=semantic`)
      expect(body.total).toBe(close)
      expect(body.alternatives).toEqual([{ query: word, mode: 'hybrid', total: literal }])
      expect((await t.json<SearchResponse>(`/api/search?q=${q(word)}&mode=hybrid&limit=1`)).total).toBe(literal)
    }
    // Enough close clauses (食堂: 6) or nothing to say literally (咋办, zzzz): no offer.
    for (const text of ['食堂', '咋办', 'zzzz']) expect((await t.json<SearchResponse>(`/api/search?q=${q(text)}&mode=semantic`)).alternatives, text).toBeUndefined()
    // 午餐 is searched in hybrid mode as the plans' 校园餐 营养餐 中餐 too (everyday-terms.txt), which say more than it alone.
    const lunch = await t.json<SearchResponse>(`/api/search?q=${q('午餐')}&mode=semantic`)
    const lunchWords = await t.json<SearchResponse>(`/api/search?q=${q('午餐')}&mode=hybrid&limit=1`)
    expect(lunchWords.total).toBeGreaterThan(lunch.total)
    expect(lunch.alternatives).toEqual([{ query: '午餐', mode: 'hybrid', total: lunchWords.total }])
  })

  it('keeps exact phrase matches on top in hybrid mode', async () => {
    const keyword = await t.json<SearchResponse>(`/api/search?q=${q('双减')}&limit=100`)
    const hybrid = await t.json<SearchResponse>(`/api/search?q=${q('双减')}&mode=hybrid&limit=${keyword.total}`)
    expect(hybrid.hits.slice(0, keyword.total).map((h) => h.id).sort()).toEqual(keyword.hits.map((h) => h.id).sort())
  })

  it('lists similar clauses from other plans by meaning', async () => {
    const id = 'jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-2-6'
    const body = await t.json<SimilarResponse>(`/api/clauses/${id}/similar?limit=5`)
    expect(body.mode).toBe('semantic')
    expect(body.hits.length).toBe(5)
    for (const h of body.hits) expect(h.planId).not.toBe('jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian')
    expect(body.hits.some((h) => h.text!.includes('双减'))).toBe(true)
  })
})

describe.skipIf(model.skipped)('a keyword search with the model loaded but an index built without vectors', () => {
  let t: TestPortal
  let dataDir: string

  beforeAll(async () => {
    dataDir = await buildTestData({ inputs: ['data/corpus/000_d9ce88d6bc3921ac.txt'], embed: false })
    t = await startTestPortal(dataDir, {}, 0, true)
  }, 300_000)
  afterAll(async () => {
    await t?.close()
    removeTestData(dataDir)
  })

  it('answers a query that finds few clauses with its looser alternatives and without a semantic one', async () => {
    const res = await t.get(`/api/search?q=${encodeURIComponent('如何防止校园欺凌')}`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as SearchResponse
    expect(body.total).toBeLessThan(5)
    expect(body.alternatives?.length).toBeGreaterThan(0)
    expect(body.alternatives!.every((a) => a.mode === 'keyword')).toBe(true)
  })
})
