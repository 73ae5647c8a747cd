/**
 * Plan years written other than in four digits, as people type them: in Chinese numerals (二〇二四年, 二零二五年度,
 * the way a document dates itself) and by their last two digits (24年的双减, 25年荆门的课后服务). Two digits are a
 * year only where the index holds a plan of that year and nothing says they count years: 15年免费教育 is fifteen
 * years of free schooling, 近20年来 a span (recent-years.ts), 3年 too short. Pure.
 */
export interface SpelledYear {
  /** As typed: 二〇二四年, 24年. */
  text: string
  year: number
}

const DIGIT: Record<string, string> = { 〇: '0', 零: '0', Ｏ: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' }
const SPELLED = /[〇零Ｏ一二三四五六七八九]{4}(?=年)年度?/gu
/**
 * Two digits and 年, not inside a longer number or after a word that makes them a count (近, 过去, 最近, 这, 前, 后,
 * 几), and not before a word that does (来, 以来, 间, 内, 左右, 多, 以上, 免费, 义务, 一贯, 制).
 */
const TWO_DIGITS = /(?<![\d.．〇零一二三四五六七八九十百近去这前后几])(\d{2})年(?!代|来|以来|间|内|前|后|左右|多|以上|以下|免费|义务|一贯|制|龄|级|的时间)度?/gu

export function spelledYears(typed: string, held: readonly number[]): SpelledYear[] {
  const out: SpelledYear[] = []
  for (const m of typed.matchAll(SPELLED)) {
    const year = Number([...m[0].slice(0, 4)].map((c) => DIGIT[c]).join(''))
    if (year >= 1949 && year <= 2100) out.push({ text: m[0], year })
  }
  const heldYears = new Set(held)
  for (const m of typed.matchAll(TWO_DIGITS)) {
    const year = 2000 + Number(m[1])
    if (heldYears.has(year)) out.push({ text: m[0], year })
  }
  return out
}
