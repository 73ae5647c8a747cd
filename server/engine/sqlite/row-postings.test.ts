/**
 * ClauseRows.candidates over the bundled corpus: the rows a narrow filter's exact vector pass walks must
 * hold every row the filter passes, and be the rows of the most selective filtered field.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { ClauseRecord, IndexBuild } from '../../../indexer/types.js'
import { loadCorpusBuild } from '../../../test/fixtures/corpus-build.js'
import type { SearchFilters } from '../types.js'
import { ClauseRows, FACET_BIT } from './clause-rows.js'

let build: IndexBuild
let rows: ClauseRows

beforeAll(async () => {
  build = await loadCorpusBuild()
  rows = new ClauseRows(
    build.clauses.map((c, i) => ({
      rowid: i + 1,
      planId: c.planId,
      year: c.year,
      city: c.city,
      province: c.province,
      level: c.level,
      outlineOnly: c.outlineOnly,
      firstIndexedMs: 0,
      themes: c.themes,
      length: c.text.length,
    })),
  )
})

/** Rowids (1-based positions in the build) of the clauses `keep` accepts. */
const rowidsOf = (keep: (c: ClauseRecord) => boolean) => build.clauses.flatMap((c, i) => (keep(c) ? [i + 1] : []))
const sorted = (subset: { rows(): Int32Array } | null) => (subset ? Array.from(subset.rows()).sort((a, b) => a - b) : null)

describe('ClauseRows.candidates', () => {
  it('gives the rows of a filtered city, counted before they are gathered', () => {
    const city = build.clauses.find((c) => c.city)!.city!
    const subset = rows.candidates({ city: [city] })
    expect(subset!.count).toBe(rowidsOf((c) => c.city === city).length)
    expect(sorted(subset)).toEqual(rowidsOf((c) => c.city === city))
  })

  it('is null when the only filtered field is the facet being counted, or nothing is filtered', () => {
    const city = build.clauses.find((c) => c.city)!.city!
    expect(rows.candidates({ city: [city] }, FACET_BIT.city)).toBeNull()
    expect(rows.candidates({})).toBeNull()
  })

  it('takes the filtered field holding the fewest rows, and lists a clause with two chosen themes once', () => {
    const two = build.clauses.find((c) => c.themes.length >= 2)!
    const [a, b] = two.themes
    const filters: SearchFilters = { theme: [a, b], yearFrom: 1949 }
    const themed = rowidsOf((c) => c.themes.includes(a) || c.themes.includes(b))
    const dated = rowidsOf((c) => c.year !== null)
    expect(sorted(rows.candidates(filters))).toEqual(themed.length <= dated.length ? themed : dated)
    expect(sorted(rows.candidates({ theme: [a, b] }))).toEqual(themed)
  })

  it('holds every row passing all the filters together', () => {
    const one = build.clauses.find((c) => c.city && c.year && c.themes.length > 0)!
    const filters: SearchFilters = { city: [one.city!], year: [one.year!], theme: [one.themes[0]], level: [one.level!] }
    const passing = rowidsOf((c) => c.city === one.city && c.year === one.year && c.themes.includes(one.themes[0]) && c.level === one.level)
    const within = new Set(rows.candidates(filters)!.rows())
    expect(passing.length).toBeGreaterThan(0)
    for (const r of passing) expect(within.has(r)).toBe(true)
    expect(rows.candidates({ yearFrom: 2100 })!.count).toBe(0)
  })
})
