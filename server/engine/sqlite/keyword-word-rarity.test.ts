import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { keywordQuery, loadCorpusBuild, tempIndexPath, testSegmenter } from '../../../test/fixtures/engine-fixtures.js'
import type { SearchEngine } from '../types.js'
import { openSqliteEngine } from './sqlite-engine.js'

let engine: SearchEngine

beforeAll(async () => {
  engine = await openSqliteEngine({ path: tempIndexPath(), tokenizer: testSegmenter() })
  await engine.replaceAll(await loadCorpusBuild())
})
afterAll(async () => engine?.close())

const top = async (raw: string, n: number) => (await engine.search(keywordQuery(raw, { limit: n }))).hits.map((h) => h.clause.id)

describe('keyword ranking of a question with a word rare in the language (bundled corpus)', () => {
  it('ranks the three clauses saying 溺水 first for 学生溺水怎么预防, above those saying 学生 and 预防', async () => {
    // Before: 完善五育融合体系 (学生 and 预防, no 溺水) 2nd and 建设和谐平安的校园环境 (防溺水安全) 7th, below clauses
    // holding 学生 or 预防 in their heading too: every word counted alike.
    expect(await top('学生溺水怎么预防', 3)).toEqual([
      'quanzhou-2025-jiaoyu-gongzuo-yaodian-8-26',
      'rongcheng-2024-quanshi-jiaoyu-he-tiyu-gongzuo-yaodian-3-34',
      '2024-qu-jiaoyu-he-tiyu-ju-gongzuo-yaodian-cc7628-2-18',
    ])
  })

  it('ranks the three clauses saying 孤独症 first for 孤独症儿童能上普通学校吗, above 普通高中 and 儿童友好 ones', async () => {
    const ids = await top('孤独症儿童能上普通学校吗', 5)
    expect(ids.slice(0, 3).sort()).toEqual([
      'daxinganling-2024-quanqu-jiaoyu-gongzuo-yaodian-3-15',
      'jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-3-11',
      'quanzhou-2025-jiaoyu-gongzuo-yaodian-3-10',
    ])
    // The next: 优质普惠发展学前教育和特殊教育 (普通 儿童 学校), then 建设更多“儿童友好”的优质学校.
    expect(ids.slice(3)).toEqual(['2024-shi-jiaoyuju-gongzuo-yaodian-0aa782-2-7', 'changsha-2020-quanshi-jiaoyu-gongzuo-yaodian-2-2'])
  })
})
