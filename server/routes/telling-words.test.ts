/**
 * A question typed as a sentence, matched by its telling words on each engine over the bundled corpus: the same clauses
 * on SQLite, its worker pool and (when MEILI_URL is set) Meilisearch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IndexBuild } from '../../indexer/types.js'
import { ids, keywordQuery, loadCorpusBuild, meiliFactory, scanContaining, sqliteFactory, testSegmenter, workerPoolFactory, type EngineFactory } from '../../test/fixtures/engine-fixtures.js'
import type { SearchEngine } from '../engine/types.js'
import { parseQuery } from '../query/parse-query.js'
import { prepareQuery } from './search-request.js'
import { byTellingWords } from './telling-words.js'

const MEILI_SKIPPED = process.env.MEILI_URL ? null : 'skipped: MEILI_URL is not set'

function tellingWordsOf(factory: EngineFactory) {
  let build: IndexBuild
  let engine: SearchEngine
  const tokenizer = testSegmenter()
  beforeAll(async () => {
    build = await loadCorpusBuild()
    engine = await factory.create(build)
  })
  afterAll(async () => engine?.close())

  const holdingAny = (words: string[]) => build.clauses.filter((c) => words.some((w) => scanContaining([c], w).length === 1))
  const matched = async (raw: string) => {
    const prepared = await prepareQuery(raw, 'keyword', tokenizer, null, engine)
    const result = await engine.search({ ...keywordQuery('', { limit: 1000 }), query: prepared.parsed })
    return { total: result.total, clauses: ids(result.hits.map((h) => h.clause)) }
  }

  it('matches 职业学校毕业好找工作吗 by 职业 and 毕业, not every clause holding 学校 or 工作 (221 of 343 before)', async () => {
    const { total, clauses } = await matched('职业学校毕业好找工作吗')
    expect(total).toBe(31)
    expect(clauses).toEqual(ids(holdingAny(['职业', '毕业'])))
  })

  it('keeps the common words matching when the telling ones fill less than a page: 学校怎么防流感传染病 (流感, 传染病: 3 clauses)', async () => {
    const { total, clauses } = await matched('学校怎么防流感传染病')
    expect(total).toBe(154)
    expect(clauses).toEqual(ids(holdingAny(['学校', '流感', '传染病'])))
  })

  it('leaves a short term typed alone matching every clause that contains it: 学校', async () => {
    const parsed = parseQuery('学校', tokenizer)
    expect(await byTellingWords(parsed, engine)).toBe(parsed)
    expect((await matched('学校')).total).toBe(scanContaining(build.clauses, '学校').length)
  })
}

describe.each([sqliteFactory, workerPoolFactory])('byTellingWords: $name', tellingWordsOf)
describe.skipIf(MEILI_SKIPPED !== null)(`byTellingWords: ${meiliFactory.name}${MEILI_SKIPPED ? ` (${MEILI_SKIPPED})` : ''}`, () => tellingWordsOf(meiliFactory))
