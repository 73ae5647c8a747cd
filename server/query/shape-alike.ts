/**
 * 您是不是要找, for a slip of the eye: 职业教肓 (肓 for 育) found nothing in any mode and was offered nothing, since the
 * sound-alike reading (homophones.ts) hears 教肓 as jiao huang, which no word of the index sounds like. A query word
 * the index does not hold is read here as the words of the index that differ from it in one character by a character
 * that looks like it (data/dict/shape-alike.txt, a short list of 形近字 groups): 教肓 → 教育. The route offers it
 * only when the query as typed finds little and the correction much more (search-spelling.ts).
 */
import { normalizeForMatch } from '../../indexer/normalize.js'
import type { CountedWord } from './homophones.js'
import { dictFileOnce } from './dict-file.js'

/** Each character of a group with the others of its group. */
export type ShapeGroups = ReadonlyMap<string, readonly string[]>

export function parseShapeGroups(text: string): ShapeGroups {
  const out = new Map<string, string[]>()
  for (const line of text.split(/\r?\n/)) {
    const group = [...new Set(line.replace(/#.*/, '').trim().split(/\s+/).filter((c) => [...c].length === 1))]
    for (const c of group) out.set(c, [...new Set([...(out.get(c) ?? []), ...group.filter((o) => o !== c)])])
  }
  return out
}

export const defaultShapeGroups: () => ShapeGroups = dictFileOnce('shape-alike.txt', parseShapeGroups, () => new Map())

/**
 * The words of the index (`held`: its clause count of a word, 0 when it holds none) that `word` would be with one of
 * its characters replaced by one that looks like it, most clauses first; none when the index holds `word` itself.
 */
export function shapeAlike(word: string, held: (text: string) => number, groups: ShapeGroups = defaultShapeGroups(), limit = 2): CountedWord[] {
  const chars = [...normalizeForMatch(word)]
  if (chars.length < 2 || held(chars.join('')) > 0) return []
  const out: CountedWord[] = []
  chars.forEach((c, i) => {
    for (const other of groups.get(c) ?? []) {
      const text = [...chars.slice(0, i), other, ...chars.slice(i + 1)].join('')
      const count = held(text)
      if (count > 0) out.push({ text, count })
    }
  })
  return out.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1)).slice(0, limit)
}
