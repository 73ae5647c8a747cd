/**
 * The research views' data: GET /api/research/spread (city × year), /first-mentions, /themes
 * (theme × city) for any query, and /compare (two plans aligned clause by clause).
 */
import { Hono } from 'hono'
import type { AppDeps } from '../app-deps.js'
import type { ClauseRecord } from '../../indexer/types.js'
import type { SearchEngine, SearchFilters } from '../engine/types.js'
import { PortalError } from '../errors.js'
import { comparePlansSchema, researchQuerySchema, type ResearchQueryParams } from '../http/research-schemas.js'
import { validate } from '../http/validate.js'
import type { CitationBook } from '../citation-book.js'
import { matchesPerPlan, plansInScope, type ResearchSearch } from '../research/plan-matches.js'
import { comparePlans, type CompareSide } from '../research/plan-compare.js'
import { computeSpread } from '../research/spread.js'
import { themeByCity } from '../research/theme-city.js'
import type { FirstMentionsResponse, PlanCompareResponse, SpreadResponse, ThemeCityResponse } from '../research/types.js'
import { citedClauses, placeSearch } from './cited-clauses.js'
import { filtersFrom, scopeQuery } from './search-request.js'

/** The search a view counts, and the filters of the plans it is measured against. */
interface ResearchAsk {
  search: ResearchSearch
  scope: SearchFilters
}

async function researchSearch(deps: AppDeps, p: ResearchQueryParams): Promise<ResearchAsk> {
  return deps.index.use(async ({ engine, citations }) => {
    // A pasted citation (六、第25条) counts the clauses at that place, as the search lists them, not its words, which no
    // clause says (cited-clauses.ts). It is looked up first, so that a citation is never sent to the model, and under the
    // user's own filters: the plans measured against are theirs, not only the plans holding the place.
    const given = filtersFrom(p)
    const atPlace = placeSearch(await citedClauses(p.q, given, engine, citations), given)
    if (atPlace) return { search: { query: atPlace.query, mode: atPlace.mode, filters: atPlace.filters, excludeIds: atPlace.excludeIds }, scope: given }
    const { parsed, engineMode, vector, filters } = await scopeQuery(p, deps.tokenizer, deps.embedder, engine)
    return { search: { query: parsed, mode: engineMode, vector, filters }, scope: filters }
  })
}

async function spreadOf(engine: SearchEngine, { search, scope }: ResearchAsk, p: ResearchQueryParams): Promise<SpreadResponse> {
  const plans = plansInScope(await engine.listPlans(), scope)
  const spread = computeSpread(plans, await matchesPerPlan(engine, search), { query: p.q, mode: p.mode })
  // Semantic search returns a fixed number of nearest clauses, not every clause that matches.
  if (search.mode === 'semantic') spread.limitedTo = spread.totals.clauses
  return spread
}

async function compareSide(engine: SearchEngine, citations: CitationBook, id: string, param: 'a' | 'b'): Promise<CompareSide> {
  const plan = await engine.getPlan(id)
  if (!plan) throw new PortalError('plan_not_found', `找不到编号为 ${id} 的文件，请从 /api/plans 的列表中选择`, { param })
  const clauses: ClauseRecord[] = await engine.planClauses(id)
  citations.remember(plan, clauses)
  const vectors = await Promise.all(clauses.map((c) => engine.getVector(c.id)))
  return {
    plan,
    clauses,
    citations: await citations.citeAll(clauses),
    vectors: vectors.every((v): v is Float32Array => v !== null) ? vectors : null,
  }
}

export function researchRoutes(deps: AppDeps): Hono {
  return new Hono()
    .get('/research/spread', validate('query', researchQuerySchema), async (c) => {
      const p = c.req.valid('query')
      const ask = await researchSearch(deps, p)
      return c.json(await deps.index.use(({ engine }) => spreadOf(engine, ask, p)))
    })
    .get('/research/first-mentions', validate('query', researchQuerySchema), async (c) => {
      const p = c.req.valid('query')
      const ask = await researchSearch(deps, p)
      const spread = await deps.index.use(({ engine }) => spreadOf(engine, ask, p))
      const mentioned = new Set(spread.firstMentions.map((m) => m.city))
      const body: FirstMentionsResponse = {
        query: p.q,
        mode: p.mode,
        firstMentions: spread.firstMentions,
        never: spread.cities.filter((city) => !mentioned.has(city)),
      }
      return c.json(body)
    })
    .get('/research/themes', validate('query', researchQuerySchema), async (c) => {
      const p = c.req.valid('query')
      const ask = await researchSearch(deps, p)
      const body = await deps.index.use(async ({ engine }): Promise<ThemeCityResponse> => {
        const plans = plansInScope(await engine.listPlans(), ask.scope)
        const scope = { cities: [...new Set(plans.map((pl) => pl.city))], unnamedCityPlanIds: plans.filter((pl) => pl.city === null).map((pl) => pl.id) }
        return themeByCity(engine, ask.search, scope, { query: p.q, mode: p.mode })
      })
      return c.json(body)
    })
    .get('/research/compare', validate('query', comparePlansSchema), async (c) => {
      const { a, b } = c.req.valid('query')
      const body = await deps.index.use(async ({ engine, citations }): Promise<PlanCompareResponse> =>
        comparePlans(await compareSide(engine, citations, a, 'a'), await compareSide(engine, citations, b, 'b')),
      )
      return c.json(body)
    })
}
