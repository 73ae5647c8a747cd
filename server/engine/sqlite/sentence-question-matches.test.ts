import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClauseRecord } from '../../../indexer/types.js'
import { keywordQuery, loadCorpusBuild, scanContaining, tempIndexPath, testSegmenter } from '../../../test/fixtures/engine-fixtures.js'
import type { SearchEngine } from '../types.js'
import { openSqliteEngine } from './sqlite-engine.js'

let engine: SearchEngine
let clauses: ClauseRecord[]

beforeAll(async () => {
  const build = await loadCorpusBuild()
  clauses = build.clauses
  engine = await openSqliteEngine({ path: tempIndexPath(), tokenizer: testSegmenter() })
  await engine.replaceAll(build)
})
afterAll(async () => engine?.close())

const holdingAny = (words: string[]) => clauses.filter((c) => words.some((w) => scanContaining([c], w).length === 1)).map((c) => c.id).sort()
const matched = async (raw: string) => {
  const result = await engine.search(keywordQuery(raw, { limit: 1000 }))
  return { total: result.total, ids: result.hits.map((h) => h.clause.id).sort() }
}

describe('which clauses a question typed as a sentence matches in keyword mode (bundled corpus)', () => {
  it('matches 职业学校毕业好找工作吗 by 职业, 毕业 and 好找, not every clause holding 学校 or 工作', async () => {
    // Before: 221 of 343 clauses, the union of all five words; 学校 and 工作 are each in more than 30% of the clauses.
    const { total, ids } = await matched('职业学校毕业好找工作吗')
    expect(total).toBe(31)
    expect(ids).toEqual(holdingAny(['职业', '毕业', '好找']))
  })

  it('keeps the common words matching when the telling ones fill less than a page: 学校怎么防流感传染病 (流感, 传染病: 3 clauses)', async () => {
    const { total, ids } = await matched('学校怎么防流感传染病')
    expect(total).toBe(154)
    expect(ids).toEqual(holdingAny(['学校', '流感', '传染病']))
  })

  it('still matches every clause containing a short term typed alone: 学校', async () => {
    const { total, ids } = await matched('学校')
    expect(total).toBe(153)
    expect(ids).toEqual(holdingAny(['学校']))
  })
})
