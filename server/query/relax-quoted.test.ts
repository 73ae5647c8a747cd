import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { parseQuery } from './parse-query.js'
import { relaxedQueries } from './relax-query.js'

const tokenizer = createSegmenter()
const relaxed = (q: string) => relaxedQueries(parseQuery(q, tokenizer), tokenizer)

describe('looser queries of a query with a quoted phrase', () => {
  it('never halve the quoted phrase: "课后服务"收费 → 课后服务, 收费 (not 课后, 服务); 课后服务 收费 unquoted is halved as before', () => {
    expect(relaxed('"课后服务"收费')).toEqual(['课后服务', '收费'])
    expect(relaxed('课后服务 收费')).toEqual(['课后服务', '收费', '课后', '服务'])
  })
})

describe('looser queries of a phrase naming a year', () => {
  it('offer its other words: 2023年的双减 → 双减, 2025年双减 → 双减; a number that is no year still offers nothing (十五分钟 stays for the digits offer)', () => {
    expect(relaxed('2023年的双减')).toEqual(['双减'])
    expect(relaxed('2025年双减')).toEqual(['双减'])
    expect(relaxed('十五分钟')).toEqual([])
  })
})
