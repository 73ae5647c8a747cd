import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, expandQuery } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))

// jieba cuts some everyday entries of data/dict/everyday-terms.txt in two (多少钱 → 多少 钱, 好学校 → 好 学校, 上幼儿园 →
// 上 幼儿园), so the entry never met a word that holds it; before, 多少钱 was searched by 钱's own entry (经费 投入, the money a
// school is given), and 好学校 not at all.
describe('everyday entries the segmenter cuts in two', () => {
  it('reads 多少钱 and 上幼儿园 whole: a price (收费) and admission (入园 学前教育), not the 经费 of 钱 alone', () => {
    expect(words('上幼儿园一年多少钱')).toEqual(['上', '幼儿园', '一年', '钱', '入园', '学前教育', '收费', '1年'])
    expect(words('学费多少钱')).toEqual(['学费', '钱', '收费', '资助'])
  })

  it('reads 好学校 whole as the plans\' 优质 and 集团化办学', () => {
    expect(words('附近有没有好学校')).toEqual(['附近', '好', '学校', '优质', '集团化办学', '就近入学', '学位'])
    expect(words('怎么才能上好学校')).toEqual(['才能', '上', '好', '学校', '优质', '集团化办学'])
  })

  it('reads no 好学校 in 建好学校, where 好 is the end of the verb before it (建好 学校), whole or in a question', () => {
    expect(words('政府要建好学校')).toEqual(['政府', '建好', '学校'])
    expect(expandQuery(parseQuery('建好学校', tokenizer), defaultVocabulary(), { phrases: true }).groups).toEqual([[{ kind: 'phrase', text: '建好学校', match: '建好学校' }]])
    expect(expandQuery(parseQuery('上好学校', tokenizer), defaultVocabulary(), { phrases: true }).groups.flat().map((t) => (t.kind === 'phrase' ? t.match : ''))).toEqual([
      '上好学校',
      '优质',
      '集团化办学',
    ])
  })

  it('still reads 校门口 across 学校 门口, where the word before holding 校 is a noun', () => {
    expect(words('学校门口卖辣条')).toEqual(['学校', '门口', '卖辣条', '校园周边', '安全'])
  })

  it('keeps 钱 alone searched by its own entry, the money a school is given', () => {
    expect(words('学校的钱花在哪')).toEqual(['学校', '钱', '花', '经费', '投入'])
  })

  it('leaves a two-character entry across a cut unread: 大学 费用 holds 学费 but asks about neither', () => {
    expect(words('上大学费用高吗')).toEqual(['上', '大学', '费用', '高', '高等教育', '高校'])
  })
})
