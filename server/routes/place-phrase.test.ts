/** A typed phrase holding a place, searched exactly in keyword mode, over HTTP on the bundled corpus. */
import { describe, expect, it } from 'vitest'
import { keywordCorpusApp } from '../../test/fixtures/keyword-corpus-app.js'
import { loadCorpusBuild } from '../../test/fixtures/corpus-build.js'
import { scanContaining } from '../../test/fixtures/engine-fixtures.js'

const { search } = keywordCorpusApp('place-phrase-test')

describe('a phrase that holds a place name in keyword mode', () => {
  it('searches 泉州师范学院, 海丝泉州 and 江门一中 as typed, in every plan, the clause saying each first, with no place read from them', async () => {
    const { clauses } = await loadCorpusBuild()
    for (const phrase of ['泉州师范学院', '海丝泉州', '江门一中']) {
      const body = await search(phrase, '&limit=50')
      expect(body.inferred).toBeUndefined()
      const holding = scanContaining(clauses, phrase).map((c) => c.id)
      expect(holding).toHaveLength(1)
      // Unquoted, the phrase is free text (its words rank the clauses): the clause saying it as typed comes first.
      expect(body.hits[0].id).toBe(holding[0])
    }
  })

  it('still reads a place typed apart from its topic, or a phrase no clause holds, as the plans to search in', async () => {
    expect((await search('荆门 双减')).inferred).toMatchObject({ query: '双减', city: ['荆门市'] })
    const glued = await search('长沙2020年课后服务')
    expect(glued.inferred).toMatchObject({ city: ['长沙市'], year: [2020] })
    expect(glued.total).toBe(1)
  })
})
