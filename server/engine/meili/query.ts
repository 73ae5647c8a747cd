/**
 * SearchQuery → what to ask Meilisearch, and the exact checks the adapter runs on its answers.
 *
 * Meilisearch cannot express every part of the query language exactly:
 * - an OR group (`A OR B`, or the words of free text) has no query syntax: each alternative of the
 *   smallest OR group becomes its own candidate query, and the answers are united;
 * - an exclusion (`-term`) of a substring has no filter: it is checked on the candidates;
 * - a phrase is searched as its runs of single characters, which finds a superset of the clauses
 *   that contain it (punctuation inside a phrase, phrase positions checked pairwise).
 * So every keyword query with terms is answered in two steps: candidates from Meilisearch (filters
 * exact, at most `candidateLimit` of them), then the exact substring checks of the SQLite engine on
 * the normalised text, with total, facets, ranking, paging and grouping computed here.
 * Browsing (no terms) and semantic search are answered by Meilisearch alone.
 *
 * Exact by Meilisearch itself: when every group is one run of Chinese characters (no punctuation, no
 * OR, no exclusion) and the order is relevance, Meilisearch's phrase search on the per-character
 * fields is already the substring match, so its exhaustive count (page/hitsPerPage) and its facets are
 * the true ones at any corpus size. Everything else is checked here, and when the candidate cap is
 * reached the result says its total is a lower bound (SearchResult.totalIsLowerBound).
 */
import { isTokenChar } from '../char-grams.js'
import { matchingWords } from '../gram-match-plan.js'
import { phraseRuns } from './documents.js'
import { hybridSemanticWeight } from '../rank-fusion.js'
import type { MeiliClauseDoc } from './documents.js'
import { FACET_FIELDS } from '../types.js'
import type {
  FacetField, Facets, FacetValue, ParsedQuery, PhraseTerm, QueryTerm, SearchFilters, SearchQuery, SortOrder,
} from '../types.js'

/** The fields fetched for every candidate: enough to check, rank, facet and group without the text. */
export const CANDIDATE_ATTRIBUTES = [
  'id', 'seq', 'planId', 'planTitle', 'city', 'province', 'level', 'year', 'themes', 'order', 'outlineOnly', 'withText', 'norm', 'hnorm',
] as const
export type Candidate = Pick<MeiliClauseDoc, (typeof CANDIDATE_ATTRIBUTES)[number]> & { _rankingScore?: number }

/** More alternatives than this in the smallest OR group: search without it and check every candidate. */
export const MAX_BRANCHES = 24
/** Characters of a phrase sent to Meilisearch; the rest is checked exactly on the candidates. */
export const MAX_RUN_CHARS = 48

export type SearchPlan =
  | { kind: 'empty'; reason?: string }
  | { kind: 'browse' }
  | { kind: 'verify'; branches: string[] }
  | { kind: 'exact'; q: string }
  | { kind: 'vector'; q: string; semanticRatio: number }

function hasTokenChar(text: string): boolean {
  for (const ch of text) if (isTokenChar(ch)) return true
  return false
}

/**
 * The normalised strings a term stands for: one for a phrase, one per word for free text. A string
 * without any letter or digit is not searchable (as in the SQLite engine, whose gram index has no token for it).
 */
export function alternatives(term: QueryTerm): string[] {
  return (term.kind === 'phrase' ? [term.match] : term.words).filter(hasTokenChar)
}

/**
 * The alternatives of which a clause must contain one: a single character of free text counts in the
 * ranking but matches nothing alone, as in the SQLite engine (gram-match-plan.ts matchingWords).
 */
export function matchingAlternatives(term: QueryTerm): string[] {
  return (term.kind === 'phrase' ? [term.match] : matchingWords(term.words, term.rankOnly)).filter(hasTokenChar)
}

/** A group none of whose terms is searchable matches nothing, so the whole query matches nothing. */
export function isImpossible(parsed: ParsedQuery): boolean {
  return parsed.groups.some((g) => g.flatMap(matchingAlternatives).length === 0)
}

function quoteRuns(matches: readonly string[]): string[] {
  const out: string[] = []
  for (const match of matches) {
    for (const run of phraseRuns(match)) out.push(`"${run.split(' ').slice(0, MAX_RUN_CHARS).join(' ')}"`)
  }
  return out
}

/**
 * One Meilisearch `q` per branch. Groups with one alternative are required in every branch; the
 * smallest OR group is split into branches; larger OR groups are left to the exact check.
 */
export function candidateQueries(parsed: ParsedQuery): string[] {
  const groups = parsed.groups.map((g) => g.flatMap(matchingAlternatives))
  const required = groups.filter((alts) => alts.length === 1).map((alts) => alts[0])
  const orGroups = groups.filter((alts) => alts.length > 1).sort((a, b) => a.length - b.length)
  const base = quoteRuns(required)
  const split = orGroups[0] !== undefined && orGroups[0].length <= MAX_BRANCHES ? orGroups[0] : null
  if (split === null) return [[...new Set(base)].join(' ')]
  const branches = split.map((alt) => [...new Set([...base, ...quoteRuns([alt])])].join(' '))
  return [...new Set(branches)]
}

export function planSearch(query: SearchQuery): SearchPlan {
  const parsed = query.query
  if (parsed.emptyReason) return { kind: 'empty', reason: parsed.emptyReason }
  if (query.mode === 'semantic') return { kind: 'vector', q: '', semanticRatio: 1 }
  if (query.mode === 'hybrid') {
    const words = parsed.groups.flat().flatMap(alternatives)
    // The same semantic share as the SQLite engine's convex fusion (rank-fusion.ts), so both engines weigh alike.
    return { kind: 'vector', q: words.join(' '), semanticRatio: words.length > 0 ? hybridSemanticWeight(parsed) : 1 }
  }
  if (isImpossible(parsed)) return { kind: 'empty' }
  if (parsed.groups.length === 0 && excludedPhrases(parsed).length === 0) return { kind: 'browse' }
  const exact = exactPhraseQuery(query)
  if (exact !== null) return { kind: 'exact', q: exact }
  return { kind: 'verify', branches: candidateQueries(parsed) }
}

/** A run of Chinese characters (Han script only: letters and digits go through Meilisearch's Latin normaliser). */
const HAN_RUN = /^\p{Script=Han}+$/u

/**
 * The Meilisearch `q` whose matches are exactly the query's, or null. Each group must have a single
 * alternative that is a Han run of at most MAX_RUN_CHARS (longer phrases are truncated when sent);
 * no exclusions; relevance order (a date order would need `sort` ahead of `attribute`, which ranks the
 * heading first); no grouping by plan (its per-plan hits are computed here).
 */
export function exactPhraseQuery(query: SearchQuery): string | null {
  const parsed = query.query
  if (query.mode !== 'keyword' || query.sort !== 'relevance' || query.groupByPlan) return null
  if (parsed.groups.length === 0 || parsed.exclude.length > 0) return null
  const runs: string[] = []
  for (const group of parsed.groups) {
    const alts = [...new Set(group.flatMap(alternatives))]
    if (alts.length !== 1) return null
    const chars = [...alts[0]]
    if (!HAN_RUN.test(alts[0]) || chars.length > MAX_RUN_CHARS) return null
    runs.push(`"${chars.join(' ')}"`)
  }
  return [...new Set(runs)].join(' ')
}

export interface Evaluation {
  ok: boolean
  /** Phrases and words found in the text: more ranks first ("all words, then most"). */
  matched: number
  /** Phrases and words found in the heading. */
  inHeading: number
}

/** The SQLite engine's semantics: every group has a term that is a substring, no exclusion is. */
export function evaluate(parsed: ParsedQuery, norm: string, hnorm: string): Evaluation {
  for (const ex of excludedPhrases(parsed)) if (norm.includes(ex.match)) return { ok: false, matched: 0, inHeading: 0 }
  let matched = 0
  let inHeading = 0
  let ok = true
  for (const group of parsed.groups) {
    let groupOk = false
    const matching = new Set(group.flatMap(matchingAlternatives))
    for (const alt of new Set(group.flatMap(alternatives))) {
      if (norm.includes(alt)) {
        if (matching.has(alt)) groupOk = true
        matched++
        if (hnorm.includes(alt)) inHeading++
      }
    }
    ok &&= groupOk
  }
  return { ok, matched, inHeading }
}

export function matchesFacetFilters(doc: Candidate, filters: SearchFilters, except?: FacetField): boolean {
  const inList = (list: string[] | undefined, value: string | null) => list === undefined || (value !== null && list.includes(value))
  if (except !== 'city' && !inList(filters.city, doc.city)) return false
  if (except !== 'province' && !inList(filters.province, doc.province)) return false
  if (except !== 'level' && !inList(filters.level, doc.level)) return false
  if (except !== 'theme' && filters.theme !== undefined && !doc.themes.some((t) => filters.theme!.includes(t))) return false
  if (except !== 'year') {
    if (filters.year !== undefined && (doc.year === null || !filters.year.includes(doc.year))) return false
    if (filters.yearFrom !== undefined && (doc.year === null || doc.year < filters.yearFrom)) return false
    if (filters.yearTo !== undefined && (doc.year === null || doc.year > filters.yearTo)) return false
  }
  return true
}

function facetValuesOf(doc: Candidate, facet: FacetField): string[] {
  switch (facet) {
    case 'theme': return doc.themes
    case 'year': return doc.year === null ? [] : [String(doc.year)]
    default: {
      const v = doc[facet]
      return v === null ? [] : [v]
    }
  }
}

/** Count desc, then value asc: the order of every facet list either engine returns. */
export function sortFacetValues(values: FacetValue[]): FacetValue[] {
  return values.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
}

export function distributionToValues(distribution: Record<string, number> | undefined): FacetValue[] {
  return sortFacetValues(Object.entries(distribution ?? {}).map(([value, count]) => ({ value, count })))
}

/** Disjunctive facets over checked candidates: a facet's counts ignore that facet's own filter. */
export function computeFacets(docs: readonly Candidate[], filters: SearchFilters): Facets {
  const facets = {} as Facets
  for (const facet of FACET_FIELDS) {
    const counts = new Map<string, number>()
    for (const doc of docs) {
      if (!matchesFacetFilters(doc, filters, facet)) continue
      for (const v of new Set(facetValuesOf(doc, facet))) counts.set(v, (counts.get(v) ?? 0) + 1)
    }
    facets[facet] = sortFacetValues([...counts].map(([value, count]) => ({ value, count })))
  }
  return facets
}

export interface Ranked {
  doc: Candidate
  evaluation: Evaluation
}

const byYearDesc = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a)
const byYearAsc = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b)

/**
 * Relevance: most terms, clauses with text before heading-only ones (as settings.ts's `withText` rule), heading matches, Meilisearch's score, newer plans, document order.
 * Date: newest year first (date-asc: oldest first; unknown last either way), then document order
 * (which is plan, then clause order).
 */
export function compareRanked(sort: SortOrder): (a: Ranked, b: Ranked) => number {
  if (sort === 'date') return (a, b) => byYearDesc(a.doc.year, b.doc.year) || a.doc.seq - b.doc.seq
  if (sort === 'date-asc') return (a, b) => byYearAsc(a.doc.year, b.doc.year) || a.doc.seq - b.doc.seq
  return (a, b) =>
    b.evaluation.matched - a.evaluation.matched ||
    // withText is 0 for an outline-only clause and for a heading printed with nothing under it (documents.ts).
    b.doc.withText - a.doc.withText ||
    b.evaluation.inHeading - a.evaluation.inHeading ||
    (b.doc._rankingScore ?? 0) - (a.doc._rankingScore ?? 0) ||
    byYearDesc(a.doc.year, b.doc.year) ||
    a.doc.seq - b.doc.seq
}

/** Meilisearch sort for browsing: document order, or the date order. */
export function browseSort(sort: SortOrder): string[] {
  if (sort === 'date') return ['year:desc', 'seq:asc']
  if (sort === 'date-asc') return ['year:asc', 'seq:asc']
  return ['seq:asc']
}

/** Offset/limit as Meilisearch's exhaustive page/hitsPerPage (which counts totalHits exactly). */
export function pageWindow(offset: number, limit: number): { page: number; hitsPerPage: number; skip: number } {
  if (limit > 0 && offset % limit === 0) return { page: offset / limit + 1, hitsPerPage: limit, skip: 0 }
  return { page: 1, hitsPerPage: offset + limit, skip: offset }
}

/** Exclusions that can match: a string without letters or digits excludes nothing (as in the SQLite engine). */
export function excludedPhrases(parsed: ParsedQuery): PhraseTerm[] {
  return parsed.exclude.filter((e) => hasTokenChar(e.match))
}
