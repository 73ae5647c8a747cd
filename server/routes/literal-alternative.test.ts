/** When a semantic search that found few clauses is offered the same words in hybrid mode (literal-alternative.ts). */
import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import type { Embedder, SearchEngine } from '../engine/types.js'
import { literalAlternative } from './literal-alternative.js'
import type { SearchParams } from './search-request.js'

const tokenizer = createSegmenter()
// Nothing may be searched or embedded for these queries: a call fails the test.
const engine = new Proxy({}, { get: () => () => { throw new Error('searched') } }) as unknown as SearchEngine
const embedder = { modelId: 'none', dimension: 1, embedPassages: () => { throw new Error('embedded') }, embedQuery: () => { throw new Error('embedded') } } as unknown as Embedder
const params = (q: string) => ({ q, mode: 'semantic', city: [], province: [], year: [], exceptCity: [], exceptProvince: [] }) as unknown as SearchParams

describe('literalAlternative', () => {
  it('offers no hybrid search for a query of stopwords or particles alone: 的, 和, 的 了 and 是的 are offered nothing, without a search', async () => {
    for (const q of ['的', '和', '的 了', '是的']) {
      expect(await literalAlternative({ engine, tokenizer, embedder, params: params(q), total: 0, totalIsLowerBound: false })).toEqual([])
    }
  })
})
