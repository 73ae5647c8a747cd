/**
 * The everyday-to-official vocabulary (data/dict/everyday-terms.txt): 补课 → 校外培训, 课本 → 教材. A free-text
 * query in everyday words shares few words with the plans; its words are widened with the plans' own words
 * for keyword and hybrid search. Exact phrases stay exact: only words of a free-text term are widened.
 */
import { normalizeForMatch } from '../../indexer/normalize.js'
import type { ParsedQuery, QueryTerm } from '../engine/types.js'
import { dictFileOnce } from './dict-file.js'

/** Everyday word → the official words searched with it. */
export type EverydayVocabulary = ReadonlyMap<string, readonly string[]>

export function parseVocabulary(text: string): EverydayVocabulary {
  const out = new Map<string, string[]>()
  for (const line of text.split(/\r?\n/)) {
    const entry = line.replace(/#.*/, '').trim()
    if (!entry) continue
    const [everyday, ...official] = entry.split(/\s+/).map((w) => normalizeForMatch(w))
    if (official.length > 0) out.set(everyday, [...(out.get(everyday) ?? []), ...official])
  }
  return out
}

/** The vocabulary of data/dict/, read once per process; an unreadable file leaves queries as typed. */
export const defaultVocabulary: () => EverydayVocabulary = dictFileOnce('everyday-terms.txt', parseVocabulary, () => new Map())

/**
 * A word widens by an entry it contains (补课费 by 补课); a one-character entry only by the word itself, since a
 * single character sits inside unrelated words too (贵 in 贵州, 钱 in 钱塘, 累 in 积累).
 */
function widens(word: string, everyday: string): boolean {
  return [...everyday].length === 1 ? word === everyday : word.includes(everyday)
}

function widen(term: QueryTerm, vocabulary: EverydayVocabulary): QueryTerm {
  if (term.kind !== 'words') return term
  const words = [...term.words]
  for (const word of term.words) {
    for (const [everyday, official] of vocabulary) {
      if (widens(word, everyday)) for (const o of official) if (!words.includes(o)) words.push(o)
    }
  }
  return words.length === term.words.length ? term : { ...term, words }
}

/** The query with every free-text term's words widened by the vocabulary; phrases and exclusions untouched. */
export function expandQuery(query: ParsedQuery, vocabulary: EverydayVocabulary): ParsedQuery {
  const groups = query.groups.map((group) => group.map((term) => widen(term, vocabulary)))
  const added = groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [])).filter((w) => !query.highlight.includes(w))
  if (added.length === 0) return query
  const highlight = [...new Set([...query.highlight, ...added])].sort((a, b) => b.length - a.length || a.localeCompare(b))
  return { ...query, groups, highlight }
}

const freeTextWords = (query: ParsedQuery) => query.groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : []))

/**
 * The text embedded for the query vector: the question followed by the official words its everyday words were
 * widened with (孩子补课怎么办 → 孩子补课怎么办 有偿补课 校外培训), or the question unchanged when none was. The
 * model then meets the plans' own words too; quoted phrases are never widened, so they add nothing here either.
 * Measured in bench/RESULTS.md "Semantic quality steps" (row I): appending beat writing the official words in
 * place or averaging the two vectors, on the tuning half.
 */
export function semanticQueryText(typed: ParsedQuery, widened: ParsedQuery): string {
  const own = new Set(freeTextWords(typed))
  const added = [...new Set(freeTextWords(widened).filter((w) => !own.has(w)))]
  return added.length === 0 ? typed.raw : `${typed.raw.trim()} ${added.join(' ')}`
}
