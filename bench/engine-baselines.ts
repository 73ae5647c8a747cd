/**
 * The engines the benchmark compares, behind one small interface: the SQLite engine, and MiniSearch and
 * Orama configured as a competent user would for Chinese (ICU word segmentation through Intl.Segmenter,
 * which is what @orama/tokenizers/mandarin does; normalised terms; heading boosted; AND for phrases,
 * OR for free text; filters and facets with each library's own features).
 */
import MiniSearch from 'minisearch'
import { create, insertMultiple, search, type AnyOrama } from '@orama/orama'
import { createTokenizer } from '@orama/tokenizers/mandarin'
import { normalizeForMatch } from '../indexer/normalize.js'
import type { ClauseRecord, IndexBuild } from '../indexer/types.js'
import type { Segmenter } from '../indexer/segment/segmenter.js'
import { openSqliteEngine } from '../server/engine/sqlite/sqlite-engine.js'
import type { SearchEngine } from '../server/engine/types.js'
import { parseQuery } from '../server/query/parse-query.js'
import type { BenchQuery } from './engine-queries.js'

export const PAGE = 20

export interface BenchEngine {
  name: string
  build(build: IndexBuild): Promise<void>
  /** The first page (and facets when asked): what a search request costs. */
  firstPage(q: BenchQuery): Promise<number>
  /** Every matching id, for recall. */
  allIds(q: BenchQuery): Promise<string[]>
  close(): Promise<void>
}

export function sqliteBench(path: string, segmenter: Segmenter): BenchEngine {
  let engine: SearchEngine
  const query = (q: BenchQuery, limit: number) => ({
    query: parseQuery(q.text, segmenter),
    filters: q.filters,
    mode: 'keyword' as const,
    sort: 'relevance' as const,
    offset: 0,
    limit,
    facets: q.facets,
  })
  return {
    name: 'SQLite (this engine, match cache off)',
    async build(build) {
      engine = await openSqliteEngine({ path, tokenizer: segmenter, matchCache: 0 })
      await engine.replaceAll(build)
    },
    firstPage: async (q) => (await engine.search(query(q, PAGE))).total,
    allIds: async (q) => (await engine.search(query(q, 10_000_000))).hits.map((h) => h.clause.id),
    close: () => engine.close(),
  }
}

const segmenterIcu = new Intl.Segmenter('zh-CN', { granularity: 'word' })
function icuWords(text: string): string[] {
  const out: string[] = []
  for (const s of segmenterIcu.segment(text)) if (s.isWordLike) out.push(s.segment)
  return out
}

interface Doc {
  id: string
  heading: string
  text: string
  city: string
  province: string
  year: number
  level: string
  themes: string[]
}

function toDoc(c: ClauseRecord): Doc {
  return { id: c.id, heading: c.heading, text: c.text, city: c.city ?? '', province: c.province ?? '', year: c.year ?? 0, level: c.level ?? '', themes: c.themes }
}

const isFreeText = (q: BenchQuery) => q.kind === 'free3'

function countFacets(docs: Iterable<Doc>): number {
  const counts = new Map<string, number>()
  for (const d of docs) {
    for (const key of [`c:${d.city}`, `p:${d.province}`, `y:${d.year}`, `l:${d.level}`, ...d.themes.map((t) => `t:${t}`)]) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts.size
}

export function miniSearchBench(): BenchEngine {
  let index: MiniSearch<Doc>
  const filterOf = (q: BenchQuery) => {
    const { city, year } = q.filters
    if (!city && !year) return undefined
    return (r: { city?: string; year?: number }) => (!city || city.includes(r.city!)) && (!year || year.includes(r.year!))
  }
  const run = (q: BenchQuery) =>
    index.search(q.text, { combineWith: isFreeText(q) ? 'OR' : 'AND', filter: filterOf(q) as never })
  return {
    name: 'MiniSearch 7 (Intl.Segmenter)',
    async build(build) {
      index = new MiniSearch<Doc>({
        fields: ['heading', 'text'],
        storeFields: ['city', 'province', 'year', 'level', 'themes'],
        tokenize: icuWords,
        processTerm: (t) => normalizeForMatch(t),
        searchOptions: { boost: { heading: 2 }, prefix: false, fuzzy: false },
      })
      index.addAll(build.clauses.map(toDoc))
    },
    async firstPage(q) {
      const results = run(q)
      if (q.facets) countFacets(results as unknown as Doc[])
      results.slice(0, PAGE)
      return results.length
    },
    allIds: async (q) => run(q).map((r) => String(r.id)),
    close: async () => undefined,
  }
}

export function oramaBench(): BenchEngine {
  let db: AnyOrama
  const facets = { city: { limit: 500 }, province: { limit: 100 }, year: { limit: 100 }, level: { limit: 10 }, themes: { limit: 100 } }
  const params = (q: BenchQuery, limit: number) => {
    const where: Record<string, unknown> = {}
    if (q.filters.city) where.city = { in: q.filters.city }
    if (q.filters.year) where.year = { in: q.filters.year }
    return {
      term: q.text,
      properties: ['heading', 'text'],
      boost: { heading: 2 },
      // threshold 0: every token of the term must match (AND); 1: any token (free text).
      threshold: isFreeText(q) ? 1 : 0,
      limit,
      ...(Object.keys(where).length > 0 ? { where } : {}),
      ...(q.facets ? { facets } : {}),
    }
  }
  return {
    name: 'Orama 3 (@orama/tokenizers/mandarin)',
    async build(build) {
      db = create({
        schema: { id: 'string', heading: 'string', text: 'string', city: 'enum', province: 'enum', year: 'enum', level: 'enum', themes: 'enum[]' },
        components: { tokenizer: await createTokenizer() },
      }) as AnyOrama
      await insertMultiple(db, build.clauses.map(toDoc) as never[], 2000)
    },
    firstPage: async (q) => ((await search(db, params(q, PAGE) as never)) as { count: number }).count,
    allIds: async (q) => ((await search(db, params(q, 10_000_000) as never)) as { hits: { id: string }[] }).hits.map((h) => h.id),
    close: async () => undefined,
  }
}
