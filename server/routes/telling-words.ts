/**
 * Asks the engine how many clauses hold each word of a question typed as a sentence, for query/telling-words.ts: phrase
 * counts (limit 0, no facets, no filters), as held-parts.ts asks them, beside the count of every clause, then one count
 * of the clauses holding any telling word. A fact of the index, not of the filters: the same question matches by the
 * same words under any filter. One read, each one turn of the engine's queue, and a second only when the words' own counts
 * cannot say whether their union fills a page; nothing rests on the engine's health read, which a search must be able to
 * answer without (search-alternatives-health.test.ts).
 */
import type { SentenceWords } from '../api-types.js'
import type { ParsedQuery, ReadOptions, SearchEngine } from '../engine/types.js'
import { FEWEST_TELLING_MATCHES, sentenceTerm, splitByShare, tellingFillsAPage, withRankOnly, wordsToCount } from '../query/telling-words.js'
import { countQuery, phraseCount, totalsOf } from './held-parts.js'

/** The query with a sentence's common words rank-only, when its telling words match at least a first page. */
export async function byTellingWords(query: ParsedQuery, engine: SearchEngine, options?: ReadOptions): Promise<ParsedQuery> {
  const words = await sentenceWordsOf(query, engine, options)
  return words ? withRankOnly(query, words.rankOnly) : query
}

/** A sentence's telling words and its common words, when its telling words match at least a first page; else null. */
export async function sentenceWordsOf(query: ParsedQuery, engine: SearchEngine, options?: ReadOptions): Promise<SentenceWords | null> {
  const term = sentenceTerm(query)
  if (!term) return null
  const words = wordsToCount(term)
  const every: ParsedQuery = { raw: '', groups: [], exclude: [], highlight: [] }
  const counted = await totalsOf([...words.map(phraseCount), countQuery(every)], engine, options)
  const counts = new Map(words.map((w, i) => [w, counted[i]]))
  const split = splitByShare(term, counts, counted[words.length])
  if (!split) return null
  const fills = tellingFillsAPage(split.telling, counts) ?? (await anyTellingFillsAPage(split.telling, engine, options))
  return fills ? { matched: split.telling, rankOnly: split.common } : null
}

async function anyTellingFillsAPage(telling: string[], engine: SearchEngine, options?: ReadOptions): Promise<boolean> {
  const text = telling.join(' ')
  const [anyTelling] = await totalsOf([countQuery({ raw: text, groups: [[{ kind: 'words', text, words: telling }]], exclude: [], highlight: telling })], engine, options)
  return anyTelling >= FEWEST_TELLING_MATCHES
}
