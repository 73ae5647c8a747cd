/**
 * The clauses a pasted citation names (query/cited-place.ts): each plan under the search's filters, and named by the
 * text before the place if any, is read clause by clause, and a clause is named when its own citation ends in the place
 * (`六、第25条`), or when the place writes its section too (`三、（一）第11条` for a plan that cites it `三、第11条`). A section
 * or part without a clause number names every clause under it. Plans are read one by one, so only a place in at most
 * MAX_PLANS plans is looked up; beyond that the user is asked to name the plan. The search then lists those clauses
 * (placeSearch): the words of a citation (its title's, 第二, 部分) found clauses that merely write them, 151 for
 * 江门市教育局《江门市教育局2023年工作要点》（江教办〔2023〕5号，2023年3月15日）六、第25条, and not the clause it cites.
 */
import type { ClauseRecord, PlanRecord } from '../../indexer/types.js'
import type { CitationBook } from '../citation-book.js'
import { chineseDate, clauseLocation, sectionMarker } from '../citation.js'
import type { SearchEngine, SearchFilters, SearchQuery } from '../engine/types.js'
import { clauseUrl } from '../hits.js'
import { citedPlace, placeKey, type CitedPlace } from '../query/cited-place.js'
import { chapterLead } from '../../indexer/structure/chapter-number.js'

/** Plans read for one pasted place at most. */
export const MAX_PLANS = 200
/** Clauses named in the message at most (the answer lists them all). */
const NAMED_IN_MESSAGE = 3

export interface CitedClause {
  id: string
  citation: string
  url: string
}

export interface CitedClauses {
  place: CitedPlace
  clauses: CitedClause[]
  /** More plans than MAX_PLANS could hold the place: none was read. */
  tooMany: boolean
  /** Whether the text before the place names plans of the index (江门市教育局2023年工作要点 does, 义务教育法 names none). */
  namesPlans: boolean
  /** The plans of the clauses at the place, and their other clauses: the search lists the first less the second. */
  plans: string[]
  others: string[]
}

/** Whether a plan passes the search's filters that plans carry (themes and dates are the clauses'). */
function planPasses(plan: PlanRecord, f: SearchFilters): boolean {
  const inList = <T>(list: readonly T[] | undefined, value: T | null) => !list || list.length === 0 || (value !== null && list.includes(value))
  const outOf = <T>(list: readonly T[] | undefined, value: T | null) => !list || value === null || !list.includes(value)
  return (
    inList(f.plan, plan.id) &&
    inList(f.city, plan.city) &&
    inList(f.province, plan.province) &&
    inList(f.year, plan.year) &&
    inList(f.level, plan.level) &&
    (f.yearFrom === undefined || (plan.year !== null && plan.year >= f.yearFrom)) &&
    (f.yearTo === undefined || (plan.year !== null && plan.year <= f.yearTo)) &&
    outOf(f.exceptCity, plan.city) &&
    outOf(f.exceptProvince, plan.province) &&
    outOf(f.exceptYear, plan.year)
  )
}

const clausePasses = (c: ClauseRecord, f: SearchFilters) =>
  (!f.theme || f.theme.length === 0 || c.themes.some((t) => f.theme!.includes(t))) && (f.since === undefined || c.firstIndexed >= f.since) && (f.outlineOnly === undefined || c.outlineOnly === f.outlineOnly)

/**
 * Whether the text before the place names this plan: each of its pieces (split at brackets, commas and spaces) stands in
 * the plan's name, title, issuer, city, 文号 or date. Nothing before the place names every plan.
 */
function namesPlan(named: string, plan: PlanRecord): boolean {
  const pieces = named.split(/[《》（）()〈〉<>“”"，,、；;：:\s]+/u).filter((p) => p.length >= 2)
  const about = [plan.displayName, plan.title, plan.issuer, plan.city, plan.province, plan.docNumber, plan.publishDate && chineseDate(plan.publishDate), plan.source.partOf?.title]
    .filter((s): s is string => typeof s === 'string')
    .join('\u0000')
  return pieces.every((p) => about.includes(p))
}

/** Whether the clause stands at the place: its citation's place, or its chapter, section and number as written out. */
function standsAt(c: ClauseRecord, place: CitedPlace, cited: string): boolean {
  const lead = c.chapter ? chapterLead(c.chapter) : ''
  const inSection = placeKey(lead + (sectionMarker(c.section) ?? ''))
  if (place.kind === 'section') return inSection === place.key || (place.key.endsWith('部分') && placeKey(lead).startsWith(place.key))
  return placeKey(cited) === place.key || (c.number !== null && `${inSection}第${c.number}条` === place.key)
}

export async function citedClauses(q: string, filters: SearchFilters, engine: SearchEngine, citations: CitationBook): Promise<CitedClauses | null> {
  const place = citedPlace(q)
  if (!place) return null
  const plans = (await engine.listPlans()).filter((p) => planPasses(p, filters) && namesPlan(place.plan, p))
  const namesPlans = place.plan !== '' && plans.length > 0
  if (plans.length > MAX_PLANS) return { place, clauses: [], tooMany: true, namesPlans, plans: [], others: [] }
  const found: ClauseRecord[] = []
  const holding = new Map<string, string[]>()
  for (const plan of plans) {
    const [clauses, scheme] = await Promise.all([engine.planClauses(plan.id), citations.schemeFor(plan.id)])
    const at = clauses.filter((c) => clausePasses(c, filters) && standsAt(c, place, clauseLocation(c, scheme)))
    found.push(...at)
    if (at.length > 0) holding.set(plan.id, clauses.filter((c) => !at.includes(c)).map((c) => c.id))
  }
  const cited = await citations.citeAll(found)
  const clauses = found.map((c, i) => ({ id: c.id, citation: cited[i], url: clauseUrl(c.id) }))
  return { place, clauses, tooMany: false, namesPlans, plans: [...holding.keys()], others: [...holding.values()].flat() }
}

/**
 * Whether the query is the citation: a place alone, one that names clauses, or one after the name of a plan here. Text
 * before a place that names no plan (义务教育法第25条) is the user's words, searched and offered as usual.
 */
export function isCitation(cited: CitedClauses | null): cited is CitedClauses {
  return cited !== null && (cited.place.plan === '' || cited.clauses.length > 0 || cited.namesPlans)
}

/**
 * The search that lists the clauses at the place, with the filters, facets, paging and grouping of any search: the plans
 * holding them, browsed, less their other clauses. Null when the query is no citation or no clause stands there, and the
 * words are searched as usual.
 */
export function placeSearch(cited: CitedClauses | null, filters: SearchFilters): Pick<SearchQuery, 'query' | 'filters' | 'mode' | 'excludeIds'> | null {
  if (!isCitation(cited) || cited.clauses.length === 0) return null
  return { query: { raw: '', groups: [], exclude: [], highlight: [] }, filters: { ...filters, plan: cited.plans }, mode: 'keyword', excludeIds: cited.others }
}

/** What the page says when the words of a pasted place found nothing: where the place is, or why none was looked up. */
export function citedMessage({ place, clauses, tooMany }: CitedClauses): string {
  const what = `“${place.text}”是条款在文件中的位置（引用格式），条文里不写这几个字`
  if (tooMany) return `${what}。收录的文件太多，无法逐一查找这一位置：请在位置前写上文件名称（如《…工作要点》），或先按城市、年份筛选。`
  if (clauses.length === 0) {
    return `${what}。${place.plan ? `“${place.plan}”所指的` : ''}已收录文件中没有这一位置的条款：请核对章节与条款序号。`
  }
  const named = clauses.slice(0, NAMED_IN_MESSAGE).map((c) => c.citation).join('；')
  const more = clauses.length > NAMED_IN_MESSAGE ? `等 ${clauses.length} 条` : ''
  return `${what}。已收录文件中这一位置的条款：${named}${more}。`
}
