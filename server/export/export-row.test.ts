import { beforeAll, describe, expect, it } from 'vitest'
import type { ClauseRecord, IndexBuild } from '../../indexer/types.js'
import { loadCorpusBuild } from '../../test/fixtures/corpus-build.js'
import { exportRow } from './export-document.js'

let build: IndexBuild

beforeAll(async () => {
  build = await loadCorpusBuild()
})

describe('exportRow', () => {
  it('marks 仅有标题 for an outline-only clause and for a heading printed with nothing under it, not for a clause with text', () => {
    const clause = build.clauses.find((c) => !c.outlineOnly && c.number !== null)!
    const outline = build.clauses.find((c) => c.outlineOnly)!
    const plan = build.plans.find((p) => p.id === clause.planId)
    // A chapter printed with nothing under it (indexer structure/empty-chapters.ts): its record holds the heading line.
    const heading = { ...clause, id: `${clause.planId}-9-`, number: null, heading: '其他', text: '九、其他', headingOnly: true as const }
    const row = (c: ClauseRecord) => exportRow(c, plan, { citation: '' }, '').headingOnly
    expect([row(clause), row(outline), row(heading)]).toEqual([false, true, true])
  })
})
