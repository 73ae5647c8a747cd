import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeForMatch } from '../../../indexer/normalize.js'
import { createSegmenter } from '../../../indexer/segment/segmenter.js'
import { parseQuery } from '../../query/parse-query.js'
import { clauseSearchText } from '../char-grams.js'
import { toClauseDoc } from './documents.js'
import type { MeiliClauseDoc } from './documents.js'
import {
  browseSort, candidateQueries, compareRanked, computeFacets, evaluate, exactPhraseQuery, matchesFacetFilters, pageWindow, planSearch,
} from './query.js'
import { isCandidateListCut } from './search.js'
import type { Candidate, Ranked } from './query.js'
import { corpusTestBuild } from '../../../test/fixtures/meili-test-records.js'
import type { SearchFilters, SearchQuery } from '../types.js'

const tokenizer = createSegmenter()
const build = corpusTestBuild()
const docs: MeiliClauseDoc[] = build.clauses.map((c, i) => toClauseDoc(c, i, tokenizer))

function query(raw: string, extra: Partial<SearchQuery> = {}): SearchQuery {
  return { query: parseQuery(raw, tokenizer), filters: {}, mode: 'keyword', sort: 'relevance', offset: 0, limit: 20, facets: false, ...extra }
}

/**
 * Meilisearch's phrase matching on our character fields, as documented: words are positions, a hard
 * separator (our `.`) puts 8 positions between its neighbours, and a quoted phrase matches
 * consecutive positions within one attribute.
 */
function positions(field: string): Map<string, number[]> {
  const out = new Map<string, number[]>()
  let pos = 0
  for (const token of field.split(' ')) {
    if (token === '') continue
    if (token === '.') {
      pos += 7
      continue
    }
    out.set(token, [...(out.get(token) ?? []), pos])
    pos++
  }
  return out
}

function phraseIn(field: string, phrase: string[]): boolean {
  const pos = positions(field)
  return (pos.get(phrase[0]) ?? []).some((p) => phrase.every((w, i) => (pos.get(w) ?? []).includes(p + i)))
}

/** Would Meilisearch return this document for `q` (every quoted phrase in some searched attribute)? */
function meiliCandidate(doc: MeiliClauseDoc, q: string): boolean {
  const phrases = [...q.matchAll(/"([^"]*)"/g)].map((m) => m[1].split(' '))
  const fields = [doc.headingChars, doc.textChars, ...Object.values(doc.textCharsMore ?? {})]
  return phrases.every((p) => fields.some((f) => phraseIn(f, p)))
}

/**
 * The ids the adapter returns for a keyword query: Meilisearch's own matches when the plan trusts
 * them (exact), else the union of candidates, then the exact check.
 */
function adapterIds(raw: string): string[] {
  const q = query(raw)
  const plan = planSearch(q)
  if (plan.kind === 'exact') return docs.filter((d) => meiliCandidate(d, plan.q)).map((d) => d.id)
  if (plan.kind !== 'verify') return []
  return docs
    .filter((d) => plan.branches.some((b) => meiliCandidate(d, b)))
    .filter((d) => evaluate(q.query, d.norm, d.hnorm).ok)
    .map((d) => d.id)
}

function substringIds(match: string): string[] {
  return build.clauses.filter((c) => normalizeForMatch(clauseSearchText(c)).includes(match)).map((c) => c.id)
}

describe('planSearch', () => {
  it('answers a query of punctuation with the parser\'s reason and no request', () => {
    const plan = planSearch(query('，，，'))
    expect(plan).toEqual({ kind: 'empty', reason: '查询只包含标点或符号，没有可搜索的文字，请输入词语，例如 双减。' })
  })

  it('browses in document order when there is no term', () => {
    expect(planSearch(query(''))).toEqual({ kind: 'browse' })
    expect(browseSort('relevance')).toEqual(['seq:asc'])
    expect(browseSort('date')).toEqual(['year:desc', 'seq:asc'])
    expect(browseSort('date-asc')).toEqual(['year:asc', 'seq:asc'])
  })

  it('matches nothing when a group has no letter or digit, like the SQLite engine', () => {
    const q = query('双减')
    q.query.groups.push([{ kind: 'phrase', text: '——', match: '——' }])
    expect(planSearch(q)).toEqual({ kind: 'empty' })
  })

  it('searches a short term as one phrase of single characters', () => {
    expect(planSearch(query('双减', { sort: 'date' }))).toEqual({ kind: 'verify', branches: ['"双 减"'] })
  })

  it('ANDs terms in one candidate query and splits an OR group into branches', () => {
    expect(candidateQueries(query('集团化办学 优质均衡').query)).toEqual(['"集 团 化 办 学" "优 质 均 衡"'])
    expect(candidateQueries(query('双减 课后服务 OR 延时服务').query)).toEqual([
      '"双 减" "课 后 服 务"',
      '"双 减" "延 时 服 务"',
    ])
  })

  it('splits a phrase with punctuation into runs, and leaves exclusions to the exact check', () => {
    expect(candidateQueries(query('"2024-2035" -双减').query)).toEqual(['"2 0 2 4" "2 0 3 5"'])
  })

  it('makes one branch per word of free text', () => {
    expect(candidateQueries(query('提高教师待遇和学校安全').query)).toEqual(['"提 高"', '"教 师 待 遇"', '"学 校"', '"安 全"'])
  })

  it('browses the filtered clauses and checks them when the query only excludes', () => {
    expect(planSearch(query('-双减'))).toEqual({ kind: 'verify', branches: [''] })
  })

  it('uses Meilisearch\'s hybrid search for semantic and hybrid modes', () => {
    expect(planSearch(query('双减', { mode: 'semantic' }))).toEqual({ kind: 'vector', q: '', semanticRatio: 1 })
    // Two short terms are a phrase query: its semantic side weighs 0.5, as the SQLite engine's fusion (rank-fusion.ts).
    expect(planSearch(query('课后服务 作业', { mode: 'hybrid' }))).toEqual({ kind: 'vector', q: '课后服务 作业', semanticRatio: 0.5 })
    // A question weighs its semantic side as the SQLite engine's fusion does for its query type (rank-fusion.ts).
    expect(planSearch(query('学校缺老师怎么办', { mode: 'hybrid' }))).toMatchObject({ kind: 'vector', semanticRatio: 0.5 })
  })
})

describe('keyword search through the adapter (Meilisearch phrase model + exact check)', () => {
  const terms = ['双减', '课后服务', '劳动教育', '思政课', '集团化办学', '2025年', '教育', '党', '减', '作业', '心理健康', '"五项管理"', '“双减”']

  it.each(terms)('returns exactly the clauses containing %s', (term) => {
    const match = parseQuery(term, tokenizer).groups[0][0] as { match: string }
    const expected = substringIds(match.match)
    expect(adapterIds(term)).toEqual(expected)
  })

  it('finds the real counts of the test corpus', () => {
    expect([adapterIds('双减').length, adapterIds('课后服务').length, adapterIds('集团化办学').length]).toEqual([11, 7, 5])
  })

  it('ANDs, ORs and excludes exactly', () => {
    const has = (id: string, s: string) => normalizeForMatch(clauseSearchText(build.clauses.find((c) => c.id === id)!)).includes(s)
    const all = build.clauses.map((c) => c.id)
    expect(adapterIds('双减 作业')).toEqual(all.filter((id) => has(id, '双减') && has(id, '作业')))
    expect(adapterIds('双减 OR 课后服务')).toEqual(all.filter((id) => has(id, '双减') || has(id, '课后服务')))
    expect(adapterIds('课后服务 -双减')).toEqual(all.filter((id) => has(id, '课后服务') && !has(id, '双减')))
  })

  it('finds any substring of any clause, one character included (property)', () => {
    // Runs that draw only punctuation or a quote check nothing: count the ones that did check.
    let checked = 0
    fc.assert(
      fc.property(fc.nat(build.clauses.length - 1), fc.nat(500), fc.integer({ min: 1, max: 24 }), (k, startSeed, len) => {
        const norm = normalizeForMatch(clauseSearchText(build.clauses[k]))
        const start = startSeed % norm.length
        const piece = norm.slice(start, start + len)
        if (!/[\p{L}\p{N}]/u.test(piece) || piece.includes('"')) return
        const ids = adapterIds(`"${piece}"`)
        const match = parseQuery(`"${piece}"`, tokenizer).groups[0]?.[0]
        if (!match || match.kind !== 'phrase') return
        expect(ids).toContain(build.clauses[k].id)
        expect(ids).toEqual(substringIds(match.match))
        checked++
      }),
      { numRuns: 300 },
    )
    expect(checked).toBeGreaterThanOrEqual(240)
  }, 60_000)
})

describe('evaluate', () => {
  const doc = docs.find((d) => d.text.startsWith('持续巩固“双减”成效'))!

  it('counts the words of free text found in the text and in the heading', () => {
    const parsed = parseQuery('双减 课后服务 OR 高考', tokenizer)
    expect(evaluate(parsed, doc.norm, doc.hnorm)).toEqual({ ok: true, matched: 2, inHeading: 1 })
  })

  it('drops a clause containing an excluded term', () => {
    expect(evaluate(parseQuery('双减 -作业', tokenizer), doc.norm, doc.hnorm).ok).toBe(false)
  })

  it('matches free text by its longer words only, and counts a single character found with them', () => {
    const parsed = parseQuery('人工智能进课堂', tokenizer)
    expect(evaluate(parsed, '推进教育高质量发展', '')).toEqual({ ok: false, matched: 1, inHeading: 0 })
    expect(evaluate(parsed, '推进人工智能教育', '')).toEqual({ ok: true, matched: 2, inHeading: 0 })
    expect(candidateQueries(parsed)).toEqual(candidateQueries(parseQuery('人工智能 OR 课堂', tokenizer)))
  })
})

describe('computeFacets', () => {
  const filters: SearchFilters = { city: ['江门市'], year: [2024] }
  const cands: Candidate[] = docs.filter((d) => evaluate(parseQuery('双减', tokenizer), d.norm, d.hnorm).ok)

  function handCount(field: 'city' | 'year', except: SearchFilters): Map<string, number> {
    const counts = new Map<string, number>()
    for (const d of cands) {
      if (field === 'city' && except.year && !except.year.includes(d.year!)) continue
      if (field === 'year' && except.city && !except.city.includes(d.city!)) continue
      const v = d[field]
      if (v !== null) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1)
    }
    return counts
  }

  it('counts each facet without its own filter and with the others (disjunctive)', () => {
    const facets = computeFacets(cands, filters)
    expect(new Map(facets.city.map((f) => [f.value, f.count]))).toEqual(handCount('city', filters))
    expect(new Map(facets.year.map((f) => [f.value, f.count]))).toEqual(handCount('year', filters))
    expect(facets.city).toEqual([{ value: '江门市', count: cands.filter((d) => d.year === 2024).length }])
    expect(facets.year.map((f) => f.value)).toEqual(['2024'])
  })

  it('counts every theme of a clause and sorts by count, then value', () => {
    const facets = computeFacets(cands, {})
    const counts = facets.theme.map((f) => f.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    const shuangjian = cands.filter((d) => d.themes.includes('双减')).length
    expect(facets.theme.find((f) => f.value === '双减')?.count).toBe(shuangjian)
  })

  it('applies year ranges and drops unknown years', () => {
    const d = docs.find((c) => c.year === null)!
    expect(matchesFacetFilters(d, { yearFrom: 2000 })).toBe(false)
    expect(matchesFacetFilters(d, { yearFrom: 2000 }, 'year')).toBe(true)
  })
})

describe('compareRanked', () => {
  const mk = (matched: number, inHeading: number, score: number, year: number | null, seq: number): Ranked => ({
    doc: { ...docs[0], year, seq, _rankingScore: score },
    evaluation: { ok: true, matched, inHeading },
  })

  it('ranks more terms, then heading matches, then Meilisearch\'s score, then newer plans', () => {
    const list = [mk(1, 0, 0.9, 2025, 0), mk(2, 0, 0.1, 2020, 1), mk(1, 1, 0.1, 2020, 2), mk(1, 0, 0.9, null, 3), mk(1, 0, 0.9, 2024, 4)]
    expect(list.sort(compareRanked('relevance')).map((r) => r.doc.seq)).toEqual([1, 2, 0, 4, 3])
  })

  it('ranks a heading-only clause below clauses with text that match as many terms, even with its match in the heading', () => {
    const title = { ...mk(1, 1, 0.9, 2025, 0), doc: { ...mk(1, 1, 0.9, 2025, 0).doc, outlineOnly: true, withText: 0 as const } }
    const list = [title, mk(1, 0, 0.1, 2020, 1), mk(2, 0, 0.1, 2020, 2)]
    expect(list.sort(compareRanked('relevance')).map((r) => r.doc.seq)).toEqual([2, 1, 0])
  })

  it('ranks a heading printed with nothing under it (withText 0, not outline-only) below a clause with text, as SQLite does', () => {
    const heading = { ...mk(1, 1, 0.9, 2025, 0), doc: { ...mk(1, 1, 0.9, 2025, 0).doc, outlineOnly: false, withText: 0 as const } }
    const list = [heading, mk(1, 0, 0.1, 2020, 1)]
    expect(list.sort(compareRanked('relevance')).map((r) => r.doc.seq)).toEqual([1, 0])
  })

  it('orders by date: newest year first, unknown years last, then document order', () => {
    const list = [mk(1, 0, 0, 2024, 5), mk(1, 0, 0, null, 1), mk(1, 0, 0, 2025, 9), mk(1, 0, 0, 2024, 2)]
    expect(list.sort(compareRanked('date')).map((r) => r.doc.seq)).toEqual([9, 2, 5, 1])
  })

  it('orders by date-asc: oldest year first, unknown years still last, then document order', () => {
    const list = [mk(1, 0, 0, 2024, 5), mk(1, 0, 0, null, 1), mk(1, 0, 0, 2025, 9), mk(1, 0, 0, 2024, 2)]
    expect(list.sort(compareRanked('date-asc')).map((r) => r.doc.seq)).toEqual([2, 5, 9, 1])
  })
})

describe('pageWindow', () => {
  it('uses exhaustive page numbers when the offset is a multiple of the limit', () => {
    expect(pageWindow(40, 20)).toEqual({ page: 3, hitsPerPage: 20, skip: 0 })
  })

  it('fetches from the start and skips otherwise', () => {
    expect(pageWindow(5, 20)).toEqual({ page: 1, hitsPerPage: 25, skip: 5 })
  })
})

describe('exactPhraseQuery (Meilisearch counts by itself)', () => {
  it('trusts runs of Chinese characters, ANDed, in relevance order', () => {
    expect(exactPhraseQuery(query('教育'))).toBe('"教 育"')
    expect(exactPhraseQuery(query('"五项管理"'))).toBe('"五 项 管 理"')
    expect(exactPhraseQuery(query('集团化办学 优质均衡'))).toBe('"集 团 化 办 学" "优 质 均 衡"')
  })

  it('checks everything else on the candidates: punctuation, digits, OR, exclusions, date order, groups', () => {
    expect(exactPhraseQuery(query('"2024-2035"'))).toBeNull()
    expect(exactPhraseQuery(query('2025年'))).toBeNull()
    expect(exactPhraseQuery(query('双减 OR 课后服务'))).toBeNull()
    expect(exactPhraseQuery(query('课后服务 -双减'))).toBeNull()
    expect(exactPhraseQuery(query('双减', { sort: 'date' }))).toBeNull()
    expect(exactPhraseQuery(query('双减', { groupByPlan: { perPlan: 3 } }))).toBeNull()
    expect(exactPhraseQuery(query('双减', { mode: 'hybrid' }))).toBeNull()
    expect(exactPhraseQuery(query('教'.repeat(49)))).toBeNull()
  })
})

describe('isCandidateListCut', () => {
  const hits = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i) }))
  it('says the list is cut when it is as long as the cap or Meilisearch estimates more', () => {
    expect(isCandidateListCut({ hits: hits(20_000), estimatedTotalHits: 20_000 }, 20_000)).toBe(true)
    expect(isCandidateListCut({ hits: hits(3), estimatedTotalHits: 412_000 }, 20_000)).toBe(true)
    expect(isCandidateListCut({ hits: hits(3), estimatedTotalHits: 3 }, 20_000)).toBe(false)
  })
})
