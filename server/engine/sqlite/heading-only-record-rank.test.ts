import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClauseRecord } from '../../../indexer/types.js'
import { keywordQuery, loadCorpusBuild, scanContaining, tempIndexPath, testSegmenter } from '../../../test/fixtures/engine-fixtures.js'
import { openSqliteEngine } from './sqlite-engine.js'
import type { SearchEngine } from '../types.js'

let engine: SearchEngine
let heading: ClauseRecord
let withPhrase: number

beforeAll(async () => {
  const build = await loadCorpusBuild()
  // A chapter the plan prints with nothing under it (indexer structure/empty-chapters.ts), the phrase in its heading.
  const plan = build.clauses[0]
  heading = { ...plan, id: `${plan.planId}-9-`, chapter: { number: '九', title: '推进集团化办学' }, section: null, number: null, heading: '推进集团化办学', text: '九、推进集团化办学', themes: [], outlineOnly: false, headingOnly: true, order: 9999 }
  const clauses = [...build.clauses, heading]
  withPhrase = scanContaining(clauses, '集团化办学').length
  engine = await openSqliteEngine({ path: tempIndexPath(), tokenizer: testSegmenter() })
  await engine.replaceAll({ ...build, clauses })
})
afterAll(async () => engine?.close())

describe('a heading-only record (a heading printed with nothing under it) in the SQLite engine', () => {
  it('ranks below every clause with text that matches the phrase, its match in the heading notwithstanding', async () => {
    const hits = (await engine.search(keywordQuery('集团化办学', { limit: 50 }))).hits.map((h) => h.clause)
    expect(hits).toHaveLength(withPhrase)
    // Before: it ranked first, its phrase in the heading above the clauses holding it in their text only.
    expect(hits.map((c) => (c.headingOnly ? 'heading-only' : c.outlineOnly ? 'outline-only' : 'text'))).toEqual(['text', 'text', 'text', 'text', 'heading-only', 'outline-only'])
    expect(hits[4].id).toBe(heading.id)
  })

  it('is no outline-only clause to the outlineOnly filter', async () => {
    const ids = async (outlineOnly: boolean) => (await engine.search(keywordQuery('集团化办学', { limit: 50, filters: { outlineOnly } }))).hits.map((h) => h.clause.id)
    expect(await ids(false)).toContain(heading.id)
    expect(await ids(true)).not.toContain(heading.id)
  })
})
