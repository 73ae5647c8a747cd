/**
 * A question naming a place or year that the user's own filter rules out (江门 课后服务 under the filter 泉州市): the
 * filter wins (place-mentions.ts), so semantic and hybrid mode searched the name as a word, which the plans of the
 * filter rarely write, and the page listed one clause about 教学研 and offered nothing. The question without the names
 * the filter rules out is offered within the user's filters, counted as its click searches (`课后服务 (4)`), when it
 * finds more. Keyword mode offers it among its looser queries already (search-alternatives.ts).
 */
import type { QueryAlternative } from '../api-types.js'
import type { Embedder, ReadOptions, SearchEngine, Tokenizer } from '../engine/types.js'
import { offerText } from '../query/offer-text.js'
import { parseQuery } from '../query/parse-query.js'
import { findPlaceMentions, withoutMentions, type PlaceValues } from '../query/place-mentions.js'
import { countScoped, filtersFrom, type SearchParams } from './search-request.js'

export async function ruledOutPlacesAlternative(
  params: SearchParams,
  total: number,
  values: PlaceValues,
  engine: SearchEngine,
  tokenizer: Tokenizer,
  embedder: Embedder | null,
  options?: ReadOptions,
): Promise<QueryAlternative | null> {
  const filters = filtersFrom(params)
  const filtered = Boolean(filters.city || filters.province || filters.year || filters.yearFrom !== undefined || filters.yearTo !== undefined)
  if (params.mode === 'keyword' || params.infer === false || !filtered) return null
  const typed = parseQuery(params.q, tokenizer)
  const held = { ...values, currentYear: new Date().getFullYear() }
  const named = findPlaceMentions(typed, held, {}, tokenizer)?.mentions ?? []
  const read = findPlaceMentions(typed, held, filters, tokenizer)?.mentions ?? []
  const ruledOut = named.filter((m) => !read.some((r) => r.text === m.text))
  if (ruledOut.length === 0) return null
  const q = offerText(withoutMentions(params.q, ruledOut), tokenizer)
  // Nothing left but the place (江门 under 泉州市) asks for that place's plans, which the filter rules out.
  if (parseQuery(q, tokenizer).groups.length === 0) return null
  const found = await countScoped({ ...params, q }, tokenizer, embedder, engine, options)
  return found > total ? { query: q, mode: params.mode, total: found } : null
}
