/**
 * A year a plan's sentence names as a deadline or a baseline, not the plan's year: 力争2025年通过…督导评估 (a 2024 plan's
 * target), 近视率比2022年下降0.5个百分点 (its baseline), 到2025年, 2025年底前, 2024年3月. Pasted from a plan, such a sentence
 * was searched within the plans of that year in semantic and hybrid mode (力争2025年通过义务教育优质均衡发展督导评估 listed
 * 2025's clauses, not the 2024 clause that says it), and a year no plan is of was announced as missing and offered
 * away (比2022年: 已收录的文件中没有 2022 年的文件). A year said so is the sentence's words. A year before its topic (2024年的双减,
 * 长沙2024年课后服务) is still a plan's year.
 */

/** Words before a year that make it a date the sentence aims at. */
const BEFORE = /(?:力争|争取|确保|到|至|截至|截止|直至)\s*$/u
/**
 * A baseline: 比 (较, 同比) before the year and a change measured from it after (比2022年下降). 比起2024年，2025年的计划多了什么
 * compares two plans, and stays two plan years.
 */
const BASELINE_BEFORE = /(?:比|较|同比)\s*$/u
const CHANGE_AFTER = /^\s*年?\s*(?:下降|降低|减少|提高|提升|增加|增长|上升)/u
/**
 * Words after the year (and 年) that date something within it: 2025年底, 2025年前, 2024年3月, 2024年上半年. Not 初, 中 or 内,
 * which open words too (2024年初中, 2024年中考, 2024年内蒙古).
 */
const AFTER = /^\s*年?(?:底|末|前|上半年|下半年|春季|秋季|[0-9]{1,2}月|[一二三四五六七八九十]{1,2}月)/u

/** Whether every place `year` (a four-digit year, with or without 年) stands in `typed` is a date inside a sentence. */
export function datedInSentence(typed: string, year: string): boolean {
  const digits = year.replace(/年度?$/u, '')
  let seen = false
  for (let at = typed.indexOf(digits); at !== -1; at = typed.indexOf(digits, at + 1)) {
    seen = true
    if (!datedAt(typed, at, digits)) return false
  }
  return seen
}

/** Whether the year `digits`, standing at `at` in `typed`, is a date inside a sentence there. */
export function datedAt(typed: string, at: number, digits: string): boolean {
  const after = typed.slice(at + digits.length)
  const before = typed.slice(0, at)
  const baseline = BASELINE_BEFORE.test(before) && CHANGE_AFTER.test(after)
  return BEFORE.test(before) || AFTER.test(after) || baseline
}
