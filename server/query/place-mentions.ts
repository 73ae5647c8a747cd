/**
 * A place or a year named in a question (荆门 双减, 2024年长沙的课后服务怎么做). A plan's city and year are
 * its metadata: its clauses rarely say them, so as words they find nothing (`荆门 双减` in keyword mode: 0) or
 * pull in clauses of a city with a similar name (semantic mode put 江门's 双减 clause first). Read as filters
 * they say what the user meant. Pure: the route supplies the values the index holds.
 */
import { normalizeForMatch } from '../../indexer/normalize.js'
import type { ParsedQuery, SearchFilters, Tokenizer } from '../engine/types.js'
import { plansNumbered, type NumberedPlan } from './document-numbers.js'
import { isQuoted } from './parse-query.js'
import { withoutComparing } from './plan-level-ask.js'
import { datedAt, datedInSentence } from './dates-in-sentences.js'
import { recentYears, yearSpan } from './recent-years.js'
import { BESIDES_WORDS, LEAVE_OUT_WORDS, NOT_THE_WORDS } from './said-exclusions.js'
import { saidAsYear, spelledYears } from './year-forms.js'

/** The cities, provinces and years the index holds (its facet values). */
export interface PlaceValues {
  city: readonly string[]
  province: readonly string[]
  year: readonly number[]
  /**
   * The year by the clock, for 今年, 去年, 前年 and 明年. Read as a filter only when the index holds that year: the
   * plan of 去年 is last year's plan. When it holds none (今年 before this year's plans are in), the word filters
   * nothing, as the user asked for the newest and the hits show each plan's year; it is a stopword, not searched.
   */
  currentYear?: number
  /** The plans that have a document number, for a query naming one (document-numbers.ts). */
  documents?: readonly NumberedPlan[]
}

export type PlaceFilters = Pick<SearchFilters, 'city' | 'province' | 'year' | 'exceptCity' | 'exceptProvince' | 'exceptYear'>

export interface PlaceMention {
  field: 'city' | 'province' | 'year'
  /** As the query says it (荆门, 2024年). */
  text: string
  /** The longer ways the query may say it, removed first (荆门市 for 荆门, 2024年 for 2024). */
  longer: string[]
  /** A year said relative to the clock (去年). */
  relative?: true
  /** Named as the one not asked for (荆门以外, 除了2024年的): a filter that leaves it out. */
  except?: true
}

export interface QueryPlaces {
  mentions: PlaceMention[]
  filters: PlaceFilters
  /** The query without the mentions: what is left to search for. */
  rest: string
}

/**
 * An administrative name's suffix, which people leave out (荆门 for 荆门市, 广西 for 广西壮族自治区, 恩施 for
 * 恩施土家族苗族自治州). The stem keeps at least two characters: 沙市 and 津市 are names, not 沙 and 津.
 */
const SUFFIX = /^(.{2,}?)(?:(?:[\u4e00-\u9fff]{1,3}族)*自治[区州县旗]|特别行政区|地区|林区|新区|市|省|盟|州|县|区|旗)$/u

/** The forms a user may type for a place: its full name and its name without the suffix. */
export function placeForms(name: string): string[] {
  const full = normalizeForMatch(name)
  const stem = SUFFIX.exec(full)?.[1]
  return stem && stem !== full ? [full, stem] : [full]
}

const YEAR = /^((?:19|20)\d\d)(?:年度?)?$/

/** Years said relative to this one. */
export const RELATIVE_YEAR: ReadonlyMap<string, number> = new Map([
  ['前年', -2],
  ['去年', -1],
  ['今年', 0],
  ['明年', 1],
])

const YEAR_AT_EDGE = /^(?:19|20)\d\d(?:年度?)?|(?:19|20)\d\d(?:年度?)?$/gu

/**
 * Every string of the query a user could have meant as a place or a year: whole terms, free-text words, and
 * a year or place at either end of a short unquoted term (2024年双减 is one term: short queries are searched
 * whole), as long as two characters are left of it and, for a place, the segmenter cuts the term there
 * (荆门双减 is 荆门 + 双减; 中山大学 is one word, not 中山 + 大学).
 */
function candidates(query: ParsedQuery, places: ReadonlyMap<string, unknown>, tokenizer: Tokenizer): string[] {
  // An OR of terms (荆门 | 江门) is a choice between texts, not a place to filter on.
  if (query.groups.some((group) => group.length > 1)) return []
  // 除了荆门以外的双减: the parser took 荆门 as text to exclude; as a place it is the plans to leave out.
  const saidExcluded = query.exclude.filter((t) => !isQuoted(query, t)).map((t) => t.match)
  return saidExcluded.concat(query.groups.flat().flatMap((t) => {
    // A short clause joined to a question is one word of it (早在2024年，2025年多了什么): a year at its edge is read,
    // whatever is left beside it, since the rest of the question is the topic.
    if (t.kind === 'words') return [normalizeForMatch(t.text), ...t.words, ...t.words.flatMap((w) => yearEdges(w))]
    // Quoted text is asked for as written ("湖北省" is the phrase, not the province's plans).
    if (isQuoted(query, t)) return []
    const edges = yearEdges(t.match)
    const words = tokenizer.words(t.match)
    for (const word of [words[0], words.at(-1)]) if (word !== undefined && word !== t.match && places.has(word)) edges.push(word)
    return [t.match, ...edges.filter((edge) => [...t.match].length - [...edge].length >= 2)]
  }))
}

/** A year written at the start or the end of a word longer than it: 2024年双减, 早在2024年. */
function yearEdges(word: string): string[] {
  return [...word.matchAll(YEAR_AT_EDGE)].map((m) => m[0]).filter((edge) => edge !== word)
}

/**
 * A place or year named as the one not asked for (荆门以外的城市, 除了2024年的, 不看江门的): the user wants the others, so
 * it is a filter that leaves it out. Read as a filter for it, 荆门以外的城市怎么做课后服务 searched 荆门市's plans alone, the
 * opposite of the question; read as text to exclude, it dropped only the clauses that say 荆门, and kept 荆门's plan.
 */
// Not 非: 非荆门户籍学生 are pupils in 荆门 registered elsewhere, the opposite of 荆门 left out.
const EXCEPT_WORDS = [BESIDES_WORDS, LEAVE_OUT_WORDS, NOT_THE_WORDS, '不属于'].join('|')
const EXCEPT_BEFORE = new RegExp(`(?:${EXCEPT_WORDS})$`, 'u')
const EXCEPT_AFTER = /^(?:市|省|县|区|地区|年|年度)?(?:以外|之外|除外)/u
/** The others such a question asks about (其他城市, 别的省份), which the filter now says. */
const OTHERS_SAID = '(?:其他|其它|别的|另外的?)的?(?:城市|地市|地方|地区|省份|省市|县区|区县|年份|年度)'
const OTHERS = new RegExp(OTHERS_SAID, 'gu')
/**
 * The others, said after the place left out: with 其他/别的 always (其他城市), a bare 城市 or 地方 only where the question
 * goes on (荆门以外的城市怎么做…), not where it opens a topic (除了荆门以外的地方课程, 不看江门的地区教研).
 */
const OTHER_PLACES = new RegExp(`(?:${OTHERS_SAID}|(?:城市|地市|地方|地区|省份)(?=怎|如何|有|在|是|都|会|要|还|[,，?？\\s]|$))`, 'u')
const EXCEPT_FIELD = { city: 'exceptCity', province: 'exceptProvince', year: 'exceptYear' } as const

/** Whether the (normalised) query leaves the place out where it names it: 除了荆门, 不看江门的, 东宝区以外的. */
export function namedAsException(typed: string, text: string): boolean {
  for (let at = typed.indexOf(text); at !== -1; at = typed.indexOf(text, at + 1)) {
    if (EXCEPT_BEFORE.test(typed.slice(Math.max(0, at - 3), at)) || EXCEPT_AFTER.test(typed.slice(at + text.length))) return true
  }
  return false
}

function exceptPhrase(said: string): RegExp {
  const text = said.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  return new RegExp(`(?:${EXCEPT_WORDS})?${text}(?:市|省|县|区|地区|年|年度)?(?:以外|之外|除外)?的?(?:${OTHER_PLACES.source})?`, 'u')
}

/**
 * Removes the mentions from the (normalised) query and tidies what they leave: 长沙市的课后服务 → 课后服务. With `every`,
 * a mention said again goes wherever it stands (荆门我是荆门的老师 → 我是 老师): left once, the search read the leftover
 * 荆门 as a word again, and the kept filter read it as the place (shown 10, clicked 0). It stays within a `kept` phrase,
 * one that holds it with more beside and that some clause holds as typed (place-phrase.ts: 泉州 泉州师范学院).
 */
export function withoutMentions(raw: string, mentions: PlaceMention[], { every = false, kept = [] }: { every?: boolean; kept?: readonly string[] } = {}): string {
  let rest = matchedInTypedCase(raw)
  for (const { field, text, longer, except } of mentions) {
    const said = [...longer, text].find((form) => rest.includes(form)) ?? text
    // 除了荆门以外的城市, 不看江门的: the words that leave the place out go with it.
    if (except) rest = rest.replace(exceptPhrase(said), ' ')
    rest = rest.replace(`"${said}"`, ' ').replace(said, ' ')
    if (every && !except) rest = withoutAgain(rest, [...longer, text], kept, field === 'year')
  }
  if (mentions.some((m) => m.except)) rest = rest.replace(OTHERS, ' ')
  return rest
    .replace(/(^|\s)的/gu, '$1')
    .replace(/的(\s|$)/gu, '$1')
    .replace(/\s+/gu, ' ')
    // A mention taken from before a comma leaves the comma: 比起2024年，2025年的计划… is 比起，计划…, not 比起 , 计划….
    .replace(/\s+(?=[,，、;；。!！?？])|(?<=[,，、;；。!！?？])\s+/gu, '')
    .replace(/^[,，、;；。]+|[,，、;；]+$/gu, '')
    .trim()
}

/**
 * `rest` without any further occurrence of the mention's forms (longest first), outside the kept phrases. A year that
 * dates something where it stands again (2024年 2024年3月起…) is that date, not the plan year, and stays.
 */
function withoutAgain(rest: string, forms: readonly string[], kept: readonly string[], year: boolean): string {
  const held = kept.filter((phrase) => rest.includes(phrase))
  // Each kept phrase is set aside as a mark no query holds, and put back once the mention is gone.
  let out = held.reduce((text, phrase, i) => text.split(phrase).join(`\u0000${i}\u0001`), rest)
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    const digits = form.replace(/年度?$/u, '')
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    out = out.replace(new RegExp(`"${escaped}"|${escaped}`, 'gu'), (found, at: number, text: string) =>
      year && datedAt(text, at + found.indexOf(digits), digits) ? found : ' ')
  }
  return out.replace(/\u0000(\d+)\u0001/gu, (_, i: string) => held[Number(i)])
}

/**
 * `raw` as the parser matches it (simplified, half-width: normalizeForMatch maps one code unit to one), its words of Latin
 * letters in the case typed. 泉州 AI left ai, shown as what was searched (inferred.query) and embedded so: the model reads ai and AI apart
 * (AI within 泉州市: 0 clauses close enough, ai: 1).
 */
function matchedInTypedCase(raw: string): string {
  const matched = normalizeForMatch(raw)
  // Only a word of Latin letters typed so (AI, STEM, 5G): a letter alone among characters is what the mentions read in
  // the matched form (二O二四年 is the year 二o二四年, year-forms.ts).
  return matched.replace(/[a-z0-9]*[a-z][a-z0-9]*/gu, (word, at: number) => {
    const typed = raw.slice(at, at + word.length).replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    return word.length >= 2 && /^[A-Za-z0-9]+$/u.test(typed) ? typed : word
  })
}

/**
 * The places and years a query names that the index holds, as filters, with the query left over. A place or year
 * the user's filter on its field rules out is left as typed (their filter wins); one the filter holds is read. A query that is only a place or a year (湖北省,
 * 荆门 2024) leaves nothing to search: `rest` is empty, and the place's plans are what the user looks for (as
 * words, 湖北省 is in no clause, and semantic mode found 河北省's clauses closest). One character left over (荆门 教)
 * is not a topic to search for, so such a query is left as typed.
 */
export function findPlaceMentions(query: ParsedQuery, values: PlaceValues, filtered: SearchFilters, tokenizer: Tokenizer, kept: readonly string[] = []): QueryPlaces | null {
  const byForm = new Map<string, { field: 'city' | 'province'; value: string; full: string }[]>()
  const fields = [
    ['city', values.city],
    ['province', values.province],
  ] as const
  for (const [field, names] of fields) {
    // A place the user's filter rules out is left as typed (their filter wins); one it holds is read, so that 荆门 双减
    // under the filter 荆门市 searches 双减 there, not the word 荆门 (which found 0 clauses, and 荆门的双减 2 that say 荆门).
    const held = filtered[field]
    // A place the user left out (排除) is not read back in as the place asked for: 荆门的双减 then stays as typed.
    const leftOut = new Set(field === 'city' ? filtered.exceptCity : filtered.exceptProvince)
    for (const value of names) {
      if (leftOut.has(value) || (held?.length && !held.includes(value))) continue
      const forms = placeForms(value)
      for (const form of forms) byForm.set(form, [...(byForm.get(form) ?? []), { field, value, full: forms[0] }])
    }
  }
  const yearFiltered = Boolean(filtered.year?.length) || filtered.yearFrom !== undefined || filtered.yearTo !== undefined
  // A year the user's year filter holds is read as a place it holds is (2024年的双减 under the filter 2024 found 0).
  const yearHeld = (year: number) =>
    (!filtered.year?.length || filtered.year.includes(year)) && (filtered.yearFrom === undefined || year >= filtered.yearFrom) && (filtered.yearTo === undefined || year <= filtered.yearTo)
  const mentions: PlaceMention[] = []
  const filters: PlaceFilters = {}
  const add = <K extends keyof PlaceFilters>(field: K, value: NonNullable<PlaceFilters[K]>[number]) => {
    const list = (filters[field] ?? []) as (typeof value)[]
    if (!list.includes(value)) filters[field] = [...list, value] as PlaceFilters[K]
  }
  const typed = normalizeForMatch(query.raw)
  const except = (text: string) => (namedAsException(typed, text) ? ({ except: true } as const) : {})
  // 江教办〔2023〕5号 names its plan: the plan's city (or province) and year, unless the user filters on them.
  const numbered = values.documents ? plansNumbered(typed, values.documents) : null
  if (numbered && !typed.includes(`"${numbered.text}`)) {
    for (const plan of numbered.plans) {
      if (plan.city && !filtered.city?.length) add('city', plan.city)
      else if (!plan.city && plan.province && !filtered.province?.length) add('province', plan.province)
      if (plan.year && !yearFiltered) add('year', plan.year)
    }
    if (Object.keys(filters).length > 0) mentions.push({ field: numbered.plans[0].city ? 'city' : 'province', text: numbered.text, longer: [] })
  }
  for (const text of new Set(candidates(query, byForm, tokenizer))) {
    if (mentions.some((m) => m.text.includes(text))) continue
    const places = byForm.get(text)
    const year = YEAR.exec(text)
    const left = except(text)
    // -荆门 typed with a minus asks for clauses without the word, as typed.
    if (!left.except && !query.groups.flat().some((t) => t.kind === 'words' ? t.words.includes(text) || normalizeForMatch(t.text).includes(text) : t.match.includes(text))) continue
    if (places) {
      for (const { field, value } of places) add(left.except ? EXCEPT_FIELD[field] : field, value)
      mentions.push({ field: places[0].field, text, longer: places.map((p) => p.full).filter((full) => full !== text), ...left })
    } else if (year && yearHeld(Number(year[1])) && values.year.includes(Number(year[1])) && !filtered.exceptYear?.includes(Number(year[1])) && !datedInSentence(typed, text)) {
      add(left.except ? 'exceptYear' : 'year', Number(year[1]))
      mentions.push({ field: 'year', text, longer: [`${year[1]}年度`, `${year[1]}年`].filter((form) => form.length > text.length), ...left })
    }
  }
  // 二〇二四年的双减, 24年的双减: a year written otherwise than in four digits (year-forms.ts).
  for (const { text, year } of spelledYears(typed, values.year).filter((y) => yearHeld(y.year) && values.year.includes(y.year) && !filtered.exceptYear?.includes(y.year))) {
    // Typed alone it is the words asked for, offered in digits as the plans write them (二〇二五年 → 2025年).
    if (typed.replace(text, '').replace(/[\s的]/gu, '') === '') continue
    if (mentions.some((m) => m.text.includes(text) || text.includes(m.text))) continue
    const left = except(text)
    add(left.except ? 'exceptYear' : 'year', year)
    mentions.push({ field: 'year', text, longer: [], ...left })
  }
  if (!yearFiltered && values.currentYear !== undefined && !filters.year) {
    // 去年 is a stopword, so it is read from the query's text (unquoted: "去年" asks for the word).
    for (const [word, offset] of RELATIVE_YEAR) {
      const year = values.currentYear + offset
      if (saidAsYear(typed, word) === -1 || !values.year.includes(year)) continue
      const left = except(word)
      add(left.except ? 'exceptYear' : 'year', year)
      mentions.push({ field: 'year', text: word, longer: [], relative: true, ...left })
    }
    // 近三年, 最近两年: the recent years the index holds (recent-years.ts).
    const span = filters.year ? null : recentYears(typed, values.currentYear, values.year)
    if (span && span.years.length > 0 && saidAsYear(typed, span.text) !== -1 && !namedAsException(typed, span.text)) {
      for (const year of span.years) add('year', year)
      mentions.push({ field: 'year', text: span.text, longer: [], relative: true })
    }
  }
  // 2024年以来, 2025年以前: the years of the span, in place of the year that bounds it (recent-years.ts yearSpan).
  // A span that holds no plan (2025年以后, 2020年以前) is no filter: read as its bound, it searched the one year it leaves
  // out. absent-years.ts names its years instead, as it names a year no plan is of.
  const bounded = yearFiltered ? null : yearSpan(typed, values.year)
  if (bounded && saidAsYear(typed, bounded.text) !== -1 && !namedAsException(typed, bounded.text)) {
    const inside = mentions.filter((m) => m.field === 'year' && !m.relative && bounded.text.includes(m.text))
    for (const m of inside) mentions.splice(mentions.indexOf(m), 1)
    if (bounded.years.length > 0) {
      filters.year = [...bounded.years]
      mentions.push({ field: 'year', text: bounded.text, longer: [] })
    } else {
      const left = (filters.year ?? []).filter((y) => !inside.some((m) => m.text.startsWith(`${y}`)))
      if (left.length > 0) filters.year = left
      else delete filters.year
    }
  }
  // 除了荆门以外，泉州的双减: the plans of 泉州 leave out 荆门's already.
  for (const field of ['city', 'province', 'year'] as const) if (filters[field]) delete filters[EXCEPT_FIELD[field]]
  if (mentions.length === 0) return null
  // What is left may be only words that name nothing (泉州市教育局的工作要点 → 教育局 工作要点, 荆门 的 政策): the place's
  // plans are what is asked for, as when nothing is left. A piece of it that names nothing is dropped as the parser drops
  // such a term beside others: 我想知道荆门的双减 left 我想知道 双减, which the model read as far from 双减 (0 clauses).
  // 荆门和江门的双减有什么不同: the places compared are filters, and the words that compare them go too (plan-level-ask.ts).
  const compared = [filters.city, filters.province, filters.year].some((values) => (values?.length ?? 0) >= 2)
  const left = namingPieces(withoutMentions(query.raw, mentions, { every: true, kept }), tokenizer)
  const rest = compared ? withoutComparing(left) : left
  return rest === '' || [...rest].length >= 2 ? { mentions, filters, rest } : null
}

/** The pieces of a rest (apart by spaces; a quoted phrase is one) that name something or are quoted, in order. */
function namingPieces(rest: string, tokenizer: Tokenizer): string {
  return (rest.match(/"[^"]*"?|[^\s"]+/gu) ?? []).filter((piece) => piece.startsWith('"') || tokenizer.words(piece).length > 0).join(' ')
}
