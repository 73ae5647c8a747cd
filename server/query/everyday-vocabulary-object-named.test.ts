import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, expandQuery } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))
const hybrid = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary(), { phrases: true }).groups.flat().map((t) => (t.kind === 'phrase' ? t.match : t.words.join(' ')))

// A verb–object entry of data/dict/everyday-terms.txt (踢球 → 足球 体育, 吃饭, 补课, 睡觉) was never read where the question
// names the object more closely: jieba keeps 踢足球 and 睡午觉 whole and cuts 补 数学课, and no word held the entry.
describe('a verb–object everyday entry said with its object named more closely', () => {
  it('searches 踢足球 as 足球 and 体育 in hybrid mode, the plans\' words for 踢球', () => {
    expect(hybrid('踢足球')).toEqual(['踢足球', '足球', '体育'])
  })

  it('reads the verb and a noun ending in the object across the question\'s words', () => {
    expect(words('老师给学生补数学课')).toEqual(['老师', '学生', '补', '数学课', '有偿补课', '违规补课', '教师'])
    expect(words('孩子吃午饭')).toEqual(['吃', '午饭', '食品安全', '校园餐', '午餐', '营养餐', '中餐'])
    expect(words('中午睡午觉')).toEqual(['中午', '睡午觉', '睡眠', '午觉'])
  })

  it('reads no 打人 in 打工人, where the verb makes a word (打工) with the noun\'s first character', () => {
    expect(hybrid('打工人')).toEqual(['打工人', '随迁子女'])
  })
})
