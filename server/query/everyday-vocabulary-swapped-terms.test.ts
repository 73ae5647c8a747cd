import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, expandQuery, officialAlternatives } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))
const hybrid = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary(), { phrases: true }).groups.flat()

// A question writes two words of a plans' term in the other order (中考体育; the plans write 体育中考, data/dict/policy-terms.txt):
// before, 中考体育 was searched as typed alone and found no clause holding 体育中考.
describe('two words of a question in the other order of a term the plans write as one', () => {
  it('searches 中考体育 beside the plans\' 体育中考 in hybrid mode, marked widened, and offers it in keyword mode', () => {
    expect(hybrid('中考体育')).toEqual([
      { kind: 'phrase', text: '中考体育', match: '中考体育' },
      { kind: 'phrase', text: '体育中考', match: '体育中考', widened: true },
    ])
    expect(officialAlternatives(parseQuery('中考体育', tokenizer), defaultVocabulary())).toEqual(['体育中考'])
  })

  it('adds the plans\' term to the words of a question that says its words swapped', () => {
    expect(words('中考体育考什么')).toEqual(['中考', '体育', '体育中考'])
    expect(words('欺凌学生怎么办')).toEqual(['欺凌', '学生', '学生欺凌'])
  })

  it('leaves a term the plans write in both orders as typed: 课程思政 is not 思政课程', () => {
    expect(hybrid('课程思政')).toEqual([{ kind: 'phrase', text: '课程思政', match: '课程思政' }])
  })
})
