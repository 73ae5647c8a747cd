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
 * question.
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
 * The words above RARE_IDF, sorted, with their IDF: read once per process (thread) on the first question asked.
 * One string of the words and their offsets rather than a Map of words sliced from the file, which keeps the whole
 * file's text alive (240 000 words: 1.4 MB of heap and 2 MB of typed arrays; a Map of 100 000 such words took 18 MB).
 */
interface RareWords {
  /** The words, sorted, end to end. */
  text: string
  /** Where each word starts in `text`; one more entry, its length, closes the last word. */
  starts: Int32Array
  idf: Float32Array
}

let rare: RareWords | null = null

function idfTableFile(): string {
  // The package's entry is dist/index.cjs; its dictionaries sit in dict/ beside dist/.
  const entry = createRequire(import.meta.url).resolve('nodejs-jieba')
  return join(dirname(entry), '..', 'dict', 'idf.utf8')
}

/**
 * Keeps only the words that count more than one, of two characters or more (single characters are weighed by the
 * engine on their own). A missing table leaves every word one.
 */
function loadRareWords(): RareWords {
  const kept: [string, number][] = []
  let text = ''
  try {
    text = readFileSync(idfTableFile(), 'utf8')
  } catch {
    // No table: nothing is known to be rare.
  }
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const space = text.indexOf(' ', start)
    if (space > start + 1 && space < end) {
      const idf = Number(text.slice(space + 1, end))
      if (idf > RARE_IDF) kept.push([text.slice(start, space), idf])
    }
    start = end + 1
  }
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const starts = new Int32Array(kept.length + 1)
  let at = 0
  kept.forEach(([word], i) => {
    starts[i] = at
    at += word.length
  })
  starts[kept.length] = at
  return { text: kept.map(([word]) => word).join(''), starts, idf: Float32Array.from(kept, ([, idf]) => idf) }
}

function rareIdf(word: string): number | undefined {
  rare ??= loadRareWords()
  const { text, starts, idf } = rare
  let low = 0
  let high = idf.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const at = text.slice(starts[mid], starts[mid + 1])
    if (at === word) return idf[mid]
    if (at < word) low = mid + 1
    else high = mid - 1
  }
  return undefined
}

/**
 * How many words a typed word of free text counts for, from 1 (common in the language, or absent from the table:
 * nothing says it is rare) to MOST_WORDS.
 */
export function typedWordWeight(word: string): number {
  const idf = rareIdf(word)
  return idf === undefined ? 1 : Math.min(MOST_WORDS, (idf / RARE_IDF) ** RARE_POWER)
}
