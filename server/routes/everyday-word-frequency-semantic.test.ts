/**
 * A typed everyday word the plans say otherwise (老师: 教师), counted by BM25 in hybrid and keyword mode, with the real
 * model over the bundled corpus.
 */
import { describe, expect, it } from 'vitest'
import { modelForTests } from '../testing/model-for-tests.js'
import { useSemanticCorpusApp } from '../testing/semantic-corpus-app.js'

const TEACHER_POSTS = '2024-shi-jiaoyuju-gongzuo-yaodian-0aa782-3-34'
const TEACHER_RIGHTS = 'jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-4-14'
const TEACHER_PAY = 'daxinganling-2024-quanqu-jiaoyu-gongzuo-yaodian-4-24'
const TEACHER_ETHICS = 'daxinganling-2024-quanqu-jiaoyu-gongzuo-yaodian-4-21'

describe.skipIf(modelForTests().skipped)('a typed word as common as the plans\' word for it', () => {
  const corpus = useSemanticCorpusApp()
  const ids = async (q: string, mode: 'keyword' | 'hybrid', n: number) => (await corpus.search(q, mode)).hits.slice(0, n).map((h) => h.id)

  it('ranks for 老师有没有编制 in hybrid mode the clauses on teachers\' posts and pay first, not the 师德 clause saying 好老师 once', async () => {
    // Before: 加强师资队伍保障 (编制, 缺编), 强化师德建设 (好老师: 老师 is in 2 of 343 clauses, so BM25 made it the rarest
    // word asked), 落实教师权益保障 (在编与非在编), 强化教师待遇保障.
    expect(await ids('老师有没有编制', 'hybrid', 3)).toEqual([TEACHER_POSTS, TEACHER_RIGHTS, TEACHER_PAY])
    expect(await ids('老师有没有编制', 'hybrid', 5)).not.toContain(TEACHER_ETHICS)
  })

  it('orders the clauses holding two words of 老师有没有编制 in keyword mode with 编制 first, the 师德 clause third', async () => {
    // Same tier (two words each); before, BM25 put 强化师德建设 (老师 教师) first, above 加强师资队伍保障 (编制 教师).
    expect(await ids('老师有没有编制', 'keyword', 3)).toEqual([TEACHER_POSTS, 'quanzhou-2025-jiaoyu-gongzuo-yaodian-4-14', TEACHER_ETHICS])
  })
})
