/**
 * Plan years a query names that the index holds no plan of (2026年的双减 over plans of 2020–2025). Such a year is
 * not read as a filter (only held years are), so keyword mode searches the text 2026年 and finds nothing, and the
 * user is not told that no plan of that year is here. Only years a plan could be of count: from 2000 to next
 * year (plans for the coming year appear in December); 2035年 is a target year the plans themselves write. A year
 * said relative to this one counts too: 今年的双减政策 in 2026 searches every year (no plan of 2026 is held, so 今年
 * filters nothing) and 明年有什么新政策 asks for plans of 2027, and the user is told none of that year is here.
 */
import { normalizeForMatch } from '../../indexer/normalize.js'
import type { ParsedQuery } from '../engine/types.js'
import { RELATIVE_YEAR, withoutMentions } from './place-mentions.js'
import { yearSpan, yearsSpanned } from './recent-years.js'
import { datedInSentence } from './dates-in-sentences.js'
import { saidAsYear, spelledYears } from './year-forms.js'

const YEAR = /(?<!\d)((?:19|20)\d{2})\s*年(?!代)/gu
const FIRST_PLAN_YEAR = 2000

/** The years `query`'s searched terms name (exclusions aside) that are not among `heldYears`, in order. */
export function absentYears(query: ParsedQuery, heldYears: readonly number[], now: Date = new Date()): number[] {
  const held = new Set(heldYears)
  const latest = now.getFullYear() + 1
  const out: number[] = []
  const named = (year: number) => {
    if (year >= FIRST_PLAN_YEAR && year <= latest && !held.has(year) && !out.includes(year)) out.push(year)
  }
  // 今年, 明年 are stopwords, read from the text as typed; quoted or excluded, they are the words.
  const typed = normalizeForMatch(query.raw)
  // 2021年以来 bounds a span (recent-years.ts yearSpan): the plans since are asked for, not a plan of 2021. A span that
  // holds no plan (2025年以后, 2020年以前) names its years, as a year held by no plan is named: it had filtered to its
  // bound, the one year it leaves out (2025年以后的双减: 2025's 3 clauses).
  const span = yearSpan(typed, heldYears)
  const said = span && saidAsYear(typed, span.text) !== -1 ? span : null
  if (said && said.years.length === 0) for (const year of yearsSpanned(typed, FIRST_PLAN_YEAR, now.getFullYear())?.years ?? []) named(year)
  // 比2022年下降, 力争2025年通过: a date inside a pasted sentence, not a plan's year (dates-in-sentences.ts).
  for (const term of query.groups.flat()) for (const m of term.text.matchAll(YEAR)) if (!said?.text.includes(m[1]) && !datedInSentence(typed, m[1])) named(Number(m[1]))
  // 二〇二六年的双减: a year in Chinese numerals (two digits are read as a year only where a plan of it is held).
  for (const { year } of spelledYears(typed, [])) named(year)
  for (const [word, offset] of RELATIVE_YEAR) {
    if (saidAsYear(typed, word) !== -1) named(now.getFullYear() + offset)
  }
  return out
}

/** The query with the years taken out, tidied as a year read as a filter is (2026年的双减 → 双减); '' if nothing is left. */
export function withoutYears(raw: string, years: readonly number[]): string {
  const typed = normalizeForMatch(raw)
  // 二〇二六年的双减: the year as it was written, in numerals too.
  const spelled = spelledYears(typed, []).filter((y) => years.includes(y.year))
  // 2025年以后的双减: the span whose years these are goes whole (双减, not 以后双减).
  const span = yearsSpanned(typed, FIRST_PLAN_YEAR, Math.max(...years, FIRST_PLAN_YEAR))
  const spanned = span && span.years.some((y) => years.includes(y)) ? [{ field: 'year' as const, text: span.text, longer: [] }] : []
  return withoutMentions(raw, [
    ...spanned,
    ...spelled.map(({ text }) => ({ field: 'year' as const, text, longer: [] })),
    ...years.map((year) => ({ field: 'year' as const, text: `${year}`, longer: [`${year}年度`, `${year}年`] })),
  ])
}

/** The query without 今年, 明年, 去年, 前年 (the stopwords of a year said relative to this one), tidied as withoutYears. */
export function withoutRelativeYears(raw: string): string {
  const typed = normalizeForMatch(raw)
  const said = [...RELATIVE_YEAR.keys()].filter((word) => saidAsYear(typed, word) !== -1)
  return said.length === 0 ? raw.trim() : withoutMentions(raw, said.map((word) => ({ field: 'year', text: word, longer: [], relative: true })))
}

