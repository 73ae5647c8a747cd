/**
 * What a semantic search that found few clauses offers: the same words in hybrid mode, which adds every clause
 * that says them, when that finds more. One vector stands for a whole clause, so a clause that names 近视 among
 * six other tasks sits far from the question 近视: by meaning alone 近视 found the one clause about 近视防控 where
 * five say the word, 午餐 none where one does, and the page said nothing of the rest.
 */
import type { QueryAlternative } from '../api-types.js'
import type { ReadOptions } from '../engine/types.js'
import { parseQuery } from '../query/parse-query.js'
import { isQuestionOnly } from '../query/question-only.js'
import { FEW_RESULTS } from '../query/relax-query.js'
import { countScoped, type FewResultsOfferInput } from './search-request.js'

export async function literalAlternative(input: FewResultsOfferInput): Promise<QueryAlternative[]> {
  const { engine, tokenizer, embedder, params, total } = input
  if (params.mode !== 'semantic' || total >= FEW_RESULTS || input.totalIsLowerBound || embedder === null) return []
  // Words to find, not filler or exclusions alone: 咋办 and -双减 have nothing to say literally, nor 的 or 和, stopwords
  // the parser searches only because they are all there is (hybrid 的 lists 143 clauses that write it).
  const typed = parseQuery(params.q, tokenizer)
  if (typed.groups.length === 0 || isQuestionOnly(typed.raw) || tokenizer.words(params.q).length === 0) return []
  const options: ReadOptions = { signal: input.signal, followUp: true }
  const hybrid = await countScoped({ ...params, mode: 'hybrid' }, tokenizer, embedder, engine, options)
  return hybrid > total ? [{ query: params.q, mode: 'hybrid', total: hybrid }] : []
}
