/**
 * Figures typed in a short term (睡眠10小时, 课间15分钟, 50%的学生), read for parse-query.ts.
 */
import type { Tokenizer } from '../engine/types.js'

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u

/** A figure and its unit (10小时, 15分钟, 50%); not a date (2025年, 3月), which names a plan or a day. */
const QUANTITY = /(\d+(?:\.\d+)?)(小时|分钟|秒|天|周|个月|岁|万元|亿元|元|次|节|课时|学时|个|所|人|名|平方米|公里|米|%)/u

/**
 * 睡眠10小时, 作业1小时, 课间15分钟: a topic and the figure asked of it, which the plans write apart (睡眠时间达到10小时,
 * 课间10分钟延长为15分钟). Digits do not count towards a short term's length, so it was one exact phrase, found in no
 * clause (睡眠10小时: hybrid 0, where 睡眠 is in one); typed in numerals (课间十五分钟) it was words already. It is searched
 * as the words of the topic and the figure with its unit, kept whole (15分钟, not 15 and 分钟); null for any other term.
 * Pure: `match` is the term normalised.
 */
export function quantityWords(match: string, tokenizer: Tokenizer): string[] | null {
  const figure = QUANTITY.exec(match)
  if (!figure || [...match.replace(figure[0], '')].filter((ch) => CJK.test(ch)).length < 2) return null
  const words: string[] = []
  for (const word of tokenizer.words(match)) {
    // The segmenter cuts the figure from its unit (10 小时): they are joined back.
    if (word === figure[2] && words.at(-1) === figure[1]) words[words.length - 1] = figure[0]
    else words.push(word)
  }
  // A unit the segmenter drops (50%) leaves the figure bare, or gone: the figure with its unit stands in its place.
  const bare = words.indexOf(figure[1])
  if (bare !== -1) words[bare] = figure[0]
  else if (!words.includes(figure[0])) words.push(figure[0])
  return words
}
