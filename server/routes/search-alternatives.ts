/**
 * What a keyword search that found few clauses offers instead: the looser queries of relax-query.ts that
 * find more, and semantic mode for the same words, each counted with the same filters. Counting asks the
 * engine for totals only (limit 0, no facets), so a few extra searches stay cheap.
 */
import type { QueryAlternative } from '../api-types.js'
import type { Embedder, ParsedQuery, SearchEngine, SearchFilters, Tokenizer } from '../engine/types.js'
import { parseQuery } from '../query/parse-query.js'
import { FEW_RESULTS, MAX_RELAXED, relaxedQueries } from '../query/relax-query.js'

export interface AlternativesInput {
  engine: SearchEngine
  tokenizer: Tokenizer
  embedder: Embedder | null
  parsed: ParsedQuery
  filters: SearchFilters
  /** The keyword total of the query as typed. */
  total: number
}

export async function keywordAlternatives(input: AlternativesInput): Promise<QueryAlternative[]> {
  const { engine, tokenizer, embedder, parsed, filters, total } = input
  if (total >= FEW_RESULTS) return []
  const count = (query: ParsedQuery, vector?: Float32Array) =>
    engine.search({ query, filters, mode: vector ? 'semantic' : 'keyword', vector, sort: 'relevance', offset: 0, limit: 0, facets: false })
  const looser: QueryAlternative[] = []
  for (const text of relaxedQueries(parsed)) {
    const found = (await count(parseQuery(text, tokenizer))).total
    if (found > total) looser.push({ query: text, mode: 'keyword', total: found })
  }
  // Most specific first: the smallest set that still finds more than the query did.
  const out = looser.sort((a, b) => a.total - b.total).slice(0, MAX_RELAXED)
  if (embedder && parsed.groups.length > 0) {
    const semantic = (await count(parsed, await embedder.embedQuery(parsed.raw))).total
    if (semantic > 0) out.push({ query: parsed.raw, mode: 'semantic', total: semantic })
  }
  return out
}
