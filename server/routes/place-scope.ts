/**
 * Places and years named in a question, read against what the index holds (server/query/place-mentions.ts).
 * Every mode searches within them (`荆门 双减` → 双减 in 荆门市's plans) and says so (search-request.ts scopeQuery);
 * a keyword search asked as typed (`infer=0`) is offered the filtered search beside its looser queries
 * (search-alternatives.ts).
 */
import type { InferredFilters } from '../api-types.js'
import type { ParsedQuery, ReadOptions, SearchEngine, SearchFilters, SearchQuery, Tokenizer } from '../engine/types.js'
import { parseQuery } from '../query/parse-query.js'
import { findPlaceMentions, type PlaceValues, type QueryPlaces } from '../query/place-mentions.js'

/** One read of the index's places per engine and build: they change only when the index is rebuilt. */
const known = new WeakMap<SearchEngine, { indexedAt: string | null; values: Promise<PlaceValues> }>()

export async function placeValues(engine: SearchEngine, options?: ReadOptions): Promise<PlaceValues> {
  const memo = known.get(engine)
  // A health read that throws after the search found its clauses would lose the answer over a read it does not need:
  // the places read before serve until the engine can say which build it holds.
  let indexedAt: string | null
  try {
    ;({ indexedAt } = await engine.health({ probe: false }))
  } catch (err) {
    if (memo) return memo.values
    throw err
  }
  if (memo && memo.indexedAt === indexedAt) return memo.values
  // The plans with a document number, for a question naming one (江教办〔2023〕5号).
  const documents = engine.listPlans().then((plans) =>
    plans.flatMap((p) => (p.docNumber ? [{ docNumber: p.docNumber, city: p.city, province: p.province, year: p.year }] : [])),
  )
  const values = Promise.all([engine.facets({}, options), documents]).then(([facets, numbered]) => ({
    city: facets.city.map((f) => f.value),
    province: facets.province.map((f) => f.value),
    year: facets.year.map((f) => Number(f.value)).filter(Number.isInteger),
    documents: numbered,
  }))
  known.set(engine, { indexedAt, values })
  // A failed read (a cancelled request) is not remembered: the next question asks again.
  values.catch(() => known.delete(engine))
  return values
}

/** The places and years `query` names that `engine`'s index holds and `filters` leaves open; null when none. */
export async function placesIn(
  engine: SearchEngine,
  tokenizer: Tokenizer,
  query: ParsedQuery,
  filters: SearchFilters,
  options?: ReadOptions,
  /** Phrases that hold a place and stay in the text searched (place-phrase.ts placeHeldPhrases). */
  kept: readonly string[] = [],
): Promise<QueryPlaces | null> {
  // A single word names at most the place itself, which stays a word (findPlaceMentions): no read needed.
  if (query.groups.flat().length === 0) return null
  const values = await placeValues(engine, options)
  const places = findPlaceMentions(query, { ...values, currentYear: new Date().getFullYear() }, filters, tokenizer, kept)
  // 去年长沙的课后服务 when 长沙 has no plan of last year: the user asked for the recent plans, not for none, so the
  // place is searched in all its years (the hits show each plan's year). A year typed in digits stays a filter. The
  // place may be a filter the user set (去年的课后服务 under 长沙市) as well as a word of the question: an offer moves the
  // place it read to the filters, and under 长沙市 去年 read as 2025 found none of the clause 去年长沙的课后服务 found.
  const within = places?.mentions.some((m) => m.relative) ? withPlaces(filters, places) : null
  if (within && (within.city || within.province)) {
    const scoped: SearchQuery = { query: parseQuery('', tokenizer), filters: within, mode: 'keyword', sort: 'relevance', offset: 0, limit: 0, facets: false }
    if ((await engine.search(scoped, options)).total === 0) return findPlaceMentions(query, values, filters, tokenizer, kept)
  }
  return places
}

/** The user's filters with those read from the question: places and years left out by either are all left out. */
export function withPlaces(filters: SearchFilters, places: QueryPlaces): SearchFilters {
  const out: SearchFilters = { ...filters, ...places.filters }
  for (const field of ['exceptCity', 'exceptProvince'] as const) {
    if (filters[field] && places.filters[field]) out[field] = [...new Set([...filters[field], ...places.filters[field]])]
  }
  if (filters.exceptYear && places.filters.exceptYear) out.exceptYear = [...new Set([...filters.exceptYear, ...places.filters.exceptYear])]
  return out
}

export function describePlaces(places: QueryPlaces): InferredFilters {
  return { query: places.rest, mentions: places.mentions.map((m) => m.text), ...places.filters }
}

/**
 * What is searched within the places a question names: what is left of it, or nothing (the places' clauses, as for
 * 湖北省 typed alone) when all that is left is single characters. 广东省有什么新政策 left 新 (有 什么 政策 are stopwords),
 * and 新 · 限 广东省 (16) listed the clauses of 江门市's plan that merely write 新 (新时代, 新会区, 新改扩建): a character alone
 * matches almost any clause, as relax-query.ts says of the looser queries. Quoted text is what was asked for.
 */
export function restOffered(rest: string, tokenizer: Tokenizer): string {
  const parsed = parseQuery(rest, tokenizer)
  const searched = parsed.groups.flat().flatMap((t) => (t.kind === 'phrase' ? [t.match] : t.words))
  const single = searched.length > 0 && searched.every((s) => [...s].length < 2)
  return single && parsed.exclude.length === 0 && !/["“”「」]/u.test(rest) ? '' : rest
}
