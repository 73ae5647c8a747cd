/**
 * A question naming a place whose plans do not say its topic (长沙 双减: 长沙市's one plan is of 2020, before 双减) is
 * searched within the place and finds nothing; the place's facet shows where the topic is, but the empty page offered
 * no way there. The topic in every place is offered beside the empty answer (`双减 (11)`), counted as a click on it
 * searches: the question's topic with the user's own filters and the years it named, not the places it named.
 */
import { countScoped, type SearchParams } from './search-request.js'
import type { InferredOffer } from './other-years.js'

export const everyPlaceAlternative: InferredOffer = async (params, inferred, engine, tokenizer, embedder, options) => {
  const named = (inferred.city?.length ?? 0) + (inferred.province?.length ?? 0)
  if (named === 0 || inferred.query.trim() === '') return null
  const years = inferred.year?.length ? { year: inferred.year } : null
  const everywhere: SearchParams = { ...params, q: inferred.query, year: [...new Set([...params.year, ...(years?.year ?? [])])] }
  const total = await countScoped(everywhere, tokenizer, embedder, engine, options)
  return total > 0 ? { query: inferred.query, mode: params.mode, total, ...(years && { filters: years }) } : null
}
