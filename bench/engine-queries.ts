/**
 * The mixed query set of the engine benchmark, drawn (seeded) from the real corpus: 2-character words,
 * dictionary terms, 3-word free text, filtered phrases and phrases with all facets.
 */
import { normalizeForMatch } from '../indexer/normalize.js'
import type { Segmenter } from '../indexer/segment/segmenter.js'
import type { IndexBuild } from '../indexer/types.js'
import type { SearchFilters } from '../server/engine/types.js'
import { random } from './synthetic-documents.js'

export type QueryKind = 'phrase2' | 'dictionary' | 'free3' | 'filtered' | 'faceted'

export interface BenchQuery {
  kind: QueryKind
  /** What the user types. */
  text: string
  filters: SearchFilters
  facets: boolean
  /** The normalised phrase, for exact recall (phrase kinds only). */
  phrase?: string
}

export const QUERY_MIX: Record<QueryKind, number> = { phrase2: 300, dictionary: 300, free3: 200, filtered: 100, faceted: 200 }

const CJK2 = /^[\u4e00-\u9fff]{2}$/u

export function benchQueries(real: IndexBuild, synthetic: IndexBuild, segmenter: Segmenter, seed = 7): BenchQuery[] {
  const rand = random(seed)
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]
  const texts = real.clauses.map((c) => c.text)
  const corpusText = normalizeForMatch(texts.join('\n'))
  const words = [...new Set(texts.flatMap((t) => segmenter.cut(t)).map(normalizeForMatch))]
  const twoChar = words.filter((w) => CJK2.test(w))
  const longer = words.filter((w) => w.length >= 2 && /^[\u4e00-\u9fff]+$/u.test(w))
  const dictionary = segmenter.dictionaryTerms().filter((t) => corpusText.includes(t))
  const years = [...new Set(synthetic.clauses.map((c) => c.year!))]
  const cities = [...new Set(synthetic.clauses.map((c) => c.city!))]

  const out: BenchQuery[] = []
  const phrase = (kind: QueryKind, text: string, filters: SearchFilters = {}, facets = false) =>
    out.push({ kind, text, filters, facets, phrase: normalizeForMatch(text) })
  for (let i = 0; i < QUERY_MIX.phrase2; i++) phrase('phrase2', pick(twoChar))
  for (let i = 0; i < QUERY_MIX.dictionary; i++) phrase('dictionary', pick(dictionary))
  for (let i = 0; i < QUERY_MIX.free3; i++) {
    const text = [pick(longer), pick(longer), pick(longer)].join('')
    out.push({ kind: 'free3', text, filters: {}, facets: false })
  }
  for (let i = 0; i < QUERY_MIX.filtered; i++) {
    phrase('filtered', pick(rand() < 0.5 ? twoChar : dictionary), rand() < 0.5 ? { year: [pick(years)] } : { city: [pick(cities)] })
  }
  for (let i = 0; i < QUERY_MIX.faceted; i++) phrase('faceted', pick(rand() < 0.5 ? twoChar : dictionary), {}, true)
  // Interleave kinds so caches warm evenly for every engine.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}
