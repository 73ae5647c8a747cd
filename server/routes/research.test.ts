/**
 * The research endpoints over HTTP on the bundled corpus, each checked against numbers computed here by
 * scanning the build's clauses.jsonl and plans.json records directly.
 */
import { describe, expect, it } from 'vitest'
import { normalizeForMatch } from '../../indexer/normalize.js'
import type { ClauseRecord, PlanRecord } from '../../indexer/types.js'
import type { ErrorResponse } from '../api-types.js'
import type { FirstMentionsResponse, PlanCompareResponse, SpreadResponse, ThemeCityResponse } from '../research/types.js'
import { useTestPortal } from '../testing/use-test-portal.js'

const t = useTestPortal()
const q = encodeURIComponent

const json = async <T>(path: string): Promise<T> => {
  const res = await t.get(path)
  expect(res.status, `${path} → ${res.status}`).toBe(200)
  return (await res.json()) as T
}
const contains = (c: ClauseRecord, term: string) => normalizeForMatch(c.text).includes(term) || normalizeForMatch(c.heading).includes(term)

/** Matching clauses per plan, by a plain scan. */
function scanPerPlan(term: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const c of t.build.clauses) if (contains(c, term)) counts.set(c.planId, (counts.get(c.planId) ?? 0) + 1)
  return counts
}


describe('GET /api/research/spread', () => {
  it.each(['双减', '课后服务', '教联体', '心理健康'])('gives every city × year cell the plans, mentioning plans and clauses of a scan for %s', async (term) => {
    const body = await json<SpreadResponse>(`/api/research/spread?q=${q(term)}`)
    const perPlan = scanPerPlan(term)
    const years = t.build.plans.map((p) => p.year!).filter((y) => y !== null)
    expect(body.years[0]).toBe(Math.min(...years))
    expect(body.years.at(-1)).toBe(Math.max(...years))
    expect(body.years).toHaveLength(Math.max(...years) - Math.min(...years) + 1)
    expect(body.cities.sort()).toEqual([...new Set(t.build.plans.map((p) => p.city))].sort())
    expect(body.cells).toHaveLength(body.cities.length * body.years.length)
    for (const cell of body.cells) {
      const plans = t.build.plans.filter((p) => p.city === cell.city && p.year === cell.year)
      expect(cell.plans).toBe(plans.length)
      expect(cell.planIds.sort()).toEqual(plans.map((p) => p.id).sort())
      expect(cell.mentioning).toBe(plans.filter((p) => perPlan.has(p.id)).length)
      expect(cell.clauses).toBe(plans.reduce((s, p) => s + (perPlan.get(p.id) ?? 0), 0))
    }
    expect(body.totals.clauses).toBe([...perPlan.values()].reduce((a, b) => a + b, 0))
    expect(body.totals.mentioning).toBe(perPlan.size)
  })

  it('keeps the plans without a city as their own row and marks years without any plan as zero plans', async () => {
    const body = await json<SpreadResponse>(`/api/research/spread?q=${q('双减')}`)
    const unnamed = t.build.plans.filter((p) => p.city === null)
    expect(unnamed.length).toBeGreaterThan(0)
    expect(body.cities.at(-1)).toBeNull()
    const unnamedPlans = body.cells.filter((c) => c.city === null).reduce((s, c) => s + c.plans, 0)
    expect(unnamedPlans).toBe(unnamed.length)
    const yearsWithPlans = new Set(t.build.plans.map((p) => p.year))
    for (const year of body.years.filter((y) => !yearsWithPlans.has(y))) {
      expect(body.cells.filter((c) => c.year === year).every((c) => c.plans === 0 && c.mentioning === 0)).toBe(true)
    }
  })

  it('draws the per-year line as the share of all plans of the year, not a count of clauses', async () => {
    const body = await json<SpreadResponse>(`/api/research/spread?q=${q('课后服务')}`)
    const perPlan = scanPerPlan('课后服务')
    for (const point of body.yearly) {
      const plans = t.build.plans.filter((p) => p.year === point.year)
      const mentioning = plans.filter((p) => perPlan.has(p.id)).length
      expect(point).toEqual({ year: point.year, plans: plans.length, mentioning, share: plans.length ? mentioning / plans.length : 0 })
    }
  })

  it('measures against the plans of a city filter only', async () => {
    const city = t.build.plans.find((p) => p.city !== null)!.city!
    const body = await json<SpreadResponse>(`/api/research/spread?q=${q('教育')}&city=${q(city)}`)
    expect(body.cities).toEqual([city])
    expect(body.totals.plans).toBe(t.build.plans.filter((p) => p.city === city).length)
  })
})

describe('GET /api/research/first-mentions', () => {
  it('lists the earliest mentioning plan of each city, earliest first, and the cities that never mention it', async () => {
    const term = '课后服务'
    const perPlan = scanPerPlan(term)
    const body = await json<FirstMentionsResponse>(`/api/research/first-mentions?q=${q(term)}`)
    const earliest = new Map<string | null, PlanRecord>()
    for (const p of t.build.plans) {
      if (!perPlan.has(p.id) || p.year === null) continue
      const seen = earliest.get(p.city)
      if (!seen || p.year < seen.year! || (p.year === seen.year && perPlan.get(p.id)! > perPlan.get(seen.id)!)) earliest.set(p.city, p)
    }
    expect(body.firstMentions.map((m) => [m.city, m.year, m.planId, m.clauses]).sort()).toEqual(
      [...earliest].map(([city, p]) => [city, p.year, p.id, perPlan.get(p.id)]).sort(),
    )
    const years = body.firstMentions.map((m) => m.year)
    expect(years).toEqual([...years].sort((a, b) => a - b))
    const cities = new Set(t.build.plans.map((p) => p.city))
    expect(body.never.sort()).toEqual([...cities].filter((c) => !earliest.has(c)).sort())
  })
})

describe('GET /api/research/themes', () => {
  function scanThemeCity(keep: (c: ClauseRecord) => boolean) {
    const counts = new Map<string, number>()
    for (const c of t.build.clauses.filter(keep)) for (const th of c.themes) counts.set(`${th}|${c.city}`, (counts.get(`${th}|${c.city}`) ?? 0) + 1)
    return counts
  }

  it('counts the clauses of every theme × city of the whole corpus, 地区未注明 included', async () => {
    const body = await json<ThemeCityResponse>('/api/research/themes')
    const expected = scanThemeCity(() => true)
    expect(body.total).toBe(t.build.clauses.length)
    expect(body.cities).toContain(null)
    expect(new Set(body.themes)).toEqual(new Set(t.build.clauses.flatMap((c) => c.themes)))
    expect(body.cells).toHaveLength(body.themes.length * body.cities.length)
    for (const cell of body.cells) expect(cell.clauses, `${cell.theme} × ${cell.city}`).toBe(expected.get(`${cell.theme}|${cell.city}`) ?? 0)
    expect(body.unnamedCityPlanIds.sort()).toEqual(t.build.plans.filter((p) => p.city === null).map((p) => p.id).sort())
  })

  it('counts only the result set of a query', async () => {
    const body = await json<ThemeCityResponse>(`/api/research/themes?q=${q('双减')}`)
    const expected = scanThemeCity((c) => contains(c, '双减'))
    expect(body.total).toBe(t.build.clauses.filter((c) => contains(c, '双减')).length)
    for (const cell of body.cells) expect(cell.clauses).toBe(expected.get(`${cell.theme}|${cell.city}`) ?? 0)
    expect(body.cells.some((c) => c.clauses > 0)).toBe(true)
  })
})

describe('GET /api/research/compare', () => {
  const clausesOf = (planId: string) => t.build.clauses.filter((c) => c.planId === planId).sort((a, b) => a.order - b.order)

  it('shows every clause kept when a plan is compared with itself', async () => {
    for (const plan of t.build.plans) {
      const body = await json<PlanCompareResponse>(`/api/research/compare?a=${q(plan.id)}&b=${q(plan.id)}`)
      const ids = clausesOf(plan.id).map((c) => c.id)
      expect(body.counts).toEqual({ kept: ids.length, reworded: 0, new: 0, dropped: 0 })
      expect(body.rows.map((r) => [r.a?.id, r.b?.id])).toEqual(ids.map((id) => [id, id]))
      expect(body.chapters.every((c) => c.status === 'kept')).toBe(true)
      expect(body.method).toBe('chars')
    }
  })

  it('places every clause of both plans exactly once, b in its order, with diffs that rebuild both texts', async () => {
    const [a, b] = t.build.plans.filter((p) => p.title === '县2024年教育体育工作要点')
    const body = await json<PlanCompareResponse>(`/api/research/compare?a=${q(a.id)}&b=${q(b.id)}`)
    expect(body.rows.filter((r) => r.a).map((r) => r.a!.id).sort()).toEqual(clausesOf(a.id).map((c) => c.id).sort())
    expect(body.rows.filter((r) => r.b).map((r) => r.b!.id)).toEqual(clausesOf(b.id).map((c) => c.id))
    const reworded = body.rows.filter((r) => r.status === 'reworded')
    expect(reworded.length).toBeGreaterThan(0)
    for (const r of reworded) {
      expect(r.diff!.filter((d) => d.op !== '+').map((d) => d.text).join('')).toBe(r.a!.text)
      expect(r.diff!.filter((d) => d.op !== '-').map((d) => d.text).join('')).toBe(r.b!.text)
    }
    // 学前教育 is worded differently in the two county plans: the pair is found and marked reworded.
    const preschool = reworded.find((r) => r.a!.heading.includes('学前教育') && r.b!.heading.includes('学前教育'))
    expect(preschool).toBeDefined()
    expect(body.counts.new).toBe(body.rows.filter((r) => r.a === null).length)
    expect(body.counts.dropped).toBe(body.rows.filter((r) => r.b === null).length)
    for (const r of body.rows) expect(r.a?.citation ?? r.b!.citation).toMatch(/^.*《.+》/)
  })

  it('answers 404 for an unknown plan and 400 without both plans', async () => {
    const unknown = await t.get(`/api/research/compare?a=nope&b=${q(t.build.plans[0].id)}`)
    expect(unknown.status).toBe(404)
    expect(((await unknown.json()) as ErrorResponse).error).toMatchObject({ code: 'plan_not_found', param: 'a' })
    const missing = await t.get(`/api/research/compare?a=${q(t.build.plans[0].id)}`)
    expect(missing.status).toBe(400)
    expect(((await missing.json()) as ErrorResponse).error.param).toBe('b')
  })
})

describe('research parameters', () => {
  it('validates the query like a search and refuses other methods', async () => {
    expect((await t.get('/api/research/spread?mode=fuzzy')).status).toBe(400)
    expect((await t.get('/api/research/themes?yearFrom=2025&yearTo=2020')).status).toBe(400)
    expect((await t.get(`/api/research/spread?q=${q('双减')}&mode=semantic`)).status).toBe(503)
    expect((await t.get('/api/research/spread', { method: 'POST' })).status).toBe(405)
  })
})
