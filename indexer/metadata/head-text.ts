/**
 * The shapes of text in a document's head and signature block, read the same way by every metadata finder:
 * letter-spaced PDF text (`荆 门 市 教 育 局 文 件`, `2022 年`, `〔2022〕8 号`) is closed up, and dates are
 * read in Arabic or Chinese numerals (`2022年3月1日`, `二〇二二年三月一日`).
 */

/** CJK characters and full-width punctuation: a space next to one of them is a PDF artefact, never a word break. */
const WIDE = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef'
const SPACE_NEXT_TO_WIDE = new RegExp(`(?<=[${WIDE}])[ \\t\\u00a0\\u3000]+|[ \\t\\u00a0\\u3000]+(?=[${WIDE}])`, 'g')

/** `X X 市 教 育 局` → `X X市教育局`, `2022 年` → `2022年`; spaces between Latin words stay. */
export function closeUp(text: string): string {
  // Letter-spaced digits (`2 0 2 2 年`): a run of at least three single digits with single spaces.
  return text.replace(SPACE_NEXT_TO_WIDE, '').replace(/(?<!\d)\d(?: \d){2,}(?!\d)/g, (run) => run.replace(/ /g, '')).trim()
}

/** `２０２２` → `2022`: full-width digits read as numbers (display text keeps them). */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
}

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, Ｏ: 0, O: 0, o: 0, '0': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 二〇二二 → 2022 (digit by digit, as years are written). */
function chineseYear(text: string): number | null {
  if (text.length !== 4) return null
  let n = 0
  for (const ch of text) {
    if (!(ch in CN_DIGIT)) return null
    n = n * 10 + CN_DIGIT[ch]
  }
  return n
}

/** 三 → 3, 十二 → 12, 二十一 → 21, 三十 → 30. */
function chineseSmall(text: string): number | null {
  const m = /^([一二三]?)(十?)([一二三四五六七八九]?)$/.exec(text)
  if (!m || text === '') return null
  const tens = m[2] ? (m[1] ? CN_DIGIT[m[1]] : 1) : 0
  if (!m[2] && m[1] && m[3]) return null
  const units = m[3] ? CN_DIGIT[m[3]] : !m[2] && m[1] ? CN_DIGIT[m[1]] : 0
  return tens * 10 + units || null
}

const YEAR_CN = '(?=[〇零Ｏ○O0一二三四五六七八九]*[一二三四五六七八九])[〇零Ｏ○O0一二三四五六七八九]{4}'
const SMALL_CN = '[一二三]?十?[一二三四五六七八九]?'
/** A date in Chinese form, Arabic or Chinese numerals: the form of a signature, never of a web timestamp. */
export const CHINESE_DATE = new RegExp(`(\\d{4}|${YEAR_CN})年(\\d{1,2}|${SMALL_CN})月(\\d{1,2}|${SMALL_CN})日`)
const ANY_DATE = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/

function isoDate(y: number | null, mo: number | null, d: number | null): string | null {
  if (y === null || mo === null || d === null) return null
  if (y < 1949 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

const num = (s: string, small: (t: string) => number | null) => (/^\d+$/.test(s) ? Number(s) : small(s))

/** The first date in a text as ISO `YYYY-MM-DD`: `2025-03-12 10:10`, `2023年3月15日`, `二〇二二年三月一日`. */
export function parseDate(text: string): string | null {
  const compact = closeUp(asciiDigits(text))
  const cn = CHINESE_DATE.exec(compact.replace(/○/g, '〇'))
  const m = ANY_DATE.exec(compact)
  if (m && (!cn || m.index <= cn.index)) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]))
  if (!cn) return null
  return isoDate(num(cn[1], chineseYear), num(cn[2], chineseSmall), num(cn[3], chineseSmall))
}

/** A month alone on its line, as a plan is dated under its title or its signer: `2025年3月`, `二〇二五年三月`, `（2025年3月）`. */
const MONTH_LINE = new RegExp(`^[（(]?(\\d{4}|${YEAR_CN})年(\\d{1,2}|${SMALL_CN})月[)）]?$`)

/** The year and month of a line that is a month alone, or null. */
export function parseMonthLine(line: string): { year: number; month: number } | null {
  const m = MONTH_LINE.exec(closeUp(asciiDigits(line)).replace(/○/g, '〇'))
  if (!m) return null
  const year = num(m[1], chineseYear)
  const month = num(m[2], chineseSmall)
  return year !== null && month !== null && year >= 1949 && year <= 2100 && month >= 1 && month <= 12 ? { year, month } : null
}

const RANGE_END = '\\s*[-－—–~～至到]+\\s*(?:19|20)?\\d{2}'
/** A range's end in Chinese numerals: `二〇二三至二〇二四学年`. */
const CN_RANGE_END = `\\s*[-－—–~～至到]+\\s*${YEAR_CN}`
/**
 * A year: `2022年`, `二〇二二年`, a range `2021—2025年` or a school year `2022—2023学年` (its first year); a school year
 * may name its term with no 学年 (`2025-2026上学期`, `2024-2025第二学期`, as a school's term line under its title does).
 */
const YEAR = new RegExp(
  `((?:19|20)\\d{2})(?:(?:${RANGE_END})?(?:学?年)|${RANGE_END}(?=\\s*(?:第[一二]|[上下]|春季?|秋季?)学期))|(${YEAR_CN})(?:${CN_RANGE_END}学?年|年)`,
  'g',
)

/** Text as years are read in it: ASCII digits, spaces closed up, ○ as 〇 (positions below are in this text). */
function yearText(text: string): string {
  return closeUp(asciiDigits(text)).replace(/○/g, '〇').replace(GLUED_SCHOOL_YEAR, (all, first: string, second: string) =>
    Number(second) === Number(first) + 1 ? `${first}-${second}` : all,
  )
}

/** A school year whose dash a copy lost (`20252026学年度`): two years in a row, the second the next, before 学年. */
const GLUED_SCHOOL_YEAR = /((?:19|20)\d{2})((?:19|20)\d{2})(?=学年)/g

function yearsIn(compact: string): { year: number; match: string; at: number }[] {
  const years: { year: number; match: string; at: number }[] = []
  for (const m of compact.matchAll(YEAR)) {
    const year = m[1] ? Number(m[1]) : chineseYear(m[2])
    if (year && year >= 1949 && year <= 2100) years.push({ year, match: m[0], at: m.index! })
  }
  return years
}

/** A year written `2022 年` or `二〇二二年`; the year of a range (`2021—2025年`) is its first. */
export function yearIn(text: string): { year: number; match: string } | null {
  const [first] = yearsIn(yearText(text))
  return first ? { year: first.year, match: first.match } : null
}

/** The words of a title's part that looks back on a year (`2023年工作总结`), not forward to a plan. */
const LOOKING_BACK = /(总结|回顾|报告|年报|公报|统计|盘点)/

/**
 * The year a title's plan speaks of: its first year, but when the title joins a part that looks back and a
 * plan (`永州市教育局2023年工作总结和2024年工作要点`), the year of the (last) plan part.
 */
export function planYearIn(title: string): { year: number; match: string } | null {
  const compact = yearText(title)
  const years = yearsIn(compact)
  if (years.length === 0) return bareYearIn(compact)
  const parts = years.map((y, i) => ({ ...y, words: compact.slice(y.at + y.match.length, years[i + 1]?.at ?? compact.length) }))
  const ahead = parts.filter((p) => !LOOKING_BACK.test(p.words))
  const chosen = ahead.length > 0 && ahead.length < parts.length ? ahead[ahead.length - 1] : parts[0]
  return { year: chosen.year, match: chosen.match }
}

/**
 * A title may write its year without 年 (`荆门市教育局2024工作要点`, `2024全市教育工作要点`, a school's `2025春学期政教工作计划`):
 * four digits that open the title or follow its issuer or place, before the words of a plan or a school's term; never
 * a year the title looks towards (`面向2035…`).
 */
const BARE_YEAR = /(?:^|(?<=[局委厅府市县区州盟旗校]))((?:19|20)\d{2})(?=(?:年度|全[省市县区州盟旗]|[省市县区]?教育|教体|工作|学校|春季|秋季|[春秋]学期|上半年|下半年|第[一二]学期|[上下]学期))/

function bareYearIn(compact: string): { year: number; match: string } | null {
  const m = BARE_YEAR.exec(compact)
  return m ? { year: Number(m[1]), match: m[1] } : null
}
