import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, expandQuery, officialAlternatives, parseVocabulary, semanticQueryText } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))

describe('everyday vocabulary entries meant for some questions only (everyday-terms.txt, after a |)', () => {
  it('reads the words after a | as the questions an entry is for, not as official words', () => {
    const vocabulary = parseVocabulary('附近 就近入学 学位 | 学校 上学\n课本 教材\n')
    expect([...vocabulary]).toEqual([
      ['附近', ['就近入学', '学位']],
      ['课本', ['教材']],
    ])
    const widened = (q: string) => expandQuery(parseQuery(q, tokenizer), vocabulary).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))
    expect(widened('学校附近的课本')).toEqual(['学校', '附近', '课本', '就近入学', '学位', '教材'])
    expect(widened('小区附近的课本')).toEqual(['小区', '附近', '课本', '教材'])
  })

  it('widens 附近 and 太远 by 就近入学 学位 in a question about going to school, not in one about a place to keep fit', () => {
    expect(words('家附近没有学校上学太远')).toEqual(['家', '附近', '没有', '学校', '上学', '太远', '就近入学', '学位', '入学', '就学'])
    expect(words('小区附近没地方健身')).toEqual(['小区', '附近', '没', '地方', '健身'])
    expect(words('孩子上学远咋弄')).toEqual(['上学', '远', '入学', '就学', '就近入学'])
  })

  it('widens 网上 by 在线 数字化 where something is learnt online, not for a story going round online', () => {
    expect(words('网上上课效果好吗')).toEqual(['网上', '上课', '效果', '好', '在线', '数字化'])
    expect(words('学校出了事网上传得沸沸扬扬')).toEqual(['学校', '出', '事', '网上', '传得', '沸沸扬扬', '舆情'])
    const typed = parseQuery('学校出了事网上传得沸沸扬扬教育局怎么处理', tokenizer)
    expect(semanticQueryText(typed, expandQuery(typed, defaultVocabulary(), { phrases: true }))).toBe('学校出了事网上传得沸沸扬扬教育局怎么处理 舆情')
  })

  it('widens 教室 by 办学条件 设施 where the state of the room is asked about, not where a child may not leave it', () => {
    expect(words('教室太破了')).toEqual(['教室', '太破', '办学条件', '设施'])
    expect(words('教室装空调')).toEqual(['教室', '装', '空调', '办学条件', '设施'])
    expect(words('课间十分钟不让孩子出教室')).toEqual(['课间', '十分钟', '出', '教室', '10分钟'])
  })

  it('widens 老家 by 留守儿童 where a child is left there, not where a child goes back for an exam', () => {
    expect(words('把孩子放在老家')).toEqual(['放在', '老家', '留守儿童', '农村'])
    expect(words('孩子回老家参加中考')).toEqual(['回老家', '参加', '中考'])
  })

  it('offers nothing for 附近 typed alone, which names no question it is meant for', () => {
    expect(officialAlternatives(parseQuery('附近', tokenizer), defaultVocabulary())).toEqual([])
    expect(officialAlternatives(parseQuery('学校附近', tokenizer), defaultVocabulary())).toEqual(['就近入学', '学位'])
  })
})
