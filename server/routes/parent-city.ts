/**
 * A question naming a district or county the index holds no plan of, inside a city it holds one of (东宝区的双减: 东宝区
 * is a district of 荆门市), is offered the question within that city, whose plan is the district's too
 * (`双减 · 限 荆门市 (2)`; districts of two cities, within both); the district alone (掇刀区) is offered the city's
 * clauses. Counted as it would be searched.
 * The note that no 东宝区 plan is here is absentPlaces'; this is where to look instead (server/query/absent-places.ts).
 */
import { normalizeForMatch } from '../../indexer/normalize.js'
import type { QueryAlternative } from '../api-types.js'
import type { Embedder, ParsedQuery, ReadOptions, SearchEngine, Tokenizer } from '../engine/types.js'
import { enclosingCities } from '../query/absent-places.js'
import { namedAsException, placeForms, withoutMentions, type PlaceValues } from '../query/place-mentions.js'
import { countScoped, type SearchParams } from './search-request.js'

export async function parentCityAlternatives(
  params: SearchParams,
  parsed: ParsedQuery,
  values: PlaceValues,
  engine: SearchEngine,
  tokenizer: Tokenizer,
  embedder: Embedder | null,
  options?: ReadOptions,
): Promise<QueryAlternative[]> {
  // A district left out (东宝区以外的双减, 除了东宝区) asks for the others, not for its city's plan.
  const typed = normalizeForMatch(params.q)
  const enclosed = enclosingCities(parsed, values, tokenizer).filter((e) => !namedAsException(typed, e.text))
  const cities = [...new Set(enclosed.map((e) => e.city))].filter((city) => !params.exceptCity.includes(city) && (params.city.length === 0 || params.city.includes(city)))
  if (cities.length === 0) return []
  // The question without the districts, nor their cities when it names them too (荆门市东宝区的双减 → 双减).
  const q = withoutConnectives(withoutMentions(params.q, [
    ...enclosed.map((e) => ({ field: 'city' as const, text: e.text, longer: [] })),
    ...cities.flatMap((city) => {
      const [full, short] = placeForms(city)
      return short ? [{ field: 'city' as const, text: short, longer: [full] }] : []
    }),
  ]))
  // Nothing left is the cities' clauses, a browse, which keyword mode lists.
  const mode = q === '' ? 'keyword' : params.mode
  const total = await countScoped({ ...params, q, mode, city: cities }, tokenizer, embedder, engine, options)
  return total > 0 ? [{ query: q, mode, total, filters: { city: cities } }] : []
}

/** A word that joined the districts taken out, left alone between spaces: 丰泽区和鲤城区的课后服务 → 和 课后服务 → 课后服务. */
const LEFT_CONNECTIVE = /(?<=^|\s)(?:和|与|及|以及|跟|同|或|或者|的|、)(?=\s|$)/gu

export function withoutConnectives(q: string): string {
  return q.replace(LEFT_CONNECTIVE, ' ').replace(/\s+/gu, ' ').trim()
}
