/** The offers of semantic and hybrid answers, with the real model over the bundled corpus. */
import { describe, expect, it } from 'vitest'
import { modelForTests } from '../testing/model-for-tests.js'
import { useSemanticCorpusApp } from '../testing/semantic-corpus-app.js'

describe.skipIf(modelForTests().skipped)('offers of semantic and hybrid answers', () => {
  const corpus = useSemanticCorpusApp()

  it('offers 深圳2026年教育重点 the newest plans\' 教育重点 and every year\'s without 深圳, whose plan is not here: hybrid 42 and 102, semantic 42 and 100', async () => {
    const totals = { hybrid: [42, 102], semantic: [42, 100] }
    for (const mode of ['hybrid', 'semantic'] as const) {
      const body = await corpus.search('深圳2026年教育重点', mode)
      expect([body.absentPlaces, body.absentYears], mode).toEqual([['深圳市'], [2026]])
      expect(body.alternatives, mode).toEqual([{ query: '教育重点', mode, total: totals[mode][0], filters: { year: [2025] } }, { query: '教育重点', mode, total: totals[mode][1] }])
    }
  })

  it('searches 荆门 双减 under the filter 荆门市 as 双减 there (2, not 0), and 2024年的双减 under the year 2024 as 双减 (9, not 0)', async () => {
    for (const mode of ['hybrid', 'semantic'] as const) {
      const inCity = await corpus.search('双减', mode, `&city=${encodeURIComponent('荆门市')}`)
      for (const q of ['荆门 双减', '荆门的双减']) {
        const body = await corpus.search(q, mode, `&city=${encodeURIComponent('荆门市')}`)
        expect(body.inferred, `${q} ${mode}`).toEqual({ query: '双减', mentions: ['荆门'], city: ['荆门市'] })
        expect(body.hits.map((h) => h.id), `${q} ${mode}`).toEqual(inCity.hits.map((h) => h.id))
      }
    }
    const inYear = await corpus.search('2024年的双减', 'hybrid', '&year=2024')
    expect([inYear.total, inYear.inferred]).toEqual([9, { query: '双减', mentions: ['2024年'], year: [2024] }])
    // A place the filter rules out stays the user's words: the filter wins.
    expect((await corpus.search('江门 课后服务', 'hybrid', `&city=${encodeURIComponent('泉州市')}`)).inferred).toBeUndefined()
  })

  it('offers the question without the place or year the user\'s filter rules out, within the filter: 江门 课后服务 under 泉州市 → 课后服务 (4), 2024年的双减 under 2025 → 双减 (3)', async () => {
    const quanzhou = `&city=${encodeURIComponent('泉州市')}`
    for (const mode of ['hybrid', 'semantic'] as const) {
      const body = await corpus.search('江门 课后服务', mode, quanzhou)
      expect([body.total, body.inferred], mode).toEqual([1, undefined])
      expect(body.alternatives, mode).toEqual([{ query: '课后服务', mode, total: 4 }])
      expect((await corpus.search('课后服务', mode, quanzhou)).total, mode).toBe(4)
    }
    const year = await corpus.search('2024年的双减', 'hybrid', '&year=2025')
    expect([year.total, year.alternatives]).toEqual([0, [{ query: '双减', mode: 'hybrid', total: 3 }]])
    // Nothing left but the place: no offer (its plans are what the filter rules out).
    expect((await corpus.search('江门', 'hybrid', quanzhou)).alternatives).toBeUndefined()
  })
})
