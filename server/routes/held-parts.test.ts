/**
 * The held parts asked of each engine over the bundled corpus: the same parts, and the same clauses found with them,
 * on SQLite, its worker pool and (when MEILI_URL is set) Meilisearch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IndexBuild } from '../../indexer/types.js'
import {
  ids,
  keywordQuery,
  loadCorpusBuild,
  meiliFactory,
  scanContaining,
  sqliteFactory,
  testSegmenter,
  workerPoolFactory,
  type EngineFactory,
} from '../../test/fixtures/engine-fixtures.js'
import type { ParsedQuery, SearchEngine } from '../engine/types.js'
import { withHeldParts } from '../query/held-parts.js'
import { parseQuery } from '../query/parse-query.js'
import { askHeldParts } from './held-parts.js'
import { byHeldParts, prepareQuery, queriesForModes } from './search-request.js'

const MEILI_SKIPPED = process.env.MEILI_URL ? null : 'skipped: MEILI_URL is not set'
/** The one clause of the corpus that says 学费: 免除普通高中学生学费. */
const TUITION = 'daxinganling-2024-quanqu-jiaoyu-gongzuo-yaodian-3-14'

function heldPartsOf(factory: EngineFactory) {
  let build: IndexBuild
  let engine: SearchEngine
  const tokenizer = testSegmenter()
  beforeAll(async () => {
    build = await loadCorpusBuild()
    engine = await factory.create(build)
  })
  afterAll(async () => engine?.close())

  it('reads each typed word no clause holds as the parts some clause holds, and leaves the others', async () => {
    const typed = ['上高中要不要交学费', '学生踢足球', '孩子上幼儿园', '双减政策落实情况怎么样'].map((q) => parseQuery(q, tokenizer))
    expect(await askHeldParts(typed, engine, tokenizer)).toEqual(
      new Map([
        ['交学费', ['学费']],
        ['踢足球', ['足球']],
      ]),
    )
  })

  it('finds the clause that says 免除普通高中学生学费 for 上高中要不要交学费: every clause holding 高中 or 学费', async () => {
    const typed = parseQuery('上高中要不要交学费', tokenizer)
    const query = withHeldParts(typed, await askHeldParts([typed], engine, tokenizer))
    const result = await engine.search({ ...keywordQuery(''), query })
    const expected = [...new Set([...scanContaining(build.clauses, '高中'), ...scanContaining(build.clauses, '学费')])]
    expect(ids(result.hits.map((h) => h.clause))).toEqual(ids(expected))
    expect(result.hits.map((h) => h.clause.id)).toContain(TUITION)
  })

  it('reads a short term typed alone for its parts, and a quoted one not: 交学费, "交学费"', async () => {
    expect(await askHeldParts([parseQuery('交学费', tokenizer)], engine, tokenizer)).toEqual(new Map([['交学费', ['学费']]]))
    expect(await askHeldParts([parseQuery('"交学费"', tokenizer)], engine, tokenizer)).toEqual(new Map())
  })
}

describe.each([sqliteFactory, workerPoolFactory])('askHeldParts: $name', heldPartsOf)
describe.skipIf(MEILI_SKIPPED !== null)(`askHeldParts: ${meiliFactory.name}${MEILI_SKIPPED ? ` (${MEILI_SKIPPED})` : ''}`, () => heldPartsOf(meiliFactory))

describe('byHeldParts and prepareQuery with the engine', () => {
  let engine: SearchEngine
  const tokenizer = testSegmenter()
  beforeAll(async () => {
    engine = await sqliteFactory.create(await loadCorpusBuild())
  })
  afterAll(async () => engine?.close())
  const strings = (query: ParsedQuery) => query.groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))

  it('searches 学费 beside 交学费 in hybrid mode, and the clause that says it is among the first ten of its words', async () => {
    const typed = parseQuery('上高中要不要交学费', tokenizer)
    const searched = await byHeldParts(typed, typed, tokenizer, engine)
    expect(strings(searched)).toEqual(['上', '高中', '交学费', '学费'])
    expect(searched.highlight).toEqual(['交学费', '学费', '高中', '上'])
    const result = await engine.search({ ...keywordQuery(''), query: searched, limit: 10 })
    expect(result.hits.map((h) => h.clause.id)).toContain(TUITION)
  })

  it('gives the evaluation and the tuning sweeps the query the server searches in each mode: 上高中要不要交学费 with 学费 in hybrid', async () => {
    // test/eval/tune-*.ts widened the vocabulary alone, so they tuned hybrid mode on a query without the held parts.
    const queries = await queriesForModes(parseQuery('上高中要不要交学费', tokenizer), tokenizer, engine)
    expect([strings(queries.keyword), strings(queries.hybrid), queries.vectorText]).toEqual([
      ['上', '高中', '交学费', '收费', '资助', '学费'],
      ['上', '高中', '交学费', '学费', '收费', '资助'],
      '上高中要不要交学费 收费 资助',
    ])
    expect(queries.keyword).toEqual((await prepareQuery('上高中要不要交学费', 'keyword', tokenizer, null, engine)).parsed)
  })

  it('leaves the query as it is without an engine to ask', async () => {
    const typed = parseQuery('上高中要不要交学费', tokenizer)
    expect(await byHeldParts(typed, typed, tokenizer)).toBe(typed)
  })

  it('leaves keyword mode as the vocabulary reads it: 两三岁的孩子能送幼儿园吗 searches no 三岁 there', async () => {
    const { parsed } = await prepareQuery('两三岁的孩子能送幼儿园吗', 'keyword', tokenizer, null, engine)
    expect(strings(parsed)).not.toContain('三岁')
    const typed = parseQuery('两三岁的孩子能送幼儿园吗', tokenizer)
    expect(strings(await byHeldParts(typed, typed, tokenizer, engine))).toEqual(['两三岁', '三岁', '送', '幼儿园'])
  })
})
