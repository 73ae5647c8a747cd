/**
 * Where the words of a clause's search text begin, so that ranking can tell a match of 入学 that is a word
 * (就近入学) from one that runs across two (深入 | 学习, 纳入 | 学校), and 中学 (初中学段) from 高中 | 学生.
 *
 * Matching stays on characters: every clause holding the string is found, whatever its words. Only the
 * weight of an occurrence in BM25 changes. An occurrence counts in full when either end falls on a word
 * boundary or it lies inside one word and is two characters or more (小学 in 中小学, 高中 in 普通高中: the
 * word is about it). One that starts inside a word and ends inside another counts STRADDLE_WEIGHT: its
 * characters belong to two words about something else. An occurrence with one end on a boundary is kept whole because the segmenter's cut
 * of a compound is one choice among several: 交通安全 in 道路交通 | 安全 is the same 交通安全. A single
 * character with neither end on a boundary also counts STRADDLE_WEIGHT: a longer word is about it only when
 * the occurrence is most of the word, and one character inside 一带一路 says nothing of 带 (学生带手机).
 *
 * Stored per clause as the lengths of its words, one byte each (a word longer than 255 UTF-16 units, which
 * only runs of digits or letters reach, is cut into pieces of 255: a boundary more inside such a run moves
 * no occurrence from a whole word to a straddling one that matters).
 */

/**
 * What a straddling occurrence is worth against a whole-word one. Low enough that a short clause with 深入学习
 * does not outrank a long one that says 入学 (BM25 with k1 1.2: a straddle in a clause half the average length
 * scores 0.20 × 2.2 / (0.20 + 0.78) ≈ 0.45 of the term's weight, a whole word in one twice the average 0.71),
 * above zero so that among clauses matching only across words the usual order still holds.
 */
export const STRADDLE_WEIGHT = 0.2

const MAX_WORD = 255

/** The word lengths of `words` (which concatenate to the text) as stored; null when there are none. */
export function encodeWordLengths(words: readonly string[]): Uint8Array | null {
  const lengths: number[] = []
  for (const word of words) {
    let n = word.length
    while (n > MAX_WORD) {
      lengths.push(MAX_WORD)
      n -= MAX_WORD
    }
    if (n > 0) lengths.push(n)
  }
  return lengths.length > 0 ? Uint8Array.from(lengths) : null
}

/**
 * The word lengths of `text` cut by `cut`, or null when the words do not give the text back (a segmenter
 * that drops or changes characters would misplace every boundary after the first change).
 */
export function wordLengthsOf(text: string, cut: (text: string) => string[]): Uint8Array | null {
  const words = cut(text)
  return words.join('') === text ? encodeWordLengths(words) : null
}

/** Word starts of a text of `length` UTF-16 units, with its end, as flags by position. */
export function wordStarts(lengths: Uint8Array, length: number): Uint8Array {
  const starts = new Uint8Array(length + 1)
  let at = 0
  starts[0] = 1
  for (let i = 0; i < lengths.length && at < length; i++) {
    at += lengths[i]
    if (at <= length) starts[at] = 1
  }
  starts[length] = 1
  return starts
}

/**
 * Occurrences of `needle` in `text` (not overlapping, left to right), each weighted by how it falls on the
 * words (see the module comment); without `starts` (an index written without word bounds) each counts 1.
 */
export function weightedOccurrences(text: string, needle: string, starts: Uint8Array | null): number {
  let count = 0
  const n = needle.length
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + n)) {
    count += starts === null ? 1 : occurrenceWeight(starts, at, at + n)
  }
  return count
}

/**
 * How `needle` occurs in `text` between `from` and `to` (a clause's heading inside its search text): 'none',
 * 'whole' when some occurrence counts in full, 'straddle' when every one runs across two words.
 */
export function occurrenceWithin(text: string, needle: string, starts: Uint8Array, from: number, to: number): 'none' | 'whole' | 'straddle' {
  let found: 'none' | 'straddle' = 'none'
  for (let at = text.indexOf(needle, from); at !== -1 && at + needle.length <= to; at = text.indexOf(needle, at + 1)) {
    if (occurrenceWeight(starts, at, at + needle.length) === 1) return 'whole'
    found = 'straddle'
  }
  return found
}

function occurrenceWeight(starts: Uint8Array, from: number, to: number): number {
  if (starts[from] === 1 || starts[to] === 1) return 1
  if (to - from === 1) return STRADDLE_WEIGHT
  for (let i = from + 1; i < to; i++) if (starts[i] === 1) return STRADDLE_WEIGHT
  return 1
}
