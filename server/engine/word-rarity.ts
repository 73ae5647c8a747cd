/**
 * How much a word typed in a question says of it, by how rare the word is in Chinese at large: 孤独症 and 溺水
 * name a topic, 学生, 普通, 预防 are said of anything. The plans' own word counts cannot tell them apart: an
 * everyday word is rare in the plans because the plans do not speak that way (老师 is in 2 of the 343 bundled
 * clauses, 孤独症 in 3), not because it is telling. jieba's IDF table (nodejs-jieba's dict/idf.utf8, computed by
 * jieba's authors over a large general corpus, offline in the package) says how rare a word is in the language:
 * 学生 5.76, 老师 6.37, 预防 6.89, 溺水 10.53, 孤独症 11.60.
 *
 * A rare word counts more than one word; a common one counts as one, as before: weighing common words down instead
 * (学生 a quarter of a word) also ranked 学校 + 合理 above 收费 for 学校收费不合理 and 上 + 好 + 学校 above 农村 for
 * 农村孩子也能上好学校, and lost keyword P@10 on the tuning half. Only typed words are weighed: a word the everyday
 * vocabulary searched beside them (教师 for 老师) stands for a typed word, and how rare it is says nothing of the
 * question. A typed word the table lacks is as rare as the words of the table inside it (自闭症 as 自闭: innerIdf).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * Above this IDF a typed word counts (idf / RARE_IDF)⁵ words, at most MOST_WORDS: 10 counts 1.7, 溺水 10.53 2.2 (above
 * 学生 and 预防 together), 11.2 and more 3. Chosen on the tuning half of test/eval/ (keyword P@10 / recall@20 / nDCG@10
 * 0.484 / 0.776 / 0.781 without; 0.486 / 0.772 / 0.784 with (idf / 8)², 0.488 / 0.780 / 0.786–0.787 with (idf / 9)²
 * to (idf / 9)⁶, 0.486 / 0.780 / 0.786 with (idf / 10)²; hybrid 0.526 / 0.821 / 0.864 without, 0.528 / 0.828 / 0.866
 * with each). The fifth power is the least whole one that puts 溺水 above two common words.
 */
export const RARE_IDF = 9
export const RARE_POWER = 5
export const MOST_WORDS = 3

/**
 * The table's words with their IDF: read once per process (thread) on the first question asked. One string of the
 * words end to end and a hash table of offsets into it rather than a Map of words sliced from the file, which keeps
 * the whole file's text alive (240 000 words: 1.4 MB of heap and 3 MB of typed arrays; a Map of 100 000 such words
 * took 18 MB). Hashed, not sorted: sorting 240 000 strings took 1.5 s of a question's time at load 6, hashing them a
 * few milliseconds. The common words (IDF RARE_IDF or less: 17 571 of the table's 258 826 lines) are kept too:
 * they count one, as a word the table lacks did, but a word the table lacks is now read by the words inside it
 * (innerIdf), so only the table can say that a word is common.
 */
interface KnownWords {
  /** The words end to end, in the table's order. */
  text: string
  /** Where each word starts in `text`; one more entry, its length, closes the last word. */
  starts: Int32Array
  idf: Float32Array
  /** Open addressing over the words' hashes: a word's index + 1, 0 where empty; its length a power of two. */
  slots: Int32Array
}

let known: KnownWords | null = null

function idfTableFile(): string {
  // The package's entry is dist/index.cjs; its dictionaries sit in dict/ beside dist/.
  const entry = createRequire(import.meta.url).resolve('nodejs-jieba')
  return join(dirname(entry), '..', 'dict', 'idf.utf8')
}

/** FNV-1a over the UTF-16 code units of `text` from `start` to `end`. */
function hash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/**
 * Keeps the words of two characters or more (single characters are weighed by the engine on their own). A missing
 * table leaves every word one.
 */
function loadKnownWords(): KnownWords {
  const words: string[] = []
  const idfs: number[] = []
  let file = ''
  try {
    file = readFileSync(idfTableFile(), 'utf8')
  } catch {
    // No table: nothing is known to be rare.
  }
  let start = 0
  while (start < file.length) {
    let end = file.indexOf('\n', start)
    if (end < 0) end = file.length
    const space = file.indexOf(' ', start)
    if (space > start + 1 && space < end) {
      const idf = Number(file.slice(space + 1, end))
      if (idf > 0) {
        words.push(file.slice(start, space))
        idfs.push(idf)
      }
    }
    start = end + 1
  }
  const text = words.join('')
  const starts = new Int32Array(words.length + 1)
  const slots = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(2, words.length * 2))))
  const mask = slots.length - 1
  let at = 0
  words.forEach((word, i) => {
    starts[i] = at
    at += word.length
    let slot = hash(word, 0, word.length) & mask
    while (slots[slot] !== 0) slot = (slot + 1) & mask
    slots[slot] = i + 1
  })
  starts[words.length] = at
  return { text, starts, idf: Float32Array.from(idfs), slots }
}

/** Reads the table now (once per thread), so that the first question does not wait for it (≈ 0.3–1 s). */
export function loadWordRarity(): void {
  known ??= loadKnownWords()
}

function tableIdf(word: string): number | undefined {
  known ??= loadKnownWords()
  const { text, starts, idf, slots } = known
  const mask = slots.length - 1
  for (let slot = hash(word, 0, word.length) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
    const i = slots[slot] - 1
    if (starts[i + 1] - starts[i] === word.length && text.startsWith(word, starts[i])) return idf[i]
  }
  return undefined
}

/**
 * How many words a typed word of free text counts for, from 1 (common in the language, or absent from the table with
 * no word of it inside: nothing says it is rare) to MOST_WORDS.
 */
export function typedWordWeight(word: string): number {
  return tableWordWeight(word) ?? 1
}

/**
 * How many words a word counts for by the table, or undefined where the table says nothing of it (absent, with no word
 * of it inside: 霸凌, 摇号), so that the caller may weigh it by the plans' word it stands for (gram-match-plan.ts).
 */
export function tableWordWeight(word: string): number | undefined {
  const idf = tableIdf(word) ?? innerIdf(word)
  if (idf === undefined) return undefined
  return idf <= RARE_IDF ? 1 : Math.min(MOST_WORDS, (idf / RARE_IDF) ** RARE_POWER)
}

/**
 * The IDF of a word the table lacks, by the words of the table inside it: the longest of them, the rarest of those.
 * jieba's table was counted before the words of a question's domain were coined (自闭症, 课后服务, 随迁子女, 学区房 are
 * whole words of the segmenter's dictionaries but not of the table), and counted one each they weighed less than 学生
 * or 学校 beside them, while their twins the table holds weigh three (孤独症 11.60). A word holding a rare word is at
 * least as telling as it: 自闭症 is 自闭 (12.80), 课后服务 is 课后 (12.11), not 服务 (5.34); the longest words come first
 * since they say most of it. Undefined where no word of two characters or more is inside (霸凌, 摇号): tableWordWeight
 * then says nothing, and ranking weighs such a word by the plans' word standing for it (gram-match-plan.ts).
 */
function innerIdf(word: string): number | undefined {
  const chars = [...word]
  for (let length = chars.length - 1; length >= 2; length--) {
    let rarest: number | undefined
    for (let at = 0; at + length <= chars.length; at++) {
      const idf = tableIdf(chars.slice(at, at + length).join(''))
      if (idf !== undefined && (rarest === undefined || idf > rarest)) rarest = idf
    }
    if (rarest !== undefined) return rarest
  }
  return undefined
}
