/**
 * The clause rows through the real worker pool on the bundled corpus: one thread reads an index file's rows
 * and every other thread (the second search thread, the export thread) answers from that thread's arrays;
 * an index renamed in gets rows of its own, and every thread's answers count the new index's clauses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IndexBuild } from '../../../indexer/types.js'
import { handFacet, ids, keywordQuery, loadCorpusBuild, scanContaining, writtenIndex } from '../../../test/fixtures/engine-fixtures.js'
import type { ExportRequest } from '../../export/export-document.js'
import type { FacetValue } from '../types.js'
import { openWorkerPoolEngine, type WorkerPoolEngine } from './worker-pool-engine.js'

const asRecord = (values: FacetValue[]) => Object.fromEntries(values.map((v) => [v.value, v.count]))

describe('clause rows shared by the threads of a worker pool', () => {
  let build: IndexBuild
  let file: string
  let engine: WorkerPoolEngine

  beforeAll(async () => {
    build = await loadCorpusBuild()
    file = await writtenIndex(build)
    engine = await openWorkerPoolEngine({ path: file, size: 2 })
  })
  afterAll(async () => engine?.close())

  it('reads the rows once, and both search threads and the export thread answer from them', async () => {
    expect(engine.rowsStats).toEqual({ reads: 0, shared: 0 })
    await engine.prepare()
    expect(engine.rowsStats).toEqual({ reads: 1, shared: 2 })

    // Four searches at once keep both search threads busy; the export runs on the export thread.
    const phrases = ['双减', '课后服务', '学前教育', '教师']
    const [results, doc] = await Promise.all([
      Promise.all(phrases.map((p) => engine.search(keywordQuery(p, { limit: 500 })))),
      engine.runExport({ format: 'csv', q: '教师', mode: 'keyword', query: keywordQuery('教师').query, engineMode: 'keyword', filters: {}, sort: 'relevance', origin: 'http://localhost', maxRows: 10_000 } satisfies ExportRequest),
    ])
    results.forEach((result, k) => expect(ids(result.hits.map((h) => h.clause))).toEqual(ids(scanContaining(build.clauses, phrases[k]))))
    expect(doc.total).toBe(scanContaining(build.clauses, '教师').length)
    expect(asRecord((await engine.facets()).city)).toEqual(handFacet(build.clauses, 'city'))
    expect(engine.rowsStats).toEqual({ reads: 1, shared: 2 })
  })

  it('gives an index renamed in rows of its own: every thread then counts the new clauses', async () => {
    const dropped = build.plans[0].id
    const smaller: IndexBuild = { ...build, plans: build.plans.slice(1), clauses: build.clauses.filter((c) => c.planId !== dropped), builtAt: new Date(Date.now() + 60_000).toISOString() }
    expect(smaller.clauses.length).toBeLessThan(build.clauses.length)
    await engine.replaceAll(smaller)
    await engine.prepare()
    expect(engine.rowsStats).toEqual({ reads: 2, shared: 4 })

    const results = await Promise.all(['教育', '教育', '教育'].map(() => engine.facets()))
    for (const facets of results) expect(asRecord(facets.year)).toEqual(handFacet(smaller.clauses, 'year'))
    const found = await Promise.all(['教师', '学校', '教育'].map((p) => engine.search(keywordQuery(p, { limit: 1000 }))))
    for (const [k, p] of ['教师', '学校', '教育'].entries()) expect(found[k].total).toBe(scanContaining(smaller.clauses, p).length)
    expect(engine.rowsStats.reads).toBe(2)
  })
})
