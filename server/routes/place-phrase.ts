/**
 * Keyword mode reads the places a question names as filters (荆门 双减: 双减 in 荆门市's plans), but keyword mode is also
 * where a phrase is searched exactly, in every plan. A typed phrase that joins a place to other characters and stands as
 * it is in some clause (泉州师范学院, 海丝泉州, 江门一中) is that phrase, not a place and a topic: read as 师范学院 within
 * 泉州市's plans, it lost any other city's clause naming 泉州师范学院, and found 师范学院 clauses that do not say it.
 * Counted as the phrase keyword mode searches (held-parts.ts phraseCount), so every engine decides alike.
 */
import type { ParsedQuery, ReadOptions, SearchEngine } from '../engine/types.js'
import { phraseCount, totalsOf } from './held-parts.js'

/**
 * The terms of the query that hold a place mention with more beside it and are held, as typed, by some clause. Semantic
 * and hybrid mode still read the place, and such a phrase stays in the text they search (place-mentions.ts withoutMentions).
 */
export async function placeHeldPhrases(query: ParsedQuery, mentions: readonly string[], engine: SearchEngine, options?: ReadOptions): Promise<string[]> {
  const texts = query.groups.flat().map((t) => (t.kind === 'phrase' ? t.match : t.text))
  const joined = [...new Set(texts.filter((text) => mentions.some((m) => text.includes(m) && text !== m)))]
  if (joined.length === 0) return []
  const totals = await totalsOf(joined.map(phraseCount), engine, options)
  return joined.filter((_, i) => totals[i] > 0)
}
