/**
 * A question that names its place or year twice (荆门我是荆门的老师，) is searched within it: the text searched is the
 * question without that mention wherever it stands, so the "keep as filter" click (the inferred query with the inferred
 * filters) finds what the search showed, asked as typed (infer=0) or read again.
 */
import { describe, expect, it } from 'vitest'
import type { InferredFilters } from '../api-types.js'
import { keywordCorpusApp } from '../../test/fixtures/keyword-corpus-app.js'
import { loadCorpusBuild } from '../../test/fixtures/corpus-build.js'
import { scanContaining } from '../../test/fixtures/engine-fixtures.js'

const app = keywordCorpusApp('repeated-place-mentions')

const FILTER_FIELDS = ['city', 'province', 'year', 'exceptCity', 'exceptProvince', 'exceptYear'] as const

/** The inferred filters as the address the click asks with (web/src/lib/url-state.ts searchWithin). */
function filtersOf(inferred: InferredFilters): string {
  const values = inferred as Partial<Record<(typeof FILTER_FIELDS)[number], readonly (string | number)[]>>
  return FILTER_FIELDS.flatMap((field) => (values[field] ?? []).map((v) => `&${field}=${encodeURIComponent(String(v))}`)).join('')
}

describe('a keyword question naming its place or year twice', () => {
  it.each([
    // 老师 within 荆门市: searched as 我是荆门的老师, the leftover 荆门 was a word (shown 10), and read again a place (clicked 0).
    ['荆门我是荆门的老师，', { query: '老师', mentions: ['荆门'], city: ['荆门市'] }],
    // Nothing is left once the place goes: keyword mode searches it as typed, as it does 大兴安岭 said once.
    ['大兴安岭，大兴安岭', undefined],
    // 2025年以后 holds no plan: no year is read, and the question is searched as typed.
    ['2025年 2025年以后', undefined],
  ])('%s searches the text without the mention and shows what its kept filter finds', async (q, inferred) => {
    const shown = await app.search(q)
    expect(shown.inferred).toEqual(inferred)
    if (!shown.inferred) return
    const asTyped = await app.search(shown.inferred.query, `${filtersOf(shown.inferred)}&infer=0`)
    const readAgain = await app.search(shown.inferred.query, filtersOf(shown.inferred))
    expect([asTyped.total, readAgain.total]).toEqual([shown.total, shown.total])
  })

  it('keeps 泉州师范学院 said beside 泉州: the phrase some clause holds is searched as typed', async () => {
    const shown = await app.search('泉州 泉州师范学院')
    expect(shown.inferred).toBeUndefined()
    const holding = scanContaining((await loadCorpusBuild()).clauses, '泉州师范学院').map((c) => c.id)
    expect(holding).toHaveLength(1)
    expect(shown.hits[0].id).toBe(holding[0])
  })
})
