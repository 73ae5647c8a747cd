/**
 * A typed word that no clause holds, searched by the parts of it the plans write. jieba glues a verb to its object
 * (交学费, 踢足球, 考大学) or a word to the next (睡眠不足, 体育比赛) into one word the plans never write, and free text
 * counts which of its words a clause contains: the word matched nothing, so in hybrid mode the clause saying
 * 免除普通高中学生学费 was not credited for 学费 in 上高中要不要交学费. Such a word is searched by its sub-words of two
 * characters or more that are words of the language (jieba's dictionary, the domain dictionary, places: known-words.ts)
 * and that the index holds, each not inside a longer one held (上幼儿园 → 幼儿园, not 幼儿 too), kept beside the word.
 *
 * Pure: what the index holds is asked by the caller (routes/held-parts.ts asks the engine), so both engines search the
 * same words. A word some clause holds stays as typed, and so does a word with no such part, a word whose parts leave
 * two characters or more of it (MAX_LEFT_OVER), and a word the everyday vocabulary reads whole. Quoted phrases,
 * exclusions and single characters are never read so.
 */
import type { ParsedQuery, PhraseTerm, QueryTerm, Tokenizer } from '../engine/types.js'
import { defaultVocabulary, type EverydayVocabulary } from './everyday-vocabulary.js'
import { isKnownWord } from './known-words.js'
import { isQuoted } from './parse-query.js'
import { GENERIC_SHARE } from './relax-query.js'

/** A word is read for its parts from this many characters: its parts have two at least. */
const MIN_WORD_CHARS = 3
const HAN_ONLY = /^\p{Script=Han}+$/u

/**
 * Characters of a word its parts may leave out: the verb or measure word glued to an object (交 of 交学费, 两 of 两三岁,
 * 课 of 品德课). Two or more left are a word of their own or a slip, whose parts alone would search half of what was
 * typed: 双减政侧 is 双减政策 mistyped (homophones.ts offers it), not 双减; 学生上课 is no 学生 alone.
 */
const MAX_LEFT_OVER = 1

/** How many characters of `word` none of `parts` covers. */
function uncovered(word: string, parts: readonly string[]): number {
  const chars = [...word]
  const covered = new Array<boolean>(chars.length).fill(false)
  for (const part of parts) {
    const length = [...part].length
    for (let at = 0; at + length <= chars.length; at++) {
      if (chars.slice(at, at + length).join('') === part) covered.fill(true, at, at + length)
    }
  }
  return covered.filter((c) => !c).length
}

/** Each typed word the index does not hold, with the held parts it is searched by. */
export type HeldParts = ReadonlyMap<string, readonly string[]>

/** The strings of a typed query that could be searched by their parts: free-text words, and unquoted phrases. */
export function partCandidates(typed: ParsedQuery): string[] {
  const out = new Set<string>()
  for (const term of typed.groups.flat()) {
    const strings = term.kind === 'words' ? term.words : term.widened || isQuoted(typed, term) ? [] : [term.match]
    for (const s of strings) if ([...s].length >= MIN_WORD_CHARS && HAN_ONLY.test(s)) out.add(s)
  }
  return [...out]
}

/** A word's sub-words that could stand for it: words of the language, not stopwords, shorter than it, two characters or more. */
export function subWords(word: string, tokenizer: Tokenizer): string[] {
  const chars = [...word]
  const out = new Set<string>()
  for (let length = chars.length - 1; length >= 2; length--) {
    for (let at = 0; at + length <= chars.length; at++) {
      const sub = chars.slice(at, at + length).join('')
      const named = tokenizer.words(sub)
      if (named.length === 1 && named[0] === sub && isKnownWord(sub)) out.add(sub)
    }
  }
  return [...out]
}

/** How many clauses of the index hold each string asked about (routes/held-parts.ts), and how many clauses it has. */
export interface HeldCounts {
  counts: ReadonlyMap<string, number>
  clauses: number
}

/**
 * For each candidate no clause holds, the sub-words that some clause holds and that lie inside no longer such one, in
 * the order they are typed. A sub-word in more than GENERIC_SHARE of the clauses names nothing (私立学校 → 学校: 153 of
 * 343), as for the looser queries. A word with no such part is left out: it is searched as typed.
 */
export function heldParts(
  candidates: readonly string[],
  held: HeldCounts,
  tokenizer: Tokenizer,
  vocabulary: EverydayVocabulary = defaultVocabulary(),
): Map<string, string[]> {
  const count = (s: string) => held.counts.get(s) ?? 0
  const out = new Map<string, string[]>()
  for (const word of candidates) {
    // A word the everyday vocabulary reads whole is searched in the plans' words already (辅导班 → 校外培训): its parts
    // would search a sense the vocabulary chose against (the 辅导 of 心理辅导).
    if (count(word) > 0 || vocabulary.has(word)) continue
    const telling = subWords(word, tokenizer).filter((s) => count(s) > 0 && count(s) <= held.clauses * GENERIC_SHARE)
    const longest = telling.filter((s) => !telling.some((o) => o !== s && o.includes(s)))
    if (longest.length > 0 && uncovered(word, longest) <= MAX_LEFT_OVER) out.set(word, longest.sort((a, b) => word.indexOf(a) - word.indexOf(b)))
  }
  return out
}

/**
 * The query with each word of `parts` searched by its parts too: in free text the parts follow the word, which is kept
 * (it matches nothing, but what reads the query's words, such as the places it names, reads them as typed: 丰泽区 stays
 * a district no plan is of, whatever 丰泽 finds); an unquoted phrase keeps the phrase and searches each part beside
 * it, as a widened phrase (交学费 | 学费), which ranks as a free-text word does, not as the exact match of the query.
 */
export function withHeldParts(query: ParsedQuery, parts: HeldParts): ParsedQuery {
  if (parts.size === 0) return query
  let changed = false
  const groups = query.groups.map((group) =>
    group.flatMap((term): QueryTerm[] => {
      if (term.kind === 'words') {
        if (!term.words.some((w) => parts.has(w))) return [term]
        changed = true
        // Each part stands for the word it is part of (WordsTerm.standsFor).
        const standsFor: Record<string, string> = { ...term.standsFor }
        const words: string[] = []
        for (const w of term.words) {
          if (!words.includes(w)) words.push(w)
          for (const part of parts.get(w) ?? []) {
            if (words.includes(part) || term.words.includes(part)) continue
            words.push(part)
            standsFor[part] = w
          }
        }
        return [{ ...term, words, standsFor }]
      }
      // A term typed alone is widened by one part only, the object of a verb glued to it (交学费 | 学费): a term made of
      // several (学生阅读) is two words typed as one, offered apart, both required (routes/words-apart.ts), where each part
      // beside it would find every clause saying either.
      const own = !term.widened && !isQuoted(query, term) ? parts.get(term.match) : undefined
      if (own === undefined || own.length > 1) return [term]
      const present = new Set(group.map((t) => (t.kind === 'phrase' ? t.match : '')))
      const beside = own.filter((p) => !present.has(p)).map((p): PhraseTerm => ({ kind: 'phrase', text: p, match: p, widened: true }))
      if (beside.length > 0) changed = true
      return [term, ...beside]
    }),
  )
  if (!changed) return query
  const strings = groups.flat().flatMap((t) => (t.kind === 'phrase' ? [t.match] : t.words))
  const highlight = [...new Set([...query.highlight, ...strings])].sort((a, b) => b.length - a.length || a.localeCompare(b))
  return { ...query, groups, highlight }
}
