import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, expandQuery, parseVocabulary } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const widenedBy = (vocabulary: ReturnType<typeof parseVocabulary>) => (q: string) =>
  expandQuery(parseQuery(q, tokenizer), vocabulary).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))
const words = widenedBy(defaultVocabulary())

// One everyday word means different things in different questions: before, data/dict/everyday-terms.txt held one list of
// official words and one condition per word, so 外地 could only be the migrant children of a child's schooling.
describe('an everyday word with a line for each of its senses', () => {
  it('widens 外地 by 跟岗 外出学习 培训 in a teacher\'s question and by 随迁子女 in a child\'s', () => {
    expect(words('老师去外地学习')).toEqual(['老师', '外地', '学习', '教师', '跟岗', '外出学习', '培训'])
    expect(words('教师到外地跟岗')).toEqual(['教师', '外地', '岗', '跟岗', '外出学习', '培训'])
    expect(words('外地打工的孩子在本地上学')).toEqual(['外地', '打工', '本地', '上学', '随迁子女', '入学', '就学'])
  })

  it('keeps each line\'s official words with its own condition, and falls back to the lines without one', () => {
    const widened = widenedBy(parseVocabulary('外地 随迁子女 | 学生 上学\n外地 跟岗 | 老师\n外地 外来人口\n'))
    expect(widened('外地学生上学')).toEqual(['外地', '学生', '上学', '随迁子女'])
    expect(widened('老师去外地进修')).toEqual(['老师', '外地', '进修', '跟岗'])
    expect(widened('外地学生的老师')).toEqual(['外地', '学生', '老师', '随迁子女', '跟岗'])
    expect(widened('外地的房子')).toEqual(['外地', '房子', '外来人口'])
  })

  it('lists every official word of a word in the vocabulary itself, once, whatever line it comes from', () => {
    expect([...parseVocabulary('外地 随迁子女 | 孩子\n外地 跟岗 培训 | 老师\n小升初 招生入学\n小升初 招生 入学\n')]).toEqual([
      ['外地', ['随迁子女', '跟岗', '培训']],
      ['小升初', ['招生入学', '招生', '入学']],
    ])
  })
})
