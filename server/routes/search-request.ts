/** Turns validated search parameters into the engine's SearchQuery (shared by search and export). */
import type { InferredFilters, SentenceWords } from '../api-types.js'
import type { Embedder, ParsedQuery, ReadOptions, SearchEngine, SearchFilters, SearchMode, Tokenizer } from '../engine/types.js'
import { PortalError } from '../errors.js'
import type { FacetsQueryParams } from '../http/query-schemas.js'
import { widenForModes, type WidenedQueries } from '../query/everyday-vocabulary.js'
import { withHeldParts } from '../query/held-parts.js'
import { parseQuery } from '../query/parse-query.js'
import { withRankOnly } from '../query/telling-words.js'
import { isQuestionOnly, QUESTION_ONLY_MESSAGE } from '../query/question-only.js'
import { askHeldParts } from './held-parts.js'
import { byTellingWords, sentenceWordsOf } from './telling-words.js'
import { inPlansCase } from './offer-case.js'
import { placeHeldPhrases } from './place-phrase.js'
import { describePlaces, placesIn, restOffered, withPlaces } from './place-scope.js'

export function filtersFrom(p: FacetsQueryParams): SearchFilters {
  const f: SearchFilters = {}
  if (p.city.length) f.city = p.city
  if (p.province.length) f.province = p.province
  if (p.year.length) f.year = p.year
  if (p.yearFrom !== undefined) f.yearFrom = p.yearFrom
  if (p.yearTo !== undefined) f.yearTo = p.yearTo
  if (p.theme.length) f.theme = p.theme
  if (p.level.length) f.level = p.level
  if (p.plan.length) f.plan = p.plan
  if (p.outlineOnly !== undefined) f.outlineOnly = p.outlineOnly
  if (p.since !== undefined) f.since = p.since
  if (p.exceptCity.length) f.exceptCity = p.exceptCity
  if (p.exceptProvince.length) f.exceptProvince = p.exceptProvince
  if (p.exceptYear.length) f.exceptYear = p.exceptYear
  return f
}

export const SEMANTIC_UNAVAILABLE_MESSAGE =
  '语义检索不可用：未找到嵌入模型 bge-small-zh-v1.5。请把模型放到 MODEL_DIR 指定的目录（默认 data/models/）后重启服务；关键词检索（mode=keyword）不受影响'

export interface PreparedQuery {
  parsed: ParsedQuery
  /** The mode the engine runs: an empty query is a filtered browse, whatever mode was asked. */
  engineMode: SearchMode
  vector?: Float32Array
  /** Strings to mark in snippets. */
  highlight: string[]
  /** What to tell the user when the search finds nothing (a hybrid question-only query whose words are in no clause). */
  whenEmpty?: string
  /** Keyword mode: a sentence question matched by its telling words, its common words ranking only (telling-words.ts). */
  sentenceWords?: SentenceWords
}

/**
 * A semantic hit matches by meaning, so a lone character of the question (后 of 孩子放学后谁来管) marked
 * across its text is noise; only whole words are marked there.
 */
function semanticHighlight(parsed: ParsedQuery): string[] {
  const words = parsed.highlight.filter((h) => [...h].length > 1)
  return words.length > 0 ? words : parsed.highlight
}

/**
 * `engine`, when given, is asked which typed words its clauses hold: in hybrid mode a word none holds is searched by its
 * parts that some clause holds too (交学费 → 学费: byHeldParts).
 */
export async function prepareQuery(
  q: string,
  mode: SearchMode,
  tokenizer: Tokenizer,
  embedder: Embedder | null,
  engine?: SearchEngine,
  options?: ReadOptions,
): Promise<PreparedQuery> {
  const typed = parseQuery(q, tokenizer)
  // Everyday words also search the plans' words (课本 → 教材) where words are matched: keyword and hybrid.
  // Semantic mode's parsed terms only carry the exclusions; its vector, like hybrid's, embeds the question
  // with the official words appended (everyday-vocabulary.ts semanticQueryText).
  // Hybrid mode and the query vector also widen a short everyday word (霸凌 → 欺凌); keyword mode keeps it exact.
  const widened = widenForModes(typed)
  const matching = mode === 'semantic' ? typed : mode === 'hybrid' ? await byHeldParts(typed, widened.hybrid, tokenizer, engine, options) : widened.keyword
  const sentenceWords = mode !== 'semantic' && engine ? await sentenceWordsOf(matching, engine, options) : null
  const parsed = sentenceWords ? withRankOnly(matching, sentenceWords.rankOnly) : matching
  // Hybrid mode adds the clauses near in meaning whatever words they hold: only keyword mode's set is the words'.
  if (mode === 'keyword') return { parsed, engineMode: 'keyword', highlight: parsed.highlight, ...(sentenceWords && { sentenceWords }) }
  if (!embedder) throw new PortalError('semantic_unavailable', SEMANTIC_UNAVAILABLE_MESSAGE, { param: 'mode' })
  if (q === '') return { parsed, engineMode: 'keyword', highlight: [] }
  // Exclusions alone (-双减, or 湖北省 -双减 once the place is a filter) name nothing to be near: the clauses that pass
  // them are listed, as keyword mode lists them, not the few nearest to the vector of a minus sign.
  if (parsed.groups.length === 0 && parsed.exclude.length > 0 && !parsed.emptyReason) return { parsed, engineMode: 'keyword', highlight: [] }
  // 怎么样 alone has no topic to be near, so it has no semantic part: semantic mode answers with a message, hybrid
  // mode with its keyword part (the clauses that contain it as typed), not the few clauses nearest to any filler.
  if (!parsed.emptyReason && isQuestionOnly(q)) {
    if (mode === 'hybrid') return { parsed, engineMode: 'keyword', highlight: parsed.highlight, whenEmpty: QUESTION_ONLY_MESSAGE }
    return { parsed: { ...parsed, groups: [], emptyReason: QUESTION_ONLY_MESSAGE }, engineMode: 'keyword', highlight: [] }
  }
  try {
    return { parsed, engineMode: mode, vector: await embedder.embedQuery(widened.vectorText), highlight: semanticHighlight(parsed) }
  } catch (err) {
    throw new PortalError('semantic_unavailable', '语义检索暂时不可用：计算查询向量失败，请改用关键词检索或稍后再试', { param: 'mode', cause: err })
  }
}

/**
 * Hybrid mode's widened query with each typed word no clause holds searched by its parts some clause holds too
 * (query/held-parts.ts), when there is an engine to ask. On the tuning half of test/eval/ the parts lift hybrid (P@10
 * 0.532 → 0.534, nDCG@10 0.872 → 0.874) and change none of keyword mode's figures (0.492, 0.791 either way), so keyword
 * mode stays as the vocabulary widens it, which already searches an everyday word inside a typed one (交学费 → 学费).
 */
export async function byHeldParts(typed: ParsedQuery, widened: ParsedQuery, tokenizer: Tokenizer, engine?: SearchEngine, options?: ReadOptions): Promise<ParsedQuery> {
  return engine ? withHeldParts(widened, await askHeldParts([typed], engine, tokenizer, options)) : widened
}

/**
 * What each mode searches for a typed query, as prepareQuery builds it: keyword mode's widened words, hybrid mode's with
 * the held parts of the words no clause holds (when there is an engine to ask), and the text embedded for the vector.
 * The evaluation and the tuning sweeps of test/eval/ ask through it, so that what is measured and tuned is what users get.
 */
export async function queriesForModes(typed: ParsedQuery, tokenizer: Tokenizer, engine?: SearchEngine, options?: ReadOptions): Promise<WidenedQueries> {
  const widened = widenForModes(typed)
  return {
    ...widened,
    keyword: await bySentenceWords(widened.keyword, engine, options),
    hybrid: await bySentenceWords(await byHeldParts(typed, widened.hybrid, tokenizer, engine, options), engine, options),
  }
}

/**
 * A question typed as a sentence matched by its telling words, its common words (学校, 工作) ranking only
 * (query/telling-words.ts), when there is an engine to ask: 职业学校毕业好找工作吗 matched 221 of 343 clauses, now 31.
 */
async function bySentenceWords(parsed: ParsedQuery, engine?: SearchEngine, options?: ReadOptions): Promise<ParsedQuery> {
  return engine ? byTellingWords(parsed, engine, options) : parsed
}

export interface ScopedQuery extends PreparedQuery {
  filters: SearchFilters
  /** Set when places or years named in the question became filters. */
  inferred?: InferredFilters
}

export type SearchParams = FacetsQueryParams & { q: string; mode: SearchMode; infer?: boolean }

/**
 * The query and filters a search runs (search, export and the research views alike, so they describe one set).
 * A question naming a place or a year the index holds is searched within it, in every mode: `荆门 双减` as 双减 in
 * 荆门市's plans (place-scope.ts), unless `infer` is off. A plan's city and year are metadata its clauses rarely say:
 * searched as words in keyword mode, 长沙2020年课后服务 listed 泉州's and 江门's 课后服务 before 长沙's, and
 * 2024年教师培训 the opening paragraphs that write 2024年, while the search within 长沙市 2020 was only offered.
 */
export async function scopeQuery(
  p: SearchParams,
  tokenizer: Tokenizer,
  embedder: Embedder | null,
  engine: SearchEngine,
  options?: ReadOptions,
): Promise<ScopedQuery> {
  const filters = filtersFrom(p)
  const modelled = p.mode !== 'keyword' && p.q !== '' && embedder !== null
  const q = modelled ? await inPlansCase(p.q, engine, options) : p.q
  // Semantic and hybrid mode without a model fail in prepareQuery, as before: nothing to infer for them.
  const inferable = p.q !== '' && (p.mode === 'keyword' || modelled)
  if (inferable && p.infer !== false) {
    const typed = parseQuery(q, tokenizer)
    const read = await placesIn(engine, tokenizer, typed, filters, options)
    // A keyword query naming nothing but the place is searched as typed whatever its phrases: no count to ask for them.
    if (read && (p.mode !== 'keyword' || namesTopic(read.rest, tokenizer))) {
      const held = await placeHeldPhrases(typed, read.mentions.map((m) => m.text), engine, options)
      // A held phrase is searched as typed in keyword mode; the other modes read the place and keep the phrase in their text.
      const places = held.length > 0 && p.mode !== 'keyword' ? await placesIn(engine, tokenizer, typed, filters, options, held) : read
      if (places && (p.mode !== 'keyword' || held.length === 0)) {
        const prepared = await prepareQuery(places.rest, p.mode, tokenizer, embedder, engine, options)
        return { ...prepared, filters: withPlaces(filters, places), inferred: describePlaces(places) }
      }
    }
  }
  return { ...(await prepareQuery(q, p.mode, tokenizer, embedder, engine, options)), filters }
}

/**
 * Whether what is left of a keyword question once its places are read still asks for words: 湖北省 or 荆门有什么新政策
 * (新 alone) name only the place, and keyword mode searches them as typed and offers the place's clauses
 * (search-alternatives.ts), as it offers them to a question typed with `infer=0`.
 */
function namesTopic(rest: string, tokenizer: Tokenizer): boolean {
  const left = parseQuery(restOffered(rest, tokenizer), tokenizer)
  return left.groups.length > 0 || left.exclude.length > 0
}

/** What an offer made after a semantic or hybrid search is handed (literal-alternative.ts, words-apart.ts). */
export interface FewResultsOfferInput {
  engine: SearchEngine
  tokenizer: Tokenizer
  embedder: Embedder | null
  /** The search's parameters; an offer is counted as a click on it would search (countScoped). */
  params: SearchParams
  /** The search's total. */
  total: number
  /** The total is a lower bound (the engine's limit was reached): never few. */
  totalIsLowerBound: boolean
  signal?: AbortSignal
}

/**
 * How many clauses a search with these parameters finds, asked as the search itself is (scopeQuery), without its
 * hits or facets: an alternative offered with this count finds as many when it is clicked.
 */
export async function countScoped(p: SearchParams, tokenizer: Tokenizer, embedder: Embedder | null, engine: SearchEngine, options?: ReadOptions): Promise<number> {
  const scoped = await scopeQuery(p, tokenizer, embedder, engine, options)
  const query = { query: scoped.parsed, filters: scoped.filters, mode: scoped.engineMode, vector: scoped.vector, sort: 'relevance' as const, offset: 0, limit: 0, facets: false }
  return (await engine.search(query, options)).total
}
