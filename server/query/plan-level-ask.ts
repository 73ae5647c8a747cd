/**
 * A question about plans rather than clauses: which places say something (哪些城市提到了人工智能, 各地怎么做课后服务,
 * 哪个城市最重视体育), or since when and how it changed (哪一年开始提双减, 最早提出课后服务的是哪个城市, 这几年双减有什么
 * 变化). A list of clauses answers it only in part, one clause at a time; the spread view (/research: cities × years,
 * the first year each city mentions it, the share of plans each year) answers it whole, so the search offers it.
 * A question comparing the cities it names (荆门和江门的双减有什么不同) is offered the compare view of its topic, one
 * column per city. Pure: the topic the view should show (the words the search keeps, without the asking words), or null.
 */
import { normalizeForMatch } from '../../indexer/normalize.js'
import type { ParsedQuery } from '../engine/types.js'
import { WHICH_MORE_WORDS } from './mention-frames.js'
import { WHICH_PLACES_ASKED } from './which-place.js'
import { spelledYears } from './year-forms.js'

export interface PlanLevelAsk {
  /** What to show the spread of, or to compare: 人工智能. */
  query: string
  asks: 'places' | 'years' | 'compare'
  /** The cities a comparison names (荆门和江门的双减有什么不同: 荆门市, 江门市). */
  city?: string[]
}

// Asked after the places too: 提到双减的城市有哪些, 开展课后服务的地方有几个, 没有提到双减的城市 (which-place.ts, the parser's).
const WHICH_PLACES = new RegExp(WHICH_PLACES_ASKED, 'u')
/** 各地, 各个城市, 每个市: which places too, but only in a question (各区课后服务收费标准 is a topic). */
const EACH_PLACE = /(?:各个?|每个)(?:城市|地方|地区|省份?|地市|市|县|区)|各地/u
const ASKS = /怎么|怎样|如何|哪些|什么|吗|呢|做法|情况|[?？]/u
const ASKS_YEARS = /哪一?年|什么时候|何时|最早|最先|首次|第一次|开始提|从哪|逐年|历年|这几年|近几年|这些年|(?:有什么|有哪些|有何|有啥|怎样|如何|发生了?)变化|变化趋势|演变|历程/u
/** Words of such a question that ask, not name: the topic is what is left. */
const ASKING_WORDS = new Set([
  '哪一年', '哪年', '哪些', '哪个', '开始', '提出', '提到', '提及', '提', '最早', '最先', '首次', '第一次', '时候', '何时', '变化', '变化趋势',
  '趋势', '演变', '历程', '重视', '最', '最多', '每年', '历年', '逐年', '这几年', '近几年', '这些年', '城市', '地方', '地区', '各地', '怎么',
  '做', '情况', '有', '哪些地方', '不同', '区别', '差别', '差异', '对比', '比较', '相比', '异同', '上', '方面',
])
/**
 * A question comparing the places it names: 荆门和江门的双减有什么不同, 比较长沙和泉州的课后服务, or asking which of them does
 * more (荆门和泉州哪个更重视体育, 谁更重视).
 */
const ASKS_COMPARE = new RegExp(`不同|区别|差别|差异|对比|比较|相比|异同|一样吗|有何不同|(?:有什么|有哪些|有何|有啥|发生了?)变化|${WHICH_MORE_WORDS}`, 'u')
/**
 * The words that ask how the places or years named differ, at the end of what is left of the question once they are
 * filters (双减有什么不同, 课后服务一样吗, 在双减上有何区别, 双减的差别在哪, 双减和…相比). They name nothing; the comparison
 * is the filters and the view offered. 哪个更 stays: the parser reads it as asking (mention-frames.ts), and without it
 * 重视体育 would be one short phrase, not the words 重视 体育.
 */
const COMPARING_END = new RegExp(
  '(?:的|之间的?)?(?:(?:有|存在)(?:什么|啥|何|哪些)?)?(?:不同|区别|差别|差异|异同|对比|比较|变化)(?:之处|点)?(?:在哪里?|在哪儿|是什么|有哪些)?' +
    '(?:吗|呢|啊|么)?$|(?:是否|是不是)?(?:一样|相同|不一样|不同)(?:吗|呢|么)?$|[和与跟同]?(?:相比|比较|对比)(?:一下)?$|[和与跟同及]$',
  'u',
)
/** 在双减上, 在课后服务方面: the topic framed by where the difference lies. */
const ON_TOPIC = /^在(.+?)(?:上|方面)$/u

/** What is left of a comparing question once its places or years are filters, without the words that compare. */
export function withoutComparing(rest: string): string {
  let text = rest.replace(/[?？!！。\s]+$/u, '')
  for (let before = ''; before !== text; ) {
    before = text
    text = text.replace(COMPARING_END, '').replace(ON_TOPIC, '$1').trim()
  }
  // Nothing left but the comparing words: they are the question as typed.
  return text === '' ? rest : text
}

/** A plan year in digits (2024年); year-forms.ts spelledYears reads those in Chinese numerals (二〇二五年). */
const YEAR_NAMED = /(?<!\d)(?:19|20)\d{2}(?=\s*年)(?!\s*年代)/gu
/** Longer text is pasted from a plan, not asked. */
const MAX_QUESTION_CHARS = 40

export function planLevelAsk(raw: string, parsed: ParsedQuery): PlanLevelAsk | null {
  const typed = raw.trim()
  if (typed === '' || [...typed].length > MAX_QUESTION_CHARS || /["“”]/u.test(typed)) return null
  const asks = WHICH_PLACES.test(typed) || (EACH_PLACE.test(typed) && ASKS.test(typed)) ? 'places' : ASKS_YEARS.test(typed) ? 'years' : null
  if (!asks) return null
  const topic = topicOf(parsed, typed)
  return topic ? { query: topic, asks } : null
}

/** The question without the places it names, parsed, and the cities it names (place-mentions.ts). */
export interface NamedPlaces {
  rest: ParsedQuery
  cities: readonly string[]
}

/**
 * A question comparing two or more cities it names (荆门和江门的双减有什么不同) is answered side by side, by the compare
 * view's columns per city. `named` reads the places only for a question that compares, so other searches pay nothing.
 */
export function comparisonAsk(raw: string, named: () => NamedPlaces | null): PlanLevelAsk | null {
  const typed = raw.trim()
  if ([...typed].length > MAX_QUESTION_CHARS || !ASKS_COMPARE.test(typed)) return null
  const places = named()
  if (!places) return null
  const topic = topicOf(places.rest, typed)
  if (!topic) return null
  if (places.cities.length >= 2) return { query: topic, asks: 'compare', city: [...places.cities] }
  // 2024年和2025年的双减有什么不同 compares years, which the compare view has no columns for: the spread view shows the
  // topic year by year (the plans and the share of them saying it each year), which is the comparison asked.
  const years = new Set([...typed.matchAll(YEAR_NAMED)].map((m) => Number(m[0])))
  for (const { year } of spelledYears(normalizeForMatch(typed), [])) years.add(year)
  return years.size >= 2 ? { query: topic, asks: 'years' } : null
}

/**
 * A word as typed: matching lower-cases Latin letters, and 哪些城市提到了AI offered the spread of ai, which the view then
 * showed as the topic. Searching stays case-insensitive (the view's query is normalised again); only the shown case is
 * the user's. A word the question does not hold as typed (traditional or full-width input) stays as matched.
 */
function asTyped(word: string, raw: string): string {
  if (!/[a-z]/u.test(word)) return word
  // Full-width letters and digits (ＡＩ) are read half-width, as matching reads them, one character for one.
  const typed = raw.replace(/[Ａ-Ｚａ-ｚ０-９]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
  const lower = typed.toLowerCase()
  const at = lower.length === typed.length ? lower.indexOf(word) : -1
  return at === -1 ? word : typed.slice(at, at + word.length)
}

/** The words a question names, without those that ask, in the case they were typed in. */
function topicOf(parsed: ParsedQuery, raw: string): string | null {
  const topic = parsed.groups.flatMap((group) =>
    group.flatMap((t) => (t.kind === 'phrase' ? [t.match] : t.words).filter((w) => !ASKING_WORDS.has(w) && !w.startsWith('哪') && !EACH_PLACE.test(w) && [...w].length >= 2)),
  )
  const words = [...new Set(topic)].map((w) => asTyped(w, raw))
  return words.length > 0 ? words.join(' ') : null
}
