/**
 * The load test's queries: at least 5 000 distinct requests harvested from the corpus being served
 * (phrases cut from clause texts, the indexer's dictionary terms, free text of three words, filters by
 * city, year and theme taken from the records, facets, paging, suggest prefixes), drawn Zipf-distributed
 * so that a result cache helps exactly as much as it would with real users: a few queries very often,
 * most rarely. Deterministic for a given corpus (seeded).
 */
import type { IndexBuild } from '../indexer/types.js'
import { random } from './synthetic-documents.js'

export type QueryKind = 'phrase' | 'term' | 'free text' | 'filters' | 'facets' | 'paging' | 'suggest'

/** Share of each kind in the mix (of distinct queries, and so roughly of requests). */
const MIX: [QueryKind, number][] = [
  ['phrase', 0.3],
  ['term', 0.15],
  ['free text', 0.15],
  ['filters', 0.15],
  ['facets', 0.05],
  ['paging', 0.1],
  ['suggest', 0.1],
]

const CJK_RUN = /[\u4e00-\u9fff]{2,}/g
const q = encodeURIComponent

export interface QuerySet {
  paths: string[]
  kinds: Map<string, QueryKind>
}

export function harvestQueries(build: IndexBuild, dictionaryTerms: readonly string[], distinct = 6000, seed = 19): QuerySet {
  const rnd = random(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]
  const runs = build.clauses.slice(0, 20_000).flatMap((c) => c.text.match(CJK_RUN) ?? [])
  const cut = (min: number, max: number): string => {
    const run = pick(runs)
    const len = Math.min(run.length, min + Math.floor(rnd() * (max - min + 1)))
    const at = Math.floor(rnd() * (run.length - len + 1))
    return run.slice(at, at + len)
  }
  const values = (f: (c: IndexBuild['clauses'][number]) => (string | number | null)[]) => [...new Set(build.clauses.flatMap(f).filter((v): v is string | number => v !== null))]
  const cities = values((c) => [c.city])
  const years = values((c) => [c.year])
  const themes = values((c) => c.themes)
  const terms = dictionaryTerms.length ? dictionaryTerms : runs.slice(0, 500)
  const filter = () => {
    const r = rnd()
    return r < 0.4 ? `city=${q(String(pick(cities)))}` : r < 0.7 ? `year=${pick(years)}` : `theme=${q(String(pick(themes)))}`
  }
  const make: Record<QueryKind, () => string> = {
    phrase: () => `/api/search?q=${q(cut(2, 4))}`,
    term: () => `/api/search?q=${q(pick(terms))}`,
    'free text': () => `/api/search?q=${q([cut(2, 3), cut(2, 3), cut(2, 3)].join(' '))}`,
    filters: () => `/api/search?q=${q(cut(2, 3))}&${filter()}`,
    facets: () => (rnd() < 0.5 ? `/api/facets?${filter()}` : `/api/search?${filter()}`),
    paging: () => `/api/search?q=${q(cut(2, 2))}&page=${2 + Math.floor(rnd() * 4)}${rnd() < 0.3 ? '&sort=date' : ''}`,
    suggest: () => `/api/suggest?q=${q(cut(1, 2))}`,
  }
  const kinds = new Map<string, QueryKind>()
  for (let tries = 0; kinds.size < distinct && tries < distinct * 20; tries++) {
    let r = rnd()
    const kind = MIX.find(([, share]) => (r -= share) < 0)?.[0] ?? 'phrase'
    const path = make[kind]()
    if (!kinds.has(path)) kinds.set(path, kind)
  }
  // The order is the popularity rank: shuffled, so that no kind is the most popular by construction.
  const paths = [...kinds.keys()]
  for (let i = paths.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[paths[i], paths[j]] = [paths[j], paths[i]]
  }
  return { paths, kinds }
}

/** `count` requests drawn from `paths` with Zipf weights 1/rank^s (s = 1: the classic query-log shape). */
export function zipfSequence(paths: readonly string[], count: number, s = 1, seed = 7): string[] {
  const rnd = random(seed)
  const cumulative: number[] = []
  let sum = 0
  for (let rank = 1; rank <= paths.length; rank++) cumulative.push((sum += 1 / rank ** s))
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    const x = rnd() * sum
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (cumulative[mid] < x) lo = mid + 1
      else hi = mid
    }
    out.push(paths[lo])
  }
  return out
}
