/**
 * What a semantic or hybrid search for two words typed as one offers when it finds few: the words apart, in hybrid mode.
 * 学生阅读 found 0 clauses in both modes and offered nothing, though 培养学生良好的阅读习惯 (长沙) and 亲子阅读 (大兴安岭) say
 * both words: the plans never write them side by side, hybrid mode's words match the phrase exactly, and no clause's
 * vector is near enough to the phrase. Keyword mode offers 学生 阅读 already (relax-query.ts); these modes now do too,
 * counted in hybrid mode as the click searches it (学生 阅读: 2).
 */
import type { QueryAlternative } from '../api-types.js'
import type { ReadOptions } from '../engine/types.js'
import { parseQuery } from '../query/parse-query.js'
import { FEW_RESULTS, phraseApart } from '../query/relax-query.js'
import { countScoped, type FewResultsOfferInput } from './search-request.js'

export async function wordsApartAlternative(input: FewResultsOfferInput): Promise<QueryAlternative[]> {
  const { engine, tokenizer, embedder, params, total } = input
  if (params.mode === 'keyword' || total >= FEW_RESULTS || input.totalIsLowerBound || embedder === null) return []
  const apart = phraseApart(parseQuery(params.q, tokenizer), tokenizer)
  if (apart === null) return []
  const options: ReadOptions = { signal: input.signal, followUp: true }
  // More than the search found, and than the phrase itself finds in hybrid mode (semantic mode offers that: literal-alternative.ts).
  const [apartTotal, asTyped] = await Promise.all([
    countScoped({ ...params, q: apart, mode: 'hybrid' }, tokenizer, embedder, engine, options),
    params.mode === 'hybrid' ? Promise.resolve(total) : countScoped({ ...params, mode: 'hybrid' }, tokenizer, embedder, engine, options),
  ])
  return apartTotal > Math.max(total, asTyped) ? [{ query: apart, mode: 'hybrid', total: apartTotal }] : []
}
