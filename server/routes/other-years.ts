/**
 * A question naming a place and a year the place has no plan of (江门2025年的学前教育: 江门市's plan is of 2023)
 * finds nothing in semantic and hybrid mode, which read both as filters. The year was asked for, so it stays a
 * filter; the same question within the place in all its years is offered beside the empty answer, counted as it
 * would be searched (`学前教育 · 限 江门市 (3)`).
 */
import type { InferredFilters, QueryAlternative } from '../api-types.js'
import type { Embedder, ReadOptions, SearchEngine, Tokenizer } from '../engine/types.js'
import { withoutRelativeYears, withoutYears } from '../query/absent-years.js'
import { defaultQuestionWords, isQuestionOnly } from '../query/question-only.js'
import { countScoped, scopeQuery, type SearchParams } from './search-request.js'

/** An offer made from what the search read from the question (its places and years, and the words left). */
export type InferredOffer = (
  params: SearchParams,
  inferred: InferredFilters,
  engine: SearchEngine,
  tokenizer: Tokenizer,
  embedder: Embedder | null,
  options?: ReadOptions,
) => Promise<QueryAlternative | null>

/** The places read from the question, as filters. */
function inferredPlaces(inferred: InferredFilters): { city?: string[]; province?: string[] } {
  return { ...(inferred.city?.length ? { city: inferred.city } : {}), ...(inferred.province?.length ? { province: inferred.province } : {}) }
}

export const otherYearsAlternative: InferredOffer = async (params, inferred, engine, tokenizer, embedder, options) => {
  const places = inferredPlaces(inferred)
  if (!inferred.year?.length || !(places.city || places.province)) return null
  // As the user would then search it: the question's topic, the place as a filter, read again as any search is (a click
  // keeps infer as it was: counted with infer=0, 师范学院泉州 · 泉州市、大兴安岭地区 was offered 10 clauses and listed 1).
  const within: SearchParams = { ...params, q: inferred.query, city: [...params.city, ...(places.city ?? [])], province: [...params.province, ...(places.province ?? [])] }
  const total = await countScoped(within, tokenizer, embedder, engine, options)
  return total > 0 ? { query: inferred.query, mode: params.mode, total, filters: places } : null
}

/**
 * A question naming years the index holds no plan of (2026年的双减: no plan of 2026 is here) is offered its topic
 * in every year (双减 (11)), counted as it would be searched; null when nothing is left of the question or found.
 */
export async function everyYearAlternative(
  params: SearchParams,
  years: readonly number[],
  engine: SearchEngine,
  tokenizer: Tokenizer,
  embedder: Embedder | null,
  options?: ReadOptions,
): Promise<QueryAlternative | null> {
  const q = withoutYears(params.q, years)
  if (years.length === 0 || q === '' || q === params.q.trim()) return null
  const total = await countScoped({ ...params, q }, tokenizer, embedder, engine, options)
  return total > 0 ? { query: q, mode: params.mode, total } : null
}

/**
 * A question asking for a year newer than any plan here (今年课后服务有什么新要求 in 2026, 明年的双减, 2026年的双减 while
 * the newest plans are of 2025) wants the newest plans: the topic within the newest year held is offered
 * (`课后服务有什么新要求 · 限 2025年 (n)`), counted as it would be searched; null otherwise.
 */
export async function newestYearAlternative(
  params: SearchParams,
  years: readonly number[],
  heldYears: readonly number[],
  engine: SearchEngine,
  tokenizer: Tokenizer,
  embedder: Embedder | null,
  options?: ReadOptions,
): Promise<QueryAlternative | null> {
  const newest = Math.max(...heldYears)
  if (years.length === 0 || heldYears.length === 0 || years.some((y) => y <= newest) || params.year.length > 0 || params.yearFrom !== undefined || params.yearTo !== undefined) return null
  const q = withoutRelativeYears(withoutYears(params.q, years))
  if (q === '') return null
  const total = await countScoped({ ...params, q, year: [newest] }, tokenizer, embedder, engine, options)
  return total > 0 ? { query: q, mode: params.mode, total, filters: { year: [newest] } } : null
}


/**
 * Words asking what a plan says as a whole, not of a topic in it: 泉州市2025年有什么新变化, 荆门2024年的重点是什么.
 * Read with the question words (question-only.ts) and the particles between them. 政策 and 措施 (广东省有什么新政策) name
 * no topic either: both are stopwords, and semantic mode found 0 clauses for the question and offered none of the plan.
 */
const WHOLE_PLAN_WORDS = ['新变化', '变化', '新要求', '新举措', '新内容', '新规定', '新亮点', '新政策', '新措施', '重点', '要点', '亮点', '内容', '部署', '安排', '政策', '措施', '新', '的', '了', '有', '是', '都']

/**
 * The filters of the one plan a question names, by its place and year, when it asks nothing of a topic in it
 * (泉州市2025年有什么新变化: 泉州市, 2025); null when it names no place (2024年有什么新变化 is asked of every plan of
 * 2024), names a topic (泉州市2025年的校服 asks of 校服), or the user's filters hold other places than it names.
 */
export function namedPlanFilters(params: SearchParams, inferred: InferredFilters): { city?: string[]; province?: string[]; year?: number[] } | null {
  const places = inferredPlaces(inferred)
  if (!places.city && !places.province) return null
  const outside = (named: readonly string[] | undefined, within: readonly string[], except: readonly string[]) =>
    (named ?? []).some((place) => except.includes(place) || (within.length > 0 && !within.includes(place)))
  if (outside(places.city, params.city, params.exceptCity) || outside(places.province, params.province, params.exceptProvince)) return null
  if (inferred.query.trim() !== '' && !isQuestionOnly(inferred.query, [...defaultQuestionWords(), ...WHOLE_PLAN_WORDS].sort((a, b) => b.length - a.length))) return null
  return { ...places, ...(inferred.year?.length ? { year: inferred.year } : {}) }
}

/**
 * A question searched within the place (and year) it named that finds nothing there (泉州市2025年有什么新变化: the words
 * left, 新 变化, are near no clause of that plan) is offered the plan itself: its clauses, which is what was asked of it
 * (`泉州市 2025年的全部条款 (28)`); null unless the question names one plan and nothing of a topic (namedPlanFilters).
 */
export const namedPlansAlternative: InferredOffer = async (params, inferred, engine, tokenizer, embedder, options) => {
  const filters = namedPlanFilters(params, inferred)
  if (!filters) return null
  const browse: SearchParams = {
    ...params,
    q: '',
    mode: 'keyword',
    infer: false,
    city: [...new Set([...params.city, ...(filters.city ?? [])])],
    province: [...new Set([...params.province, ...(filters.province ?? [])])],
    year: [...new Set([...params.year, ...(filters.year ?? [])])],
  }
  const scoped = await scopeQuery(browse, tokenizer, embedder, engine, options)
  const found = await engine.search(
    { query: scoped.parsed, filters: scoped.filters, mode: scoped.engineMode, sort: 'relevance', offset: 0, limit: 0, facets: false, groupByPlan: { perPlan: 1 } },
    options,
  )
  // Two plans or more (a city's plans of two years) are no one plan to read whole.
  return found.total > 0 && found.groups?.length === 1 ? { query: '', mode: 'keyword', total: found.total, filters } : null
}
