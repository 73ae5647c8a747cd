/**
 * The common words of the language, as jieba's own dictionary counts them (the dictionary the segmenter is built on,
 * shipped with nodejs-jieba; only read here, never loaded into the segmenter). A common word typed is spelt right as
 * typed: 自愿 was offered as 资源 and 一种 as 一中 (homophones.ts), each merely the word of that sound the plans hold
 * more often. A slip makes a string that is no word (双剪, 课后服物, 心里健康) or a word out of its place (心里辅导),
 * which homophones.ts tells apart. Read once, on the first slip asked about; unreadable, no word is common.
 */
import { readFileSync } from 'node:fs'
import { DEFAULT_DICT } from 'nodejs-jieba'

/**
 * A word counted this often in jieba's dictionary (its frequencies come from a general corpus of some 60 million words)
 * is common: about the 36,000 most frequent of its 349,000 entries, where 自愿 (757), 放学 (164) and 近视 (130) stand;
 * the rare entries below are names and terms a slip can hit by chance (学力 4, 布控 6).
 */
export const COMMON_WORD_COUNT = 100

let common: ReadonlySet<string> | undefined

function read(): ReadonlySet<string> {
  const words = new Set<string>()
  try {
    for (const line of readFileSync(DEFAULT_DICT, 'utf8').split('\n')) {
      const [word, count] = line.split(' ')
      if (Number(count) >= COMMON_WORD_COUNT) words.add(word)
    }
  } catch {
    // No dictionary to read: every word may be a slip, as before this check.
  }
  return words
}

/** Whether `word` (normalised, simplified) is a common word of the language. */
export function isCommonWord(word: string): boolean {
  return (common ??= read()).has(word)
}
