/**
 * A span of recent years said in words (近三年, 最近两年, 过去5年, 这两年): the plans of those years are asked for, as
 * 去年 asks for last year's. As words they name nothing (近三年 is a stopword), so 近三年的课后服务 searched every year's
 * plans, and 最近两年体育工作 found 164 clauses in keyword mode, of 2020 as of 2025. Read against the clock and the
 * years the index holds: the N years up to this one, or, while the index holds no plan of this year (its plans come
 * out in spring), the N years before it, so 近三年 in December 2026 over plans of 2020 to 2025 is 2023, 2024 and 2025.
 * Pure: place-mentions.ts supplies the clock and the years held.
 */
import { numeralValue } from './numerals.js'

/** Not a span of years: 三年级, 九年制, 年代, 年龄, 九年一贯制 (a kind of school), 三年行动 / 三年计划 / 三年规划 (a plan's name). */
const SPAN = /(?:最近|近|过去|这)([一二两三四五六七八九十]{1,2}|\d{1,2})(?:个)?年(?!级|制|代|龄|一贯|行动|计划|规划)/u

export interface RecentYears {
  /** The words as typed (近三年). */
  text: string
  /** The years of the span the index holds, oldest first; empty when it holds none of them. */
  years: number[]
}

/** The span of recent years `typed` (normalised) says, or null when it says none. */
export function recentYears(typed: string, currentYear: number, held: readonly number[]): RecentYears | null {
  const m = SPAN.exec(typed)
  if (!m) return null
  const count = /^\d+$/.test(m[1]) ? Number(m[1]) : numeralValue(m[1])
  if (count === null || count < 1 || count > 20) return null
  const last = held.includes(currentYear) ? currentYear : currentYear - 1
  const years = held.filter((y) => y > last - count && y <= last).sort((a, b) => a - b)
  return { text: m[0], years }
}

/**
 * A year said as the start or the end of a span (2024年以来, 2023年起, 2024年之后, 2025年以前): the plans of the years
 * after it, or before it. Read as the year alone, 2024年以来的双减 searched 2024's plans only and left out 2025's.
 */
const FROM_YEAR = /(?<!\d)((?:19|20)\d{2})\s*年?度?(以来|至今|起|开始|之后|以后|以前|之前)/u

/**
 * The span `typed` (normalised) says from or to a year, over the years held, or null when it says none. A year past
 * the one after the last plan held bounds no span of plans: 2035年以前, 2027年之前 are the deadlines plans set (到2035年
 * 以前基本实现教育现代化), and read as a span of every held year they left the query without the words that named them.
 */
export function yearSpan(typed: string, held: readonly number[]): RecentYears | null {
  const span = spanSaid(typed)
  if (!span || held.length === 0 || span.year > Math.max(...held) + 1) return null
  return { text: span.text, years: held.filter(span.covers).sort((a, b) => a - b) }
}

/**
 * Every year from `first` to `now` + 1 (plans for the coming year appear in December) that the span `typed` says
 * covers, whatever the index holds: absent-years.ts names them when the index holds none (2025年以后 over plans up to
 * 2025 asks for 2026 and 2027, and is told no plan of them is here). 以来 and 至今 run up to this year only.
 */
export function yearsSpanned(typed: string, first: number, now: number): RecentYears | null {
  const span = spanSaid(typed)
  if (!span) return null
  const last = span.word === '以来' || span.word === '至今' ? now : now + 1
  const years: number[] = []
  for (let y = first; y <= last; y++) if (span.covers(y)) years.push(y)
  return { text: span.text, years }
}

/**
 * A range of years (2023到2025年, 2024至2025年, 2020-2023年): every year from the first to the last. Read as the two
 * years it names, 2023到2025年的课后服务 left out 2024's plans, and 2024至2025年的双减 searched the word 至 (hybrid 1 clause).
 */
const YEAR_RANGE = /(?<!\d)((?:19|20)\d{2})\s*年?度?\s*(?:至|到|-|—|–|~|～)\s*((?:19|20)\d{2})\s*年?度?(?!\d)/u

function spanSaid(typed: string): { text: string; year: number; word: string; covers: (y: number) => boolean } | null {
  const range = YEAR_RANGE.exec(typed)
  if (range && Number(range[1]) < Number(range[2])) {
    const [from, to] = [Number(range[1]), Number(range[2])]
    // The range's last year bounds it as a span's year does (2021-2035年 is a plan's horizon, not plans held).
    return { text: range[0], year: to, word: '至', covers: (y) => y >= from && y <= to }
  }
  const m = FROM_YEAR.exec(typed)
  if (!m) return null
  const year = Number(m[1])
  const word = m[2]
  const covers = (y: number) => (word === '以前' || word === '之前' ? y < year : word === '之后' || word === '以后' ? y > year : y >= year)
  return { text: m[0], year, word, covers }
}
