/**
 * Frequent grams change no answer: on the bundled corpus, an index storing the doclists and first pages of
 * every character pair in 10 or more clauses answers exactly as an index storing none (every doclist from
 * FTS5, every ranking computed), for the pairs themselves and for queries that use them with filters,
 * paging, sorting, grouping, free text and exclusions. The facet cache gives the counts the full path gives.
 */
import fs from 'node:fs'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IndexBuild } from '../../../indexer/types.js'
import { keywordQuery, loadCorpusBuild, tempIndexPath, testSegmenter } from '../../../test/fixtures/engine-fixtures.js'
import type { SearchEngine, SearchQuery } from '../types.js'
import { FrequentGrams, PAGES_RANKING_KEY } from './frequent-grams.js'
import { openSqliteEngine } from './sqlite-engine.js'

let build: IndexBuild
let stored: SearchEngine
let computed: SearchEngine
let cached: SearchEngine
let storedFile: string
/** The stored pairs, most frequent first. */
let pairs: string[]

beforeAll(async () => {
  build = await loadCorpusBuild()
  storedFile = tempIndexPath()
  stored = await openSqliteEngine({ path: storedFile, tokenizer: testSegmenter(), matchCache: 0, frequentGramMinDocs: 10 })
  await stored.replaceAll(build)
  computed = await openSqliteEngine({ path: tempIndexPath(), tokenizer: testSegmenter(), matchCache: 0, frequentGramMinDocs: Number.MAX_SAFE_INTEGER })
  await computed.replaceAll(build)
  cached = await openSqliteEngine({ path: tempIndexPath(), tokenizer: testSegmenter(), frequentGramMinDocs: 10 })
  await cached.replaceAll(build)
  const db = new Database(storedFile, { readonly: true })
  pairs = (db.prepare('SELECT expr FROM frequent_grams ORDER BY docs DESC, expr').pluck().all() as string[]).map((expr) => expr.slice(1, -1))
  db.close()
}, 60_000)
afterAll(async () => {
  await Promise.all([stored?.close(), computed?.close(), cached?.close()])
})

async function expectSameAnswer(query: SearchQuery): Promise<void> {
  expect(await stored.search(query)).toEqual(await computed.search(query))
}

describe('Frequent grams', () => {
  it('are stored for the pairs in 10 or more clauses, 教育 and 工作 among them, with their exact clause counts', async () => {
    expect(pairs.length).toBeGreaterThan(100)
    expect(pairs).toContain('教育')
    expect(pairs).toContain('工作')
    const db = new Database(storedFile, { readonly: true })
    const frequent = new FrequentGrams(db)
    for (const pair of ['教育', '工作']) {
      const { total } = await computed.search(keywordQuery(`"${pair}"`, { limit: 0 }))
      expect(frequent.docs(`"${pair}"`)).toBe(build.clauses.filter((c) => `${c.heading}\n${c.text}`.includes(pair)).length)
      expect(frequent.firstPages(`"${pair}"`)!.total).toBe(total)
    }
    db.close()
  })

  it('give the same first page, scores, total and facets as the full ranking for every stored pair', async () => {
    for (const pair of pairs) await expectSameAnswer(keywordQuery(pair, { limit: 20, facets: true }))
  })

  it('give the same pages within and beyond the stored head, and the whole result in order', async () => {
    for (const pair of pairs.slice(0, 10)) {
      for (const [offset, limit] of [[0, 200], [180, 40], [200, 20], [300, 50], [0, 10_000]]) {
        await expectSameAnswer(keywordQuery(pair, { offset, limit }))
      }
    }
  })

  it('give the same answer with filters, a date sort, plan groups and excluded clauses', async () => {
    const years = [...new Set(build.clauses.map((c) => c.year!).filter(Boolean))]
    const cities = [...new Set(build.clauses.map((c) => c.city!).filter(Boolean))]
    for (const pair of pairs.slice(0, 10)) {
      await expectSameAnswer(keywordQuery(pair, { limit: 20, facets: true, filters: { year: [years[0]] } }))
      await expectSameAnswer(keywordQuery(pair, { limit: 20, facets: true, filters: { city: [cities[0]], theme: ['德育'] } }))
      await expectSameAnswer(keywordQuery(pair, { limit: 20, sort: 'date' }))
      await expectSameAnswer(keywordQuery(pair, { limit: 20, sort: 'date-asc', facets: true }))
      await expectSameAnswer(keywordQuery(pair, { limit: 5, groupByPlan: { perPlan: 3 } }))
      await expectSameAnswer(keywordQuery(pair, { limit: 20, excludeIds: [build.clauses[0].id, build.clauses[5].id] }))
    }
  })

  it('give the same answer to free text, several phrases and exclusions built from frequent pairs', async () => {
    const [a, b, c, d] = pairs
    for (const raw of [`${a}${b}${c}`, `"${a}" "${b}"`, `${a} -${b}`, `"${a}${b}"`, `${c}${d} ${a}`, `"${a}" OR "${d}"`, '加强学校管理', '推进教育高质量发展']) {
      await expectSameAnswer(keywordQuery(raw, { limit: 20, facets: true }))
      await expectSameAnswer(keywordQuery(raw, { limit: 20, filters: { year: [2024] } }))
    }
  })

  it('are not served once the ranking rules that computed them have changed: the full ranking answers', async () => {
    const file = tempIndexPath()
    fs.copyFileSync(storedFile, file)
    const db = new Database(file)
    db.prepare("UPDATE meta SET value = 'an older ranking' WHERE key = ?").run(PAGES_RANKING_KEY)
    expect(new FrequentGrams(db).firstPages('"教育"')).toBeNull()
    // A page that would be wrong if it were still read: the stored head emptied.
    db.prepare("UPDATE frequent_pages SET head = x'', scores = x'' WHERE expr = '\"教育\"'").run()
    db.close()
    const stale = await openSqliteEngine({ path: file, tokenizer: testSegmenter(), matchCache: 0 })
    const query = keywordQuery('教育', { limit: 20, facets: true })
    expect(await stale.search(query)).toEqual(await computed.search(query))
    await stale.close()
  })

  it('leave an index without the table unreadable: an older index asks for `npm run index`', async () => {
    const file = tempIndexPath()
    fs.copyFileSync(storedFile, file)
    const db = new Database(file)
    db.prepare("UPDATE meta SET value = '2' WHERE key = 'schema_version'").run()
    db.close()
    const old = await openSqliteEngine({ path: file })
    expect((await old.health()).reason).toMatch(/schema 2, expected 6\)\. Run `npm run index`/)
    await old.close()
  })
})

describe('Facet cache', () => {
  it('gives each match set and filter its own counts, equal to the counts computed afresh', async () => {
    const queries = ['教育', '工作', '加强学校管理'].flatMap((raw) => [
      keywordQuery(raw, { limit: 20, facets: true }),
      keywordQuery(raw, { limit: 20, facets: true, filters: { year: [2024] } }),
      keywordQuery(raw, { limit: 20, facets: true, filters: { year: [2025] } }),
      keywordQuery(raw, { limit: 20, facets: true, excludeIds: [build.clauses[1].id] }),
    ])
    for (let round = 0; round < 2; round++) {
      for (const query of queries) expect((await cached.search(query)).facets).toEqual((await computed.search(query)).facets)
    }
  })

  it('returns counts a caller may change without changing the next answer', async () => {
    const query = keywordQuery('学校', { limit: 20, facets: true, filters: { year: [2024] } })
    const first = await cached.search(query)
    first.facets!.city.length = 0
    expect((await cached.search(query)).facets).toEqual((await computed.search(query)).facets)
  })

  it('is dropped with the index it was computed on', async () => {
    const query = keywordQuery('学校', { limit: 20, facets: true })
    await cached.search(query)
    const half: IndexBuild = { ...build, clauses: build.clauses.filter((_, i) => i % 2 === 0) }
    await cached.replaceAll(half)
    const fresh = await openSqliteEngine({ path: tempIndexPath(), tokenizer: testSegmenter(), matchCache: 0 })
    await fresh.replaceAll(half)
    expect((await cached.search(query)).facets).toEqual((await fresh.search(query)).facets)
    expect((await cached.search(query)).total).toBe((await fresh.search(query)).total)
    await fresh.close()
    await cached.replaceAll(build)
  })
})
