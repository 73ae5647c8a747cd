/**
 * Plans write counts, durations, years and shares in digits (课间15分钟, 新建幼儿园6所, 2025年, 达到90%);
 * people often type them in Chinese numerals (课间十五分钟, 六所, 二〇二五年, 百分之九十). A keyword query is exact,
 * so 课间十五分钟 finds nothing: the query with its numbers in digits is offered as a looser query beside it.
 * Only numbers followed by a measure word are rewritten, so fixed terms keep their numerals (双减, 五育并举,
 * 十四五, 一是).
 */

const DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }

// Measure words and units after which a number is a quantity. Longest first, so 分钟 wins over 分.
const MEASURES = [
  '个百分点', '百分点', '分钟', '小时', '课时', '学时', '学年', '学期', '平方米', '万元', '亿元', '周岁',
  '年', '月', '日', '天', '周', '岁', '所', '个', '名', '人', '次', '项', '家', '元', '节', '批', '期', '类', '种', '级', '班', '座', '间', '台', '套', '支', '场', '倍', '条', '条款', '万', '亿', '%', '％',
].sort((a, b) => b.length - a.length)

const NUMERAL = '[〇零一二两三四五六七八九十百千]'
const QUANTITY = new RegExp(`(${NUMERAL}+)(?=${MEASURES.join('|')})`, 'gu')
const PERCENT = new RegExp(`百分之(${NUMERAL}+)`, 'gu')

/**
 * The value of a Chinese numeral: digit by digit for a year or a code (二〇二五 → 2025), by its units otherwise
 * (十五 → 15, 一百二十 → 120, 三千 → 3000); null when the characters do not form a number (十十, 百一).
 */
export function numeralValue(text: string): number | null {
  const chars = [...text]
  if (chars.length === 0) return null
  if (chars.length > 1 && chars.every((c) => c in DIGITS)) return Number(chars.map((c) => DIGITS[c]).join(''))
  let total = 0
  let digit: number | null = null
  let lastUnit = Infinity
  for (const c of chars) {
    if (c in DIGITS) {
      if (digit !== null && DIGITS[c] !== 0) return null // 五五: two digits without a unit between them
      digit = DIGITS[c] === 0 ? null : DIGITS[c]
      continue
    }
    const unit = UNITS[c]
    if (unit === undefined || unit >= lastUnit) return null
    total += (digit ?? (total === 0 && unit === 10 ? 1 : NaN)) * unit // 十五: a leading 十 is 一十
    if (Number.isNaN(total)) return null
    lastUnit = unit
    digit = null
  }
  return total + (digit ?? 0)
}

/** The query with its Chinese-numeral quantities in digits (课间十五分钟 → 课间15分钟); the query itself when it has none. */
export function withDigits(query: string): string {
  const number = (run: string) => {
    const value = numeralValue(run)
    return value === null ? run : String(value)
  }
  return query.replace(PERCENT, (whole, run: string) => {
    const value = numeralValue(run)
    return value === null ? whole : `${value}%`
  }).replace(QUANTITY, (run: string) => number(run))
}
