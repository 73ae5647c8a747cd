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

/**
 * Words that name nothing in a long question, though the segmenter leaves them alone: 上 is the verb of attending
 * (上初一, 能上公办吗) or a postposition (在课后服务上), and as a word it matched 以上 and 上线 (孩子幼儿园大班了，…能上公办吗
 * ranked 学前三年毛入园率达到94.5%以上 first in keyword mode). A term of fewer words keeps it: listing 上 as a stopword
 * lowered the tuning half of test/eval/ (hybrid P@10 0.587 → 0.580), and so did dropping it from terms of 3 or 4
 * words (0.583); from 5 words on the evaluation is unchanged.
 */
const WEAK = new Set(['上'])
/** Words a term needs before its weak words are dropped. */
const WEAK_FROM = 5

export function namingWords(typed: readonly string[], max: number, tokenizer: Tokenizer): string[] {
  const words = typed.length >= WEAK_FROM ? typed.filter((w) => !WEAK.has(w)) : typed
  if (words.length <= max) return [...words]
  const rank = (w: string) => (tokenizer.isDictionaryTerm(w) ? 100 : 0) + Math.min([...w].length, 4)
  const kept = words
    .map((word, at) => ({ word, at, rank: rank(word) }))
    .sort((a, b) => b.rank - a.rank || b.at - a.at)
    .slice(0, max)
    .sort((a, b) => a.at - b.at)
  return kept.map((k) => k.word)
}
