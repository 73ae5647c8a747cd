import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, expandQuery } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const hybrid = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary(), { phrases: true }).groups

// Hybrid mode keeps a clause holding a phrase as typed whatever its cosine; one holding only the plans' words for a part
// of the phrase must be close to the question (server/engine/sqlite/search-modes.ts holdsTypedPhrase).
describe('the plans\' words searched in place of a short phrase in hybrid mode', () => {
  it('marks as widened the plans\' words for a part of the phrase: 收费 for the 多少钱 of iPhone多少钱, 交通安全 for the 路上 of 放学路上', () => {
    expect(hybrid('iPhone多少钱')).toEqual([[
      { kind: 'phrase', text: 'iPhone多少钱', match: 'iphone多少钱' },
      { kind: 'phrase', text: '收费', match: '收费', widened: true },
    ]])
    expect(hybrid('放学路上')[0].map((t) => (t.kind === 'phrase' && t.widened ? `${t.match}*` : t.text))).toEqual(['放学路上', '课后服务*', '交通安全*', '出行*', '校车*'])
  })

  it('does not mark the plans\' words for the whole phrase (霸凌 → 欺凌, 视力 → 近视), nor the phrase in digits (十五分钟 → 15分钟)', () => {
    expect(hybrid('霸凌')).toEqual([[{ kind: 'phrase', text: '霸凌', match: '霸凌' }, { kind: 'phrase', text: '欺凌', match: '欺凌' }]])
    expect(hybrid('视力')).toEqual([[{ kind: 'phrase', text: '视力', match: '视力' }, { kind: 'phrase', text: '近视', match: '近视' }]])
    expect(hybrid('十五分钟')).toEqual([[{ kind: 'phrase', text: '十五分钟', match: '十五分钟' }, { kind: 'phrase', text: '15分钟', match: '15分钟' }]])
  })
})
