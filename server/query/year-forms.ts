/**
 * Plan years written other than in four digits, as people type them: in Chinese numerals (二〇二四年, 二零二五年度,
 * the way a document dates itself) and by their last two digits (24年的双减, 25年荆门的课后服务). Two digits are a
 * year only where the index holds a plan of that year and nothing says they count years: 15年免费教育 is fifteen
 * years of free schooling, 近20年来 a span (recent-years.ts), 教龄满20年 a count, 3年 too short. A year excluded
 * with a minus or quoted is the words as typed. Pure.
 */
export interface SpelledYear {
  /** As typed: 二〇二四年, 24年. */
  text: string
  year: number
}

const DIGIT: Record<string, string> = { 〇: '0', 零: '0', Ｏ: '0', o: '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' }
// 二Ｏ二四年, 二O二四年: a letter O for 〇, which the text matched here (normalised) holds as o.
const SPELLED = /[〇零ＯoO一二三四五六七八九]{4}(?=年)年度?/gu
/**
 * Two digits and 年 opening the query or a part of it (after a space or a mark), as a year is said before its topic
 * (24年的双减, 25年荆门的…); after a character they count years (教龄满20年, 从教满25年, 未来20年, 近20年), and so they
 * do before 来, 以来, 间, 内, 左右, 多, 以上, 免费, 义务, 一贯, 制.
 */
const TWO_DIGITS = /(?<![\p{Script=Han}\d.．])(\d{2})年(?!代|来|以来|间|内|前|后|左右|多|以上|以下|免费|义务|一贯|制|龄|级|的时间)度?/gu

export function spelledYears(typed: string, held: readonly number[]): SpelledYear[] {
  const out: SpelledYear[] = []
  const heldYears = new Set(held)
  for (const m of typed.matchAll(SPELLED)) {
    if (typedAsWords(typed, m.index, m[0])) continue
    const year = Number([...m[0].slice(0, 4)].map((c) => DIGIT[c]).join(''))
    if (year >= 1949 && year <= 2100) out.push({ text: m[0], year })
  }
  for (const m of typed.matchAll(TWO_DIGITS)) {
    const year = 2000 + Number(m[1])
    if (heldYears.has(year) && !typedAsWords(typed, m.index, m[0])) out.push({ text: m[0], year })
  }
  return out
}

/**
 * Said at `at` inside an exclusion (-24年, -去年的, NOT 去年) or quotes ("24年", "去年的"): the words as typed, as a four-digit year
 * is then. The one test for every way a year is said (in numerals, 去年, 近三年, 2024年以来): each had its own, and
 * 双减 -去年 or 课后服务 -近两年 was read as a filter for the very years the minus left out.
 */
export function typedAsWords(typed: string, at: number, text: string): boolean {
  const tokenStart = Math.max(...[...typed.slice(0, at).matchAll(/\s/gu)].map((m) => m.index + 1), 0)
  // -去年 and NOT 去年 (the parser's NOT, normalised here to not) exclude alike.
  if (typed[tokenStart] === '-' || /(?:^|\s)not\s+$/u.test(typed.slice(0, tokenStart))) return true
  const quotes = typed.slice(0, at).split('"').length - 1
  return quotes % 2 === 1 && typed.indexOf('"', at + text.length) !== -1
}

/** Where `word` is first said in `typed` (normalised) as a year rather than as typed words, or -1. */
export function saidAsYear(typed: string, word: string): number {
  for (let at = typed.indexOf(word); at !== -1; at = typed.indexOf(word, at + 1)) if (!typedAsWords(typed, at, word)) return at
  return -1
}
