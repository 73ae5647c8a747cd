/**
 * 您是不是要找：a query with a word typed in characters of the same sound (双剪 for 双减, 课后服物 for 课后服务), or of
 * the same look where it finds little (职业教肓 for 职业教育, shape-alike.ts), is offered corrected, in the mode the user searched and counted as that mode will then count it (the same
 * scopeQuery as the search), so the number shown is the number found on the click.
 *
 * Asked of a query that found nothing, and of one that found clauses only for a word the index holds in no clause
 * (双剪怎么落实 finds 落实 alone); a query whose every word is in the index was meant as typed.
 */
import type { QueryAlternative } from '../api-types.js'
import type { Embedder, ParsedQuery, ReadOptions, SearchEngine, Tokenizer } from '../engine/types.js'
import { correctedQueries, slipsIn, type HomophoneIndex } from '../query/homophones.js'
import { parseQuery } from '../query/parse-query.js'
import { FEW_RESULTS } from '../query/relax-query.js'
import { countScoped, type SearchParams } from './search-request.js'

/** Corrected queries offered at most. */
export const MAX_CORRECTED = 2

/** How many times the query's total a correction by a character's look must find ("much more"). */
export const SHAPE_GAIN = 3

export interface SpellingInput {
  engine: SearchEngine
  tokenizer: Tokenizer
  embedder: Embedder | null
  params: SearchParams
  /** The total of the query as typed. */
  total: number
  homophones: HomophoneIndex
  signal?: AbortSignal
}

/** The query's keyword total (its words as typed, the search's filters): what a slip left its words finding. */
const literalTotal = async (params: SearchParams, tokenizer: Tokenizer, engine: SearchEngine, options: ReadOptions) =>
  countScoped({ ...params, mode: 'keyword' }, tokenizer, null, engine, options)

const phraseQuery = (word: string): ParsedQuery => ({ raw: word, groups: [[{ kind: 'phrase', text: word, match: word }]], exclude: [], highlight: [word] })

export async function soundAlikeAlternatives(input: SpellingInput): Promise<QueryAlternative[]> {
  const { engine, tokenizer, embedder, params, total, homophones } = input
  if (params.q.trim() === '') return []
  let slips = slipsIn(parseQuery(params.q, tokenizer), homophones, undefined, tokenizer)
  if (slips.length === 0) return []
  const options: ReadOptions = { signal: input.signal, followUp: true }
  // The query's words as keyword mode counts them, asked at most once (keyword mode has counted them already).
  let literal: Promise<number> | undefined
  const literalCount = () => (literal ??= params.mode === 'keyword' ? Promise.resolve(total) : literalTotal(params, tokenizer, engine, options))
  if (total > 0) {
    // A filler's slip (双减政侧) corrects a query whose words are in no clause together; one whose words are was meant as
    // typed (浙中课后服务 finds 9, and 这种课后服务 is no better question). Semantic and hybrid mode find clauses close by
    // meaning to any words (hybrid 双减政侧: 2), so there the words are counted as keyword mode counts them.
    const fillers = slips.some((s) => s.filler === true)
    if (fillers && (await literalCount()) > 0) slips = slips.filter((s) => s.filler !== true)
    // The homophone index knows the frequent words only: a word it lacks may still be in a clause or two.
    const held = await Promise.all(
      slips.map(async (s) => (await engine.search({ query: phraseQuery(s.word), filters: {}, mode: 'keyword', sort: 'relevance', offset: 0, limit: 0, facets: false }, options)).total),
    )
    slips = slips.filter((_, i) => held[i] === 0)
  }
  // A common word beside another (心里辅导) is a slip only where the index holds the two corrected and not as typed:
  // 心理辅导 is in 2 clauses, 资源参加 (for 自愿参加) in none (homophones.ts Slip.within).
  const phraseCount = async (text: string) => (await engine.search({ query: phraseQuery(text), filters: {}, mode: 'keyword', sort: 'relevance', offset: 0, limit: 0, facets: false }, options)).total
  slips = (
    await Promise.all(
      slips.map(async (s) => {
        const { within } = s
        if (within === undefined) return s
        if ((await phraseCount(within)) > 0) return null
        const held = await Promise.all(s.alike.map(async (a) => (await phraseCount(within.replace(s.word, a.text))) > 0))
        const alike = s.alike.filter((_, i) => held[i])
        return alike.length > 0 ? { ...s, alike } : null
      }),
    )
  ).filter((s) => s !== null)
  // A character read by its look is a guess: offered only where the words as typed find little (职业教肓: 0), and
  // then only a correction that finds much more than the query did.
  // So is a sound close to the typed one (校园欺临 → 校园欺凌, fuzzy pinyin), offered then as a sound is, however few it finds.
  const guess = (s: { shape?: true; near?: true }) => s.shape === true || s.near === true
  if (slips.some(guess) && (await literalCount()) >= FEW_RESULTS) {
    slips = slips.filter((s) => !guess(s))
  }
  const candidates = correctedQueries(params.q, slips)
  const bySound = new Set(correctedQueries(params.q, slips.filter((s) => !s.shape)))
  const counts = await Promise.all(candidates.map((q) => countScoped({ ...params, q }, tokenizer, embedder, engine, options)))
  // A look-alike correction of a query that found nothing is offered however few it finds: the corrected word is one
  // the index holds (幼小街接 → 幼小衔接, 3 clauses in keyword mode), and nothing else answers the query as typed.
  const enough = (q: string, count: number) =>
    count > 0 && (bySound.has(q) || ((count >= FEW_RESULTS || total === 0) && count >= SHAPE_GAIN * total))
  return candidates
    .flatMap((q, i) => (enough(q, counts[i]) ? [{ query: q, mode: params.mode, total: counts[i], soundAlike: true as const }] : []))
    .slice(0, MAX_CORRECTED)
}
