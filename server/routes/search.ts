/** GET /api/search: keyword, semantic or hybrid search with filters, facets and optional grouping by plan. */
import { Hono } from 'hono'
import type { AppDeps } from '../app-deps.js'
import type { SearchResponse } from '../api-types.js'
import { citationContext, toApiGroups, toApiHits } from '../hits.js'
import { searchQuerySchema } from '../http/query-schemas.js'
import { jsonBytes, withLeadingField } from '../http/json-bytes.js'
import { validate } from '../http/validate.js'
import { absentPlaces, withoutAbsentPlaces } from '../query/absent-places.js'
import { absentYears } from '../query/absent-years.js'
import { parseQuery } from '../query/parse-query.js'
import { findPlaceMentions, type PlaceValues } from '../query/place-mentions.js'
import { comparisonAsk, planLevelAsk } from '../query/plan-level-ask.js'
import { homophonesOf } from '../query/homophones.js'
import { offerText } from '../query/offer-text.js'
import { parentCityAlternatives } from './parent-city.js'
import { placeValues } from './place-scope.js'
import { everyPlaceAlternative } from './every-place.js'
import { everyYearAlternative, namedPlansAlternative, newestYearAlternative, otherYearsAlternative } from './other-years.js'
import { citedClauses, citedMessage, isCitation, placeSearch } from './cited-clauses.js'
import { literalAlternative } from './literal-alternative.js'
import { inWrittenCase } from './offer-case.js'
import { ruledOutPlacesAlternative } from './ruled-out-places.js'
import { withoutSameClauses } from './same-clauses.js'
import { keywordAlternatives } from './search-alternatives.js'
import { wordsApartAlternative } from './words-apart.js'
import { soundAlikeAlternatives } from './search-spelling.js'
import { filtersFrom, scopeQuery } from './search-request.js'

export function searchRoutes(deps: AppDeps): Hono {
  return new Hono().get('/search', validate('query', searchQuerySchema), async (c) => {
    const started = performance.now()
    const p = c.req.valid('query')
    const context = citationContext(c.req.url)
    // The same request on the same index is answered once (the query is parsed, and for semantic modes
    // embedded, only on a miss); a client that goes away drops its search if no thread has started it.
    // The citation context (origin, access date) is part of the answer, so it is part of the key.
    const key = { ...p, origin: context.origin, accessed: context.accessed }
    const shape = { fullText: p.fullText === true }
    const body = await deps.index.useCachedJson('search', key, c.req.raw, async ({ engine, citations, suggest }, signal): Promise<Omit<SearchResponse, 'tookMs'>> => {
      // A pasted citation (六、第25条, 《…》一、（二）第3条) lists the clauses at that place, which no clause's words say:
      // cited-clauses.ts. Any other query is searched as typed. The citation is looked up under the user's own filters,
      // and its plan's name is not read as places to filter by (江门市教育局2023年工作要点 六、第25条 is no search of 江门 2023).
      const given = filtersFrom(p)
      const cited = p.q !== '' ? await citedClauses(p.q, given, engine, citations) : null
      const atPlace = placeSearch(cited, given)
      const { parsed, engineMode, vector, highlight, whenEmpty, filters, inferred, sentenceWords } = await scopeQuery(atPlace ? { ...p, infer: false } : p, deps.tokenizer, deps.embedder, engine, { signal })
      const result = await engine.search({
        query: parsed,
        filters,
        mode: engineMode,
        vector,
        ...atPlace,
        sort: p.sort,
        offset: (p.page - 1) * p.limit,
        limit: p.limit,
        facets: true,
        groupByPlan: p.group === 'plan' ? { perPlan: p.perPlan } : undefined,
      }, { signal })
      const response: Omit<SearchResponse, 'tookMs'> = {
        query: p.q,
        mode: p.mode,
        sort: p.sort,
        total: result.total,
        page: p.page,
        limit: p.limit,
        hits: await toApiHits(result.hits, atPlace ? [] : highlight, citations, context, shape),
        facets: result.facets ?? (await engine.facets(filters, { signal })),
      }
      if (inferred) response.inferred = inferred
      if (sentenceWords) response.sentenceWords = sentenceWords
      let yearsNotHeld: number[] = []
      // The question without the places no plan here is of, for the offers made of its words (other years, newest year).
      let offeredQ = p.q
      let heldYears: readonly number[] = []
      let heldPlaces: PlaceValues | null = null
      if (p.q !== '' && p.page === 1) {
        const values = await placeValues(engine, { signal })
        heldPlaces = values
        heldYears = values.year
        const absent = absentPlaces(parsed, values, deps.tokenizer)
        if (absent.length > 0) {
          response.absentPlaces = absent
          // 武汉市和深圳的双减 leaves 和 双减, said as 双减.
          offeredQ = offerText(withoutAbsentPlaces(p.q, parsed, values, deps.tokenizer), deps.tokenizer)
        }
        yearsNotHeld = absentYears(parsed, values.year)
        if (yearsNotHeld.length > 0) response.absentYears = yearsNotHeld
        // The topic is read from the question as typed: `parsed` is widened by the vocabulary in keyword and hybrid mode,
        // and 各地STEM教育怎么做 offered the spread of stem 教育 科学教育 科技创新, four terms each required by the view.
        const typed = parseQuery(p.q, deps.tokenizer)
        // 荆门和江门的双减有什么不同: the cities named, read as semantic mode reads them, and the topic without them.
        // Read against the user's own filters: `filters` already holds the cities semantic mode read from the question.
        const named = () => {
          const places = findPlaceMentions(typed, values, filtersFrom(p), deps.tokenizer)
          return places && { rest: parseQuery(places.rest, deps.tokenizer), cities: places.filters.city ?? [] }
        }
        const research = comparisonAsk(p.q, named) ?? planLevelAsk(p.q, typed)
        if (research) response.research = research
      }
      if (result.groups) {
        // The engine groups every matching plan; one page of them is answered, with how many there are.
        const from = (p.groupPage - 1) * p.groupLimit
        response.groups = await toApiGroups(result.groups.slice(from, from + p.groupLimit), atPlace ? [] : highlight, citations, context, shape)
        response.groupTotal = result.groups.length
      }
      if (result.totalIsLowerBound) response.totalIsLowerBound = true
      if (cited) response.cited = { place: cited.place.text, clauses: cited.clauses, ...(cited.tooMany ? { tooMany: true as const } : {}) }
      // The words of a citation (第二 部分, the title's) offer nothing its reader wants: the page says where the place is.
      const citation = isCitation(cited)
      const emptyReason = result.emptyReason ?? parsed.emptyReason ?? whenEmpty ?? (citation ? citedMessage(cited) : undefined)
      if (emptyReason && result.total === 0) response.emptyReason = emptyReason
      if (p.page === 1 && !emptyReason && !citation) {
        // Independent offers, asked together: a corrected spelling, the keyword looser queries (semantic mode: the words
        // in hybrid mode, which also lists the clauses that say them), other years of a place,
        // the topic in every year when the question named a year no plan is of.
        const [corrected, alternatives, years, everyYear, newestYear, parentCity, namedPlans, ruledOut, apart, everyPlace] = await Promise.all([
          soundAlikeAlternatives({ engine, tokenizer: deps.tokenizer, embedder: deps.embedder, params: p, total: result.total, homophones: homophonesOf(suggest), signal }),
          engineMode === 'keyword' && p.mode === 'keyword'
            ? keywordAlternatives({ engine, tokenizer: deps.tokenizer, embedder: deps.embedder, parsed, filters, total: result.total, params: p, signal, logger: deps.logger })
            : engineMode === 'semantic'
              ? literalAlternative({ engine, tokenizer: deps.tokenizer, embedder: deps.embedder, params: p, total: result.total, totalIsLowerBound: result.totalIsLowerBound === true, signal })
              : Promise.resolve([]),
          inferred && result.total === 0 ? otherYearsAlternative(p, inferred, engine, deps.tokenizer, deps.embedder, { signal }) : Promise.resolve(null),
          everyYearAlternative({ ...p, q: offeredQ }, yearsNotHeld, engine, deps.tokenizer, deps.embedder, { signal }),
          newestYearAlternative({ ...p, q: offeredQ }, yearsNotHeld, heldYears, engine, deps.tokenizer, deps.embedder, { signal }),
          heldPlaces ? parentCityAlternatives(p, parsed, heldPlaces, engine, deps.tokenizer, deps.embedder, { signal }) : Promise.resolve([]),
          inferred && result.total === 0 ? namedPlansAlternative(p, inferred, engine, deps.tokenizer, deps.embedder, { signal }) : Promise.resolve(null),
          heldPlaces ? ruledOutPlacesAlternative(p, result.total, heldPlaces, engine, deps.tokenizer, deps.embedder, { signal }) : Promise.resolve(null),
          // 学生阅读: the two words apart, in hybrid mode (keyword mode's looser queries hold them already).
          wordsApartAlternative({ engine, tokenizer: deps.tokenizer, embedder: deps.embedder, params: p, total: result.total, totalIsLowerBound: result.totalIsLowerBound === true, signal }),
          // 长沙 双减: nothing in 长沙市's plans; 双减 wherever the plans say it.
          inferred && result.total === 0 ? everyPlaceAlternative(p, inferred, engine, deps.tokenizer, deps.embedder, { signal }) : Promise.resolve(null),
        ])
        const offered = [...corrected, ...parentCity, ...(ruledOut ? [ruledOut] : []), ...(years ? [years] : []), ...(namedPlans ? [namedPlans] : []), ...(newestYear ? [newestYear] : []), ...(everyYear ? [everyYear] : []), ...(everyPlace ? [everyPlace] : []), ...alternatives, ...apart]
        // 立德数人: 立德树人 (14) corrected and 立德 (14) looser list the same clauses; the correction alone is offered.
        const once = withoutSameClauses(offered, deps.tokenizer)
        // AI教育 was offered ai 教育: Latin words as typed, or as the plans write them (offer-case.ts).
        if (once.length > 0) response.alternatives = await inWrittenCase(once, p.q, engine, { signal, followUp: true })
      }
      return response
    })
    // A cached answer is shared: the time of this request goes in front of a copy.
    return jsonBytes(c, withLeadingField(body, 'tookMs', Math.round((performance.now() - started) * 100) / 100))
  })
}
