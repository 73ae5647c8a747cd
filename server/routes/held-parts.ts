/**
 * Asks the engine which typed words its clauses hold, for query/held-parts.ts: each word is counted as the exact phrase
 * keyword mode searches (limit 0, no facets, no filters), so the SQLite and Meilisearch engines, which the contract holds
 * to the same keyword matches, search the same parts. Whether a clause holds the word is a fact of the index, not of the
 * filters: the same question searches the same words under any filter. At most two reads, each one turn of the engine's
 * queue (searchMany): the typed words, then the sub-words of those no clause holds (with the clause count, from memory).
 * About 1 ms a question on the bundled corpus's worker pool once warm.
 */
import type { ParsedQuery, ReadOptions, SearchEngine, SearchQuery, Tokenizer } from '../engine/types.js'
import { heldParts, partCandidates, subWords, type HeldParts } from '../query/held-parts.js'

/** How many clauses a parsed query matches in keyword mode, under no filter: its total alone (limit 0, no facets). */
export function countQuery(query: ParsedQuery): SearchQuery {
  return { query, filters: {}, mode: 'keyword', sort: 'relevance', offset: 0, limit: 0, facets: false }
}

export function phraseCount(text: string): SearchQuery {
  return countQuery({ raw: text, groups: [[{ kind: 'phrase', text, match: text }]], exclude: [], highlight: [text] })
}

/** The totals of these queries, in one read (one turn of the engine's queue) where the engine reads several at once. */
export async function totalsOf(queries: SearchQuery[], engine: SearchEngine, options?: ReadOptions): Promise<number[]> {
  const results = engine.searchMany ? await engine.searchMany(queries, options) : await Promise.all(queries.map((q) => engine.search(q, options)))
  return results.map((r) => r.total)
}

/** How many clauses hold each string (phrase counts, in one read). */
async function countsOf(strings: readonly string[], engine: SearchEngine, options?: ReadOptions): Promise<Map<string, number>> {
  if (strings.length === 0) return new Map()
  const totals = await totalsOf(strings.map(phraseCount), engine, options)
  return new Map(strings.map((s, i) => [s, totals[i]]))
}

/** The held parts of the typed words of these queries that no clause holds (query/held-parts.ts heldParts). */
export async function askHeldParts(typed: readonly ParsedQuery[], engine: SearchEngine, tokenizer: Tokenizer, options?: ReadOptions): Promise<HeldParts> {
  const candidates = [...new Set(typed.flatMap(partCandidates))]
  if (candidates.length === 0) return new Map()
  const counts = await countsOf(candidates, engine, options)
  const absent = candidates.filter((w) => counts.get(w) === 0)
  const subs = [...new Set(absent.flatMap((w) => subWords(w, tokenizer)))].filter((s) => !counts.has(s))
  if (subs.length === 0) return new Map()
  const [subCounts, health] = await Promise.all([countsOf(subs, engine, options), engine.health({ probe: false })])
  return heldParts(candidates, { counts: new Map([...counts, ...subCounts]), clauses: health.clauses }, tokenizer)
}
