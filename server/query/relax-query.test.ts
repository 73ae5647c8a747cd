import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { parseQuery } from './parse-query.js'
import { defaultVocabulary, expandQuery } from './everyday-vocabulary.js'
import { relaxedQueries } from './relax-query.js'

const tokenizer = createSegmenter()
const relaxed = (q: string) => relaxedQueries(parseQuery(q, tokenizer), tokenizer)

describe('relaxedQueries', () => {
  it('offers the words of a question, then the halves of its long dictionary words', () => {
    expect(relaxed('如何防止校园欺凌')).toEqual(['防止', '校园欺凌', '校园', '欺凌'])
  })

  it('offers each term of a query of several terms, then their words', () => {
    expect(relaxed('双减 溺水')).toEqual(['双减', '溺水'])
  })

  it('leaves out single characters, which alone match almost every clause', () => {
    expect(relaxed('人工智能进课堂')).toEqual(['人工智能', '课堂', '人工', '智能'])
  })

  it('leaves out numbers alone, the halves of a quantity: 课间十五分钟 offers 课间 and 十五分钟, not 十五 or 15', () => {
    expect(relaxedQueries(expandQuery(parseQuery('课间十五分钟', tokenizer), defaultVocabulary()), tokenizer)).toEqual(['课间', '十五分钟', '15分钟', '分钟'])
  })

  it('sets apart the two words of a short phrase typed as one, then offers each word', () => {
    expect(relaxed('学生近视')).toEqual(['学生 近视', '学生', '近视'])
    expect(relaxed('教师减负 长沙')).toEqual(['教师 减负 长沙', '教师减负', '长沙', '教师', '减负'])
  })

  it('offers the word of a short phrase that is a word and a character: 校服费 → 校服, 餐费贵 → 餐费, but not "校服费" or 二〇二五年', () => {
    expect(relaxed('校服费')).toEqual(['校服'])
    expect(relaxed('餐费贵')).toEqual(['餐费'])
    expect(relaxed('"校服费"')).toEqual([])
    expect(relaxed('二〇二五年')).toEqual([])
  })

  it('halves only the words typed, not the plans\' words the vocabulary added: 孩子玩游戏上瘾怎么办 offers no 网络 or 管理', () => {
    const offered = relaxedQueries(expandQuery(parseQuery('孩子玩游戏上瘾怎么办', tokenizer), defaultVocabulary()), tokenizer)
    expect(offered).toEqual(['玩游戏', '上瘾', '网络游戏', '沉迷', '五项管理'])
  })

  it('offers no number alone from a short phrase: 2025的双减 offers 2025 双减 and 双减, not 2025', () => {
    expect(relaxed('2025的双减')).toEqual(['2025 双减', '双减'])
  })

  it('offers a compound of four or more characters typed alone its halves, of which the route keeps one: 校园欺凌 → 校园 欺凌', () => {
    expect(relaxed('校园欺凌')).toEqual(['校园', '欺凌'])
    expect(relaxed('近视防控')).toEqual(['近视', '防控'])
    expect(relaxed('课后服务')).toEqual(['课后', '服务'])
  })

  it('offers no half of a word in Latin letters: python, STEAM', () => {
    expect(relaxed('python')).toEqual([])
    expect(relaxed('STEAM')).toEqual([])
    expect(relaxed('steam 科创 教育')).toEqual(['steam', '科创', '教育'])
  })

  it('offers nothing for one exact phrase of one short word, a quoted phrase or an empty query', () => {
    expect(relaxed('欺凌')).toEqual([])
    expect(relaxed('双减')).toEqual([])
    expect(relaxed('"学生近视"')).toEqual([])
    expect(relaxed('"校园欺凌"')).toEqual([])
    expect(relaxed('')).toEqual([])
  })
})
