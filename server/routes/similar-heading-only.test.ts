/** "Similar clauses" of a heading-only clause, with the real model, through createApp over the bundled corpus. */
import { describe, expect, it } from 'vitest'
import type { SimilarResponse } from '../api-types.js'
import { modelForTests } from '../testing/model-for-tests.js'
import { useSemanticCorpusApp } from '../testing/semantic-corpus-app.js'

const model = modelForTests()

describe.skipIf(model.skipped)('similar clauses of a heading-only clause', () => {
  const corpus = useSemanticCorpusApp()
  const clauses = () => corpus.build().clauses

  const similar = async (id: string): Promise<SimilarResponse> => {
    const res = await corpus.request(`/api/clauses/${encodeURIComponent(id)}/similar?limit=5`)
    expect(res.status).toBe(200)
    return (await res.json()) as SimilarResponse
  }

  it('says it has no text and finds the 督导 clauses of other plans for 加强教育督导', async () => {
    const clause = clauses().find((c) => c.outlineOnly && c.heading === '加强教育督导')!
    const body = await similar(clause.id)
    expect(body.headingOnly).toBe(true)
    expect(body.hits.length).toBe(5)
    expect(body.hits.every((h) => h.planId !== clause.planId)).toBe(true)
    // Its stored vector alone found five 依法治教 clauses and no 督导 one.
    const aboutIt = body.hits.map((h) => `${h.heading}${h.text}`.includes('督导'))
    expect(aboutIt.slice(0, 2)).toEqual([true, true])
    expect(aboutIt.filter(Boolean).length).toBeGreaterThanOrEqual(3)
  })

  it('finds the 集团化办学 clauses of other plans first for 持续推进集团化办学', async () => {
    const clause = clauses().find((c) => c.outlineOnly && c.heading === '持续推进集团化办学')!
    const body = await similar(clause.id)
    expect(body.hits.slice(0, 2).every((h) => `${h.heading}${h.text}`.includes('集团化办学'))).toBe(true)
  })

  it('marks a clause with text as not heading-only', async () => {
    const clause = clauses().find((c) => !c.outlineOnly && c.text.includes('加强各科作业统筹'))!
    expect((await similar(clause.id)).headingOnly).toBe(false)
  })
})
