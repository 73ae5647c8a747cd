import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClauseResponse, PlanResponse, SearchResponse } from '../api-types.js'
import { BUILD_FILES } from '../../indexer/build-files.js'
import { buildDirOf } from '../startup/index-build.js'
import { runIndexer } from '../startup/run-indexer.js'
import { removeTestData, startTestPortal, type TestPortal } from '../testing/test-portal.js'

const OLD = 'jingmen-2024-jiaoyuju-jiaoyu-gongzuo-yaodian'
const NEW = 'jingmen-2024-jiaoyuju-quanshi-jiaoyu-gongzuo-yaodian'

const plan = (title: string) =>
  `${title}\n\n一、加强党的建设\n1.深化理论武装。组织全市教师开展理论学习。\n2.夯实基层基础。创建党建示范校10所。\n` +
  `二、推进优质均衡\n3.扩大优质资源。新建学校5所。\n4.深化集团化办学。组建教育集团8个。\n\n荆门市教育局\n2024年2月20日\n`

let t: TestPortal
let dataDir: string

beforeAll(async () => {
  // The same file indexed twice into one build folder, its title read otherwise the second time: the plan id moves.
  dataDir = mkdtempSync(path.join(tmpdir(), 'moved-ids-test-'))
  const corpus = path.join(dataDir, 'corpus')
  mkdirSync(corpus)
  const file = path.join(corpus, 'plan.txt')
  writeFileSync(file, plan('荆门市教育局2024年教育工作要点'))
  await runIndexer({ inputs: [corpus], buildDir: buildDirOf(dataDir), embed: false })
  writeFileSync(file, plan('荆门市教育局2024年全市教育工作要点'))
  await runIndexer({ inputs: [corpus], buildDir: buildDirOf(dataDir), embed: false })
  t = await startTestPortal(dataDir, { corpusDir: corpus })
}, 120_000)
afterAll(async () => {
  await t?.close()
  removeTestData(dataDir)
})

const manual = { redirect: 'manual' } as const

describe('ids a re-index renamed', () => {
  it('answers an old clause id with 301 to the live clause, keeping the query, and the redirect leads to that clause', async () => {
    expect(t.build.plans.map((p) => p.id)).toEqual([NEW])
    const res = await t.get(`/api/clauses/${OLD}-2-4?q=${encodeURIComponent('集团化')}`, manual)
    expect([res.status, res.headers.get('location'), res.headers.get('cache-control')]).toEqual([301, `/api/clauses/${NEW}-2-4?q=%E9%9B%86%E5%9B%A2%E5%8C%96`, 'no-cache'])
    const followed = await t.get(`/api/clauses/${OLD}-2-4?q=${encodeURIComponent('集团化')}`)
    expect(followed.status).toBe(200)
    const body = (await followed.json()) as ClauseResponse
    expect([body.clause.id, body.clause.text, body.plan.id]).toEqual([`${NEW}-2-4`, '4.深化集团化办学。组建教育集团8个。', NEW])
  })

  it('answers the old plan id, its file and similar clauses with 301 to the live ones', async () => {
    const planRes = await t.get(`/api/plans/${OLD}`, manual)
    expect([planRes.status, planRes.headers.get('location')]).toEqual([301, `/api/plans/${NEW}`])
    expect(((await (await t.get(`/api/plans/${OLD}`)).json()) as PlanResponse).plan.title).toBe('荆门市教育局2024年全市教育工作要点')
    const fileRes = await t.get(`/api/plans/${OLD}/file`, manual)
    expect([fileRes.status, fileRes.headers.get('location')]).toEqual([301, `/api/plans/${NEW}/file`])
    const similar = await t.get(`/api/clauses/${OLD}-1-1/similar?limit=3`, manual)
    expect([similar.status, similar.headers.get('location')]).toEqual([301, `/api/clauses/${NEW}-1-1/similar?limit=3`])
  })

  it('sends a copied page link /c/<old> or /p/<old> to the page of the live id', async () => {
    const clausePage = await t.get(`/c/${OLD}-1-2?q=x`, manual)
    expect([clausePage.status, clausePage.headers.get('location'), clausePage.headers.get('cache-control')]).toEqual([301, `/c/${NEW}-1-2?q=x`, 'no-cache'])
    const planPage = await t.get(`/p/${OLD}`, manual)
    expect([planPage.status, planPage.headers.get('location')]).toEqual([301, `/p/${NEW}`])
    const live = await t.get(`/c/${NEW}-1-2`, manual)
    expect([live.status, live.headers.get('content-type')]).toEqual([200, 'text/html; charset=UTF-8'])
  })

  it('sends a search filtered to the old plan id, and a comparison naming it, to the same address with the live id', async () => {
    const search = await t.get(`/api/search?q=${encodeURIComponent('集团化')}&plan=${OLD}-9&plan=${OLD}`, manual)
    expect([search.status, search.headers.get('location'), search.headers.get('cache-control')]).toEqual([
      301,
      `/api/search?q=%E9%9B%86%E5%9B%A2%E5%8C%96&plan=${OLD}-9&plan=${NEW}`,
      'no-cache',
    ])
    const found = (await (await t.get(`/api/search?q=${encodeURIComponent('集团化')}&plan=${OLD}`)).json()) as SearchResponse
    expect([found.total, found.hits.map((h) => h.id)]).toEqual([1, [`${NEW}-2-4`]])
    const compare = await t.get(`/compare/plans?a=${OLD}&b=${NEW}`, manual)
    expect([compare.status, compare.headers.get('location')]).toEqual([301, `/compare/plans?a=${NEW}&b=${NEW}`])
    expect((await t.get(`/api/search?q=x&plan=${NEW}`, manual)).status).toBe(200)
  })

  it('sends no path opening with // elsewhere, which a browser would read as another host', async () => {
    const res = await t.get(`//evil.example/?plan=${OLD}`, manual)
    expect([res.status, res.headers.get('location')]).toEqual([200, null])
    expect((await t.get(`///evil.example/api/search?q=x&plan=${OLD}`, manual)).headers.get('location')).toBe(null)
  })

  it('still answers 404 for an id no build ever held', async () => {
    const res = await t.get(`/api/clauses/${OLD}-9-9`, manual)
    expect(res.status).toBe(404)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('clause_not_found')
    expect((await t.get(`/api/plans/${OLD}-x`, manual)).status).toBe(404)
  })

  it('redirects no id the served index still holds, as when a newer build’s ledger is on disk before its index is swapped in', async () => {
    const file = path.join(buildDirOf(dataDir), BUILD_FILES.movedIds)
    const ledger = readFileSync(file, 'utf8')
    try {
      writeFileSync(file, JSON.stringify({ ...JSON.parse(ledger), [NEW]: 'elsewhere', [`${NEW}-1-2`]: 'elsewhere-1-2' }))
      expect((await t.get(`/c/${NEW}-1-2`, manual)).status).toBe(200)
      expect((await t.get(`/p/${NEW}`, manual)).status).toBe(200)
      expect((await t.get(`/api/search?q=x&plan=${NEW}`, manual)).status).toBe(200)
      expect((await t.get(`/api/clauses/${NEW}-1-2`, manual)).status).toBe(200)
      expect((await t.get(`/c/${OLD}-1-2`, manual)).headers.get('location')).toBe(`/c/${NEW}-1-2`)
    } finally {
      writeFileSync(file, ledger)
    }
  })
})
