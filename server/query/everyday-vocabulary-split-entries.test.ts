import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, expandQuery } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))

// data/dict/everyday-terms.txt holds verb-object entries (找工作 → 就业, 考大学 → 高考 高等教育) that speech says with a word
// between the verb and its object (找到工作, 找份工作, 考上大学); before, the entry never met such a question.
describe('everyday entries said with a word between verb and object', () => {
  it('reads 找到工作 and 找份工作 as the entry 找工作, the plans\' 就业', () => {
    expect(words('职业学校学生能找到工作吗')).toEqual(['职业', '学校', '学生', '找到', '工作', '就业'])
    expect(words('中职毕业好找份工作吗')).toEqual(['中职', '毕业', '好找', '份', '工作', '就业'])
  })

  it('reads 考上大学 as the entry 考大学, the plans\' 高考 and 高等教育', () => {
    expect(words('孩子考上大学学费怎么办')).toEqual(['考上', '大学', '学费', '高考', '高等教育', '收费', '资助'])
  })

  it('reads 找到工作 typed alone, a short term of its own, as 找工作 too: hybrid mode searches it beside 就业', () => {
    const hybrid = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary(), { phrases: true }).groups.flat()
    expect(hybrid('找到工作')).toEqual([
      { kind: 'phrase', text: '找到工作', match: '找到工作' },
      { kind: 'phrase', text: '就业', match: '就业', widened: true },
    ])
  })

  it('leaves a verb whose object is another thing as typed: 找个老师 is no job, 找到了兴趣 no 就业', () => {
    expect(words('找个老师问问')).toEqual(['找个', '老师', '教师'])
    expect(words('学生找到了自己的兴趣')).toEqual(['学生', '找到', '自己', '兴趣', '社团', '课后服务'])
  })
})
