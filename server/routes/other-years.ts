/**
 * A question naming a place and a year the place has no plan of (江门2025年的学前教育: 江门市's plan is of 2023)
 * finds nothing in semantic and hybrid mode, which read both as filters. The year was asked for, so it stays a
 * filter; the same question within the place in all its years is offered beside the empty answer, counted as it
 * would be searched (`学前教育 · 限 江门市 (3)`).
 */
import type { InferredFilters, QueryAlternative } from '../api-types.js'
import type { Embedder, ReadOptions, SearchEngine, Tokenizer } from '../engine/types.js'
import { withoutRelativeYears, withoutYears } from '../query/absent-years.js'
import { countScoped, type SearchParams } from './search-request.js'

export async function otherYearsAlternative(
  params: SearchParams,
  inferred: InferredFilters,
  engine: SearchEngine,
  tokenizer: Tokenizer,
  embedder: Embedder | null,
  options?: ReadOptions,
): Promise<QueryAlternative | null> {
  if (!inferred.year?.length || !(inferred.city?.length || inferred.province?.length)) return null
  const places = { ...(inferred.city ? { city: inferred.city } : {}), ...(inferred.province ? { province: inferred.province } : {}) }
  // As the user would then search it: the question's topic, the place as a filter, nothing read from the words.
  const within: SearchParams = { ...params, q: inferred.query, infer: false, city: [...params.city, ...(places.city ?? [])], province: [...params.province, ...(places.province ?? [])] }
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
 * A question searched within the places and years it named that finds nothing there (泉州市2025年有什么新变化: the words
 * left, 新 变化, are near no clause of that plan) is offered the plans themselves: their clauses, which is what was
 * asked of them (`泉州市 2025年的全部条款 (24)`); null when the question named nothing else or the plans hold no clause.
 */
export async function namedPlansAlternative(
  params: SearchParams,
  inferred: InferredFilters,
  engine: SearchEngine,
  tokenizer: Tokenizer,
  embedder: Embedder | null,
  options?: ReadOptions,
): Promise<QueryAlternative | null> {
  const filters = {
    ...(inferred.city?.length ? { city: inferred.city } : {}),
    ...(inferred.province?.length ? { province: inferred.province } : {}),
    ...(inferred.year?.length ? { year: inferred.year } : {}),
  }
  if (inferred.query === '' || Object.keys(filters).length === 0) return null
  const browse: SearchParams = {
    ...params,
    q: '',
    mode: 'keyword',
    infer: false,
    city: [...params.city, ...(filters.city ?? [])],
    province: [...params.province, ...(filters.province ?? [])],
    year: [...params.year, ...(filters.year ?? [])],
  }
  const total = await countScoped(browse, tokenizer, embedder, engine, options)
  return total > 0 ? { query: '', mode: 'keyword', total, filters } : null
}
