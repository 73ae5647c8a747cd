/**
 * Which words of a long question are searched when it has more than a term may hold (queryLimits.maxWordsPerTerm).
 *
 * A rambling question puts its context first and its ask last: 我是一名在县城工作的小学老师，教了十五年书了，…，各地有没有
 * 给老师减负、提高老师待遇、改革职称评审的具体措施 has some forty words, and keeping the first sixteen kept 一名 县城 十五年
 * 每天 and lost 待遇 职称 评审, the words it asks about. The words that name things are kept instead: a dictionary
 * term first (乡村小规模学校, 交流轮岗), then the longer words before the shorter (a character alone names least;
 * four characters and more count alike), and among words alike the later before the earlier: the ask comes after
 * the context. The words kept stay in the order typed.
 */
import type { Tokenizer } from '../engine/types.js'

export function namingWords(words: readonly string[], max: number, tokenizer: Tokenizer): string[] {
  if (words.length <= max) return [...words]
  const rank = (w: string) => (tokenizer.isDictionaryTerm(w) ? 100 : 0) + Math.min([...w].length, 4)
  const kept = words
    .map((word, at) => ({ word, at, rank: rank(word) }))
    .sort((a, b) => b.rank - a.rank || b.at - a.at)
    .slice(0, max)
    .sort((a, b) => a.at - b.at)
  return kept.map((k) => k.word)
}
