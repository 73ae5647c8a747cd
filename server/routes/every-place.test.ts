/** The topic in every place, offered when a question's place holds none of it, over HTTP on the bundled corpus. */
import { describe, expect, it } from 'vitest'
import { keywordCorpusApp } from '../../test/fixtures/keyword-corpus-app.js'

const { search } = keywordCorpusApp('every-place-test')

describe('the topic in every place', () => {
  it('offers 双减 wherever the plans say it when 长沙 双减 finds nothing in 长沙市\'s one plan (of 2020)', async () => {
    const everywhere = await search('双减')
    const body = await search('长沙 双减')
    expect(body.inferred).toMatchObject({ query: '双减', city: ['长沙市'] })
    expect(body.total).toBe(0)
    expect(body.alternatives).toContainEqual({ query: '双减', mode: 'keyword', total: everywhere.total })
    expect(everywhere.total).toBe(11)
  })

  it('offers nothing of the kind when the place holds the topic', async () => {
    const body = await search('荆门 双减')
    expect(body.total).toBe(2)
    expect((body.alternatives ?? []).filter((a) => a.query === '双减')).toEqual([])
  })
})
