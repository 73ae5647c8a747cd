/**
 * Asks the engine how many clauses hold each word of a question typed as a sentence, for query/telling-words.ts: phrase
 * counts (limit 0, no facets, no filters), as held-parts.ts asks them, beside the count of every clause, then one count
 * of the clauses holding any telling word. A fact of the index, not of the filters: the same question matches by the
 * same words under any filter. Two reads, each one turn of the engine's queue; nothing rests on the engine's health
 * read, which a search must be able to answer without (search-alternatives-health.test.ts).
 */
import type { ParsedQuery, ReadOptions, SearchEngine, SearchQuery } from '../engine/types.js'
import { FEWEST_TELLING_MATCHES, sentenceTerm, splitByShare, withRankOnly, wordsToCount } from '../query/telling-words.js'
import { countQuery, phraseCount } from './held-parts.js'

async function totals(queries: SearchQuery[], engine: SearchEngine, options?: ReadOptions): Promise<number[]> {
  const results = engine.searchMany ? await engine.searchMany(queries, options) : await Promise.all(queries.map((q) => engine.search(q, options)))
  return results.map((r) => r.total)
}

/** The query with a sentence's common words rank-only, when its telling words match at least a first page. */
export async function byTellingWords(query: ParsedQuery, engine: SearchEngine, options?: ReadOptions): Promise<ParsedQuery> {
  const term = sentenceTerm(query)
  if (!term) return query
  const words = wordsToCount(term)
  const every: ParsedQuery = { raw: '', groups: [], exclude: [], highlight: [] }
  const counted = await totals([...words.map(phraseCount), countQuery(every)], engine, options)
  const split = splitByShare(term, new Map(words.map((w, i) => [w, counted[i]])), counted[words.length])
  if (!split) return query
  const text = split.telling.join(' ')
  const [anyTelling] = await totals([countQuery({ raw: text, groups: [[{ kind: 'words', text, words: split.telling }]], exclude: [], highlight: split.telling })], engine, options)
  return anyTelling >= FEWEST_TELLING_MATCHES ? withRankOnly(query, split.common) : query
}
