/** A question naming its place twice, in semantic and hybrid mode, with the real model over the bundled corpus. */
import { describe, expect, it } from 'vitest'
import type { InferredFilters } from '../api-types.js'
import { modelForTests } from '../testing/model-for-tests.js'
import { useSemanticCorpusApp } from '../testing/semantic-corpus-app.js'

/** The inferred filters as the address the "keep as filter" click asks with (web/src/lib/url-state.ts searchWithin). */
function filtersOf(inferred: InferredFilters): string {
  const fields = ['city', 'province', 'year'] as const
  return fields.flatMap((field) => (inferred[field] ?? []).map((v) => `&${field}=${encodeURIComponent(String(v))}`)).join('')
}

describe.skipIf(modelForTests().skipped)('a question naming its place twice, in the modes that read it', () => {
  const corpus = useSemanticCorpusApp()

  it('searches 大兴安岭，大兴安岭 and 荆门我是荆门的老师， without the place, finding what the kept filter finds (was 1 shown, 32 clicked)', async () => {
    for (const mode of ['semantic', 'hybrid'] as const) {
      const cases: [string, InferredFilters][] = [
        ['大兴安岭，大兴安岭', { query: '', mentions: ['大兴安岭'], city: ['大兴安岭地区'] }],
        ['荆门我是荆门的老师，', { query: '老师', mentions: ['荆门'], city: ['荆门市'] }],
      ]
      for (const [q, inferred] of cases) {
        const shown = await corpus.search(q, mode)
        expect(shown.inferred, `${mode} ${q}`).toEqual(inferred)
        const clicked = await corpus.search(inferred.query, mode, `${filtersOf(inferred)}&infer=0`)
        expect(clicked.total, `${mode} ${q}`).toBe(shown.total)
      }
    }
  })
})
