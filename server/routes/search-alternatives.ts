/**
 * What a keyword search that found few clauses offers instead: the looser queries of relax-query.ts that
 * find more, and semantic mode for the same words (hybrid mode when nothing is close by meaning alone), each
 * counted with the same filters; a keyword search that names a place is offered the search within it however many
 * clauses it found. Counting asks the
 * engine for totals only (limit 0, no facets), so a few extra searches stay cheap; they are asked in one
 * read (SearchEngine.searchMany, where the engine has it) and as a follow-up of the search
 * (ReadOptions.followUp), so under load the answer queues once more, not once per looser query.
 */
import type { Logger } from 'pino'
import type { PlaceFilterValues, QueryAlternative } from '../api-types.js'
import type { EngineHealth, Embedder, ParsedQuery, ReadOptions, SearchEngine, SearchFilters, SearchQuery, Tokenizer } from '../engine/types.js'
import { PortalError } from '../errors.js'
import { defaultVocabulary, inOtherSense, officialAlternatives } from '../query/everyday-vocabulary.js'
import { withDigits } from '../query/numerals.js'
import { offerText } from '../query/offer-text.js'
import { parseQuery } from '../query/parse-query.js'
import { isQuestionOnly } from '../query/question-only.js'
import { FEW_RESULTS, GENERIC_SHARE, halvesTypedAlone, MAX_RELAXED, relaxedQueries } from '../query/relax-query.js'
import { placesIn, restOffered, withPlaces } from './place-scope.js'
import { countScoped, filtersFrom, type SearchParams } from './search-request.js'

export interface AlternativesInput {
  engine: SearchEngine
  tokenizer: Tokenizer
  embedder: Embedder | null
  parsed: ParsedQuery
  filters: SearchFilters
  /** The keyword total of the query as typed. */
  total: number
  /** The search's parameters: semantic and hybrid mode are counted as a click on them would search (countScoped). */
  params: SearchParams
  /** Aborted when the client has gone. */
  signal?: AbortSignal
  /** Where an answer sent without its offers is told (the route's logger); unset, it goes untold. */
  logger?: Pick<Logger, 'warn'>
}

/** The engine's health as the offers need it (from memory, probe: false); null, logged, when the read throws. */
async function readHealth({ engine, parsed, logger }: AlternativesInput): Promise<EngineHealth | null> {
  try {
    return await engine.health({ probe: false })
  } catch (err) {
    logger?.warn({ err, q: parsed.raw }, 'keyword offers left out: the engine\'s health could not be read')
    return null
  }
}

export async function keywordAlternatives(input: AlternativesInput): Promise<QueryAlternative[]> {
  const { engine, tokenizer, embedder, parsed, filters, total } = input
  const options: ReadOptions = { signal: input.signal, followUp: true }
  const countQuery = (query: ParsedQuery): SearchQuery => ({ query, filters, mode: 'keyword', sort: 'relevance', offset: 0, limit: 0, facets: false })
  if (total >= FEW_RESULTS) return asClicked(input, await placedAlternative(input, countQuery, options), options)
  const count = async (query: ParsedQuery) => (await engine.search(countQuery(query), options)).total
  // Counted in one read where the engine can: one turn in the queue for all of them, not one each.
  const countAll = async (queries: ParsedQuery[]) =>
    engine.searchMany ? (await engine.searchMany(queries.map((q) => countQuery(q)), options)).map((r) => r.total) : Promise.all(queries.map((q) => count(q)))
  // 课间十五分钟 finds nothing where the plans write 课间15分钟: the query with its numbers in digits comes first, then
  // (霸凌 finds nothing where the plans say 欺凌) the vocabulary's words for a short everyday term.
  const digits = withDigits(parsed.raw.trim())
  // A word the user excluded (不要课后服务的，只看托管; -课后服务) is never offered back, though the vocabulary widens 托管 by it.
  const excluded = (text: string) => searchedIn(text, tokenizer).some((s) => parsed.exclude.some((e) => s.includes(e.match)))
  // Nor a word the plans write in another sense, alone (~游戏 in everyday-terms.txt): 孩子沉迷手机游戏 was offered 游戏 (7),
  // the clauses of kindergarten play, which the vocabulary keeps the question from searching.
  const otherSense = (text: string) => {
    const searched = searchedIn(text, tokenizer)
    return searched.length > 0 && searched.every((s) => inOtherSense(defaultVocabulary(), s))
  }
  const candidates = [digits, ...officialAlternatives(parsed, defaultVocabulary()), ...relaxedQueries(parsed, tokenizer)].map((t) => offerText(t, tokenizer))
  const texts = [...new Set(candidates.filter((t) => !excluded(t) && !otherSense(t)).map((t) => withExclusions(t, parsed, tokenizer)))].filter((t) => t !== parsed.raw.trim())
  // Semantic mode is offered only where it can answer: an index built without embeddings has no vectors
  // even when the model is there (its search would fail the whole answer with semantic_unavailable).
  // Nor is it offered for a query of question words alone (咋办, 怎么样): semantic mode answers it with a message and
  // 0 clauses, so the 38 clauses counted nearest to the filler's vector were an offer that the click did not keep.
  const health = await readHealth(input)
  // A read that throws (rather than saying the engine is unwell, below) comes after the search has its clauses: they
  // are answered without the offers, and the log says so. Answered busy, a finished search was lost for a read its
  // clauses do not need.
  if (health === null) return []
  // An engine that cannot say what it holds says 0 clauses and 0 vectors: every count would read as generic and semantic
  // mode as impossible, and the answer would quietly lack all its offers. That is the one way found by which an answer
  // depends on the moment it is asked (no offer is counted under a time budget; a count that waits past the queue's
  // deadline fails the whole answer): an e2e run at load 11 once got 如何防止校园欺凌 without its offers. They are not
  // guessed: the request is answered busy (503, Retry-After), which is never cached, and the next asks again.
  if (!health.ok) throw new PortalError('engine_unavailable', '服务繁忙：检索引擎暂时无法读取索引信息，请稍后再试', { headers: { 'Retry-After': '1' } })
  const semanticPossible = embedder !== null && parsed.groups.length > 0 && !isQuestionOnly(parsed.raw) && health.vectors > 0
  // Embedded as semantic and hybrid mode will embed it (prepareQuery), so the counts offered are the counts they
  // then show. Hybrid is counted only when nothing is close by meaning alone: 霸凌 has no clause near enough, but
  // hybrid mode finds the four that say 欺凌, so the way out offered is not a dead end.
  // Counted through scopeQuery, as the click searches: 大兴安岭 学前教育 was offered semantic mode with 42 clauses, counted
  // over every plan, where the click searches 学前教育 within 大兴安岭地区 and finds 3.
  const closeCounts = async (model: Embedder) => {
    const semantic = await countScoped({ ...input.params, mode: 'semantic' }, tokenizer, model, engine, options)
    const hybrid = semantic > 0 ? 0 : await countScoped({ ...input.params, mode: 'hybrid' }, tokenizer, model, engine, options)
    return { semantic, hybrid }
  }
  // Generic within what the search is confined to: under 荆门市 2025 (26 clauses), 荆门2025年学前教育有什么新举措 was
  // offered 教育 (19), most of the plan, counted against the 343 clauses of every plan.
  const filtered = Object.values(filters).some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0))
  const [counts, close, placed, scope] = await Promise.all([
    texts.length > 0 ? countAll(texts.map((text) => parseQuery(text, tokenizer))) : Promise.resolve([]),
    semanticPossible ? closeCounts(embedder) : Promise.resolve({ semantic: 0, hybrid: 0 }),
    // 荆门 双减: the plans say 荆门 rarely, their metadata always; the same search within 荆门市 comes first.
    placedAlternative(input, countQuery, options),
    filtered ? count(parseQuery('', tokenizer)) : Promise.resolve(health.clauses),
  ])
  const telling = (count: number) => count <= scope * GENERIC_SHARE
  // Of the two halves of a compound typed alone, the one that finds fewer clauses names the thing (校园欺凌 → 欺凌); the
  // other only qualifies it, and is not offered though the naming one finds no more than the query (课后服务 -双减: 课后
  // -双减 finds its 4 clauses, 服务 -双减 34).
  const halves = halvesTypedAlone(parsed, tokenizer).map((h) => withExclusions(offerText(h, tokenizer), parsed, tokenizer))
  const half = texts.filter((t) => halves.includes(t)).sort((a, b) => counts[texts.indexOf(a)] - counts[texts.indexOf(b)])[0]
  // 2024年教师培训 (教师培训 within 2024) offers 培训 within 2024 too: counted there, it lists there when clicked.
  const within = placeFilters(filters, input.params)
  const found: QueryAlternative[] = texts.flatMap((text, i) =>
    counts[i] > total && telling(counts[i]) && (!halves.includes(text) || text === half) ? [{ query: text, mode: 'keyword' as const, total: counts[i], ...within }] : [],
  )
  // 学生 近视 (5) and 近视 (5) are the same clauses: a query within another that finds as many adds nothing. So is a word
  // inside a longer one (课后 (9) beside 课后服务 (9): every clause saying 课后服务 says 课后).
  const words = (q: string) => q.split(/\s+/)
  const inside = (a: QueryAlternative, b: QueryAlternative) => a !== b && a.total === b.total && words(a.query).every((w) => words(b.query).some((x) => x.includes(w)))
  const looser: QueryAlternative[] = found.filter((a) => !found.some((b) => inside(a, b)))
  // Most specific first: the smallest set that still finds more than the query did.
  const chosen = looser.sort((a, b) => a.total - b.total).slice(0, MAX_RELAXED)
  const [placedClicked, looserClicked] = await Promise.all([asClicked(input, placed, options), asClicked(input, chosen, options)])
  const out = [...placedClicked, ...looserClicked.filter((a) => a.total > total && telling(a.total))]
  // The question as typed, as it was counted (countScoped reads its places again): 长沙 学前教育, not 学前教育.
  const asked = input.params.q.trim()
  if (close.semantic > 0) out.push({ query: asked, mode: 'semantic', total: close.semantic })
  else if (close.hybrid > total) out.push({ query: asked, mode: 'hybrid', total: close.hybrid })
  return out
}

const PLACE_FIELDS = ['city', 'province', 'year', 'exceptCity', 'exceptProvince', 'exceptYear'] as const

/**
 * The offers with the totals their clicks find, those that find none left out. A click searches the offer's query with
 * the search's own filters and the offer's added (web/src/lib/url-state.ts searchWithin), and that search reads the
 * query again (scopeQuery): its places and years, who asks, its telling words. Counted as parsed text within the
 * search's filters, 我是一名家长，想问 was offered 我是1名家长 (5) that listed 13, and 荆门 我是荆门的老师 under 荆门市以外
 * 我是荆门的老师 (2) that listed 65.
 */
async function asClicked(input: AlternativesInput, offers: QueryAlternative[], options: ReadOptions): Promise<QueryAlternative[]> {
  const own = filtersFrom(input.params)
  const totals = await Promise.all(
    offers.map((offer) => {
      const p: SearchParams = { ...input.params, q: offer.query, mode: offer.mode }
      for (const field of PLACE_FIELDS) {
        const added = (offer.filters?.[field] ?? []) as readonly (string | number)[]
        if (added.length > 0) (p as Record<string, unknown>)[field] = [...new Set([...((own[field] ?? []) as readonly (string | number)[]), ...added])]
      }
      return countScoped(p, input.tokenizer, input.embedder, input.engine, options)
    }),
  )
  return offers.flatMap((offer, i) => (totals[i] > 0 ? [{ ...offer, total: totals[i] }] : []))
}

/**
 * The places and years read from the question (search-request.ts scopeQuery), as an offer carries them
 * (QueryAlternative.filters): what the search's filters hold beyond the user's own. `parsed` is what is left of the
 * question, so each looser query was counted within them.
 */
function placeFilters(filters: SearchFilters, params: SearchParams): { filters?: PlaceFilterValues } {
  const own = filtersFrom(params)
  const added: PlaceFilterValues = {}
  for (const field of PLACE_FIELDS) {
    const extra = ((filters[field] ?? []) as readonly (string | number)[]).filter((v) => !((own[field] ?? []) as readonly (string | number)[]).includes(v))
    if (extra.length > 0) (added as Record<string, unknown>)[field] = extra
  }
  return Object.keys(added).length > 0 ? { filters: added } : {}
}

/** The phrases and words a query text searches, its exclusions aside. */
function searchedIn(text: string, tokenizer: Tokenizer): string[] {
  return parseQuery(text, tokenizer).groups.flat().flatMap((t) => (t.kind === 'phrase' ? [t.match] : t.words))
}

/**
 * A looser query keeps what the user left out: 课后服务 -双减 (4 clauses) was offered 课后 (9), counted with the five
 * clauses saying 双减 that the user had excluded, and clicked it listed them. The exclusions the text lacks are added
 * as typed (课后 -双减, which finds the same 4 and is then no looser query, so not offered).
 */
function withExclusions(text: string, parsed: ParsedQuery, tokenizer: Tokenizer): string {
  const own = parseQuery(text, tokenizer).exclude.map((e) => e.match)
  const missing = parsed.exclude.filter((e) => !own.includes(e.match))
  return missing.length === 0 ? text : [text, ...missing.map((e) => (/\s/u.test(e.text) ? `-"${e.text}"` : `-${e.text}`))].join(' ')
}

/**
 * A keyword question that names a place and finds many clauses is offered the same search within the place alone:
 * 荆门和泉州在课后服务上有什么不同 found 25 clauses of every city, ranked by how many of 荆门 泉州 课后服务 上 each holds
 * (first: a 泉州 clause about 上线), where the plans name their own city rarely and their metadata always.
 */
async function placedAlternative(input: AlternativesInput, countQuery: (query: ParsedQuery) => SearchQuery, options: ReadOptions): Promise<QueryAlternative[]> {
  const { engine, tokenizer, parsed, filters } = input
  const places = await placesIn(engine, tokenizer, parsed, filters, options)
  // 荆门 双减 under the filter 荆门市 names the place the user filters on already: 双减 · 限 荆门市 would be the looser 双减.
  const own = filters as Record<string, readonly unknown[] | undefined>
  const adds = places && Object.entries(places.filters).some(([field, values]) => (values as readonly unknown[]).some((v) => !own[field]?.includes(v)))
  if (!places || !adds) return []
  const rest = restOffered(places.rest, tokenizer)
  const placed = (await engine.search({ ...countQuery(parseQuery(rest, tokenizer)), filters: withPlaces(filters, places) }, options)).total
  return placed > 0 ? [{ query: offerText(rest, tokenizer), mode: 'keyword', total: placed, filters: places.filters }] : []
}

