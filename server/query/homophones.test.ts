import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { correctedQueries, HomophoneIndex, homophonesOf, slipsIn, soundKey } from './homophones.js'
import { parseQuery } from './parse-query.js'

const words = HomophoneIndex.build([
  { text: '双减', count: 11 },
  { text: '双师', count: 3 },
  { text: '课后服务', count: 9 },
  { text: '近视', count: 5 },
  { text: '心理健康', count: 15 },
  { text: '欺凌', count: 4 },
  { text: '健康', count: 40 },
  { text: '校园', count: 58 },
  { text: '泉州市', count: 40 },
  { text: '泉州', count: 10 },
  { text: 'K12', count: 2 },
  { text: '访学', count: 2 },
  { text: '心理', count: 30 },
])
const tokenizer = createSegmenter()

describe('HomophoneIndex', () => {
  it('keys a word by its toneless pinyin, so words written otherwise but said alike share a key', () => {
    expect(soundKey('双剪')).toBe('shuang jian')
    expect(soundKey('双减')).toBe(soundKey('双剪'))
    expect(soundKey('双师')).not.toBe(soundKey('双剪'))
  })

  it('answers a word the index lacks with the words it holds that sound the same, not those a character away', () => {
    expect(words.soundAlike('双剪')).toEqual([{ text: '双减', count: 11 }])
    expect(words.soundAlike('课后服物')).toEqual([{ text: '课后服务', count: 9 }])
    expect(words.soundAlike('进士')).toEqual([{ text: '近视', count: 5 }])
    expect(words.soundAlike('全州')).toEqual([{ text: '泉州', count: 10 }])
  })

  it('reads pinyin typed without the input method as the word it spells', () => {
    expect(words.soundAlike('shuangjian')).toEqual([{ text: '双减', count: 11 }])
    expect(words.soundAlike('Kehoufuwu')).toEqual([{ text: '课后服务', count: 9 }])
    expect(words.soundAlike('quanzhou')).toEqual([{ text: '泉州', count: 10 }])
  })

  it('leaves a word the index holds, a single character and text that is neither Chinese nor pinyin', () => {
    expect(words.soundAlike('双减')).toEqual([])
    expect(words.soundAlike('减')).toEqual([])
    expect(words.soundAlike('K12')).toEqual([])
    expect(words.soundAlike('stem')).toEqual([])
  })
})

describe('correctedQueries', () => {
  const corrected = (q: string) => correctedQueries(q, slipsIn(parseQuery(q, tokenizer), words, undefined, tokenizer))

  it('corrects every slip at once, then each alone', () => {
    expect(corrected('双剪 课后服物')).toEqual(['双减 课后服务', '双减 课后服物', '双剪 课后服务'])
  })

  it('writes the correction into the simplified query when the word was typed in traditional characters', () => {
    expect(corrected('雙剪')).toEqual(['双减'])
  })

  it('corrects a slip that splits into words of its own inside a question: 心里健康教育, 校园欺陵怎么办', () => {
    expect(corrected('心里健康教育怎么开展')).toEqual(['心理健康教育怎么开展'])
    expect(corrected('校园欺陵怎么办')).toEqual(['校园欺凌怎么办'])
  })

  it('leaves a word of the everyday vocabulary, which no plan writes but nobody mistypes: 孩子放学太早 is not 孩子访学太早', () => {
    expect(corrected('孩子放学太早我们下班接不了')).toEqual([])
    // Without the vocabulary it is still a common word of the language, typed alone: spelt right (below).
    expect(correctedQueries('放学', slipsIn(parseQuery('放学', tokenizer), words, new Map()))).toEqual([])
  })

  it('leaves a common word typed alone, though the index holds a word of its sound more often: 自愿 is not 资源, 一种 not 一中', () => {
    const held = HomophoneIndex.build([
      { text: '资源', count: 41 },
      { text: '一中', count: 4 },
      { text: '心理', count: 30 },
    ])
    const slips = (q: string) => slipsIn(parseQuery(q, tokenizer), held, undefined, tokenizer)
    expect(slips('自愿')).toEqual([])
    expect(slips('一种')).toEqual([])
    // Beside another word it is a slip only where the index holds the two corrected, which search-spelling.ts asks.
    expect(slips('自愿参加课后服务')).toEqual([{ word: '自愿参加', alike: [{ text: '资源参加', count: 41 }], within: '自愿参加' }])
    expect(slips('心里辅导')).toEqual([{ word: '心里辅导', alike: [{ text: '心理辅导', count: 30 }], within: '心里辅导' }])
    // Where the run sounds like no word held (this index lacks 心理健康), the common word in it is asked beside its neighbour.
    expect(slips('心里健康教育').map((s) => [s.word, s.within])).toEqual([['心里健康', '心里健康']])
  })

  it('reads a common word as a slip only with the word after it, which says what it is: 学校有没有心里辅导, not 孩子把话放在心里', () => {
    const held = HomophoneIndex.build([{ text: '心理', count: 30 }])
    const slips = (q: string) => slipsIn(parseQuery(q, tokenizer), held, undefined, tokenizer)
    expect(slips('学校有没有心里辅导')).toEqual([{ word: '心里辅导', alike: [{ text: '心理辅导', count: 30 }], within: '心里辅导' }])
    expect(['心里教师', '心里健康怎么办', '孩子需要心里咨询'].map((q) => slips(q).map((s) => s.word))).toEqual([['心里教师'], ['心里健康'], ['心里咨询']])
    expect(slips('孩子把话放在心里')).toEqual([])
    expect(slips('老师说的话孩子记在心里')).toEqual([])
  })

  it('corrects a slip inside a short phrase, which is searched whole: 心里辅导 → 心理辅导 (心里 → 心理)', () => {
    expect(corrected('心里辅导')).toEqual(['心理辅导'])
    expect(correctedQueries('心里辅导', slipsIn(parseQuery('心里辅导', tokenizer), words))).toEqual([])
  })

  it('offers nothing when every word is in the index', () => {
    expect(corrected('双减 课后服务')).toEqual([])
  })
})

describe('pinyin typed with spaces', () => {
  it('reads syllables typed apart as run together: kehou fuwu → 课后服务, shuang jian → 双减; English words spell nothing', () => {
    expect(words.soundAlike('kehou fuwu')).toEqual([{ text: '课后服务', count: 9 }])
    expect(words.soundAlike('shuang jian')).toEqual([{ text: '双减', count: 11 }])
    expect(words.soundAlike('mental health')).toEqual([])
    expect(correctedQueries('kehou fuwu', slipsIn(parseQuery('kehou fuwu', tokenizer), words))).toEqual(['课后服务'])
  })
})

describe('homophonesOf', () => {
  it('hears the everyday words no plan writes too, after the index\'s own, followed by the plans\' words for them: 校园霸陵 → 校园霸凌, 校园欺凌', () => {
    const vocabulary = new Map([
      ['霸凌', ['欺凌']],
      ['补课', ['有偿补课', '校外培训']],
    ])
    const index = homophonesOf({ countedWords: () => [{ text: '欺凌', count: 4 }, { text: '布控', count: 2 }] }, vocabulary)
    expect(index.soundAlike('霸陵')).toEqual([{ text: '霸凌', count: 1 }])
    expect(index.soundAlike('补科')).toEqual([{ text: '补课', count: 1 }])
    expect(index.soundAlike('霸凌')).toEqual([])
    // No clause says 霸凌, so keyword mode would find nothing for 校园霸凌: the plans' 欺凌 follows it.
    const slips = slipsIn(parseQuery('校园霸陵', tokenizer), index, vocabulary, tokenizer)
    expect(slips).toEqual([{ word: '霸陵', alike: [{ text: '霸凌', count: 1 }, { text: '欺凌', count: 4 }] }])
    expect(correctedQueries('校园霸陵', slips)).toEqual(['校园霸凌', '校园欺凌'])
  })

  it('corrects a near sound of an everyday word no plan writes to it and the plans\' words for it: 霸临 → 霸凌, 欺凌; 补科 → 补课, 有偿补课, 校外培训', () => {
    const vocabulary = new Map([
      ['霸凌', ['欺凌']],
      ['补课', ['有偿补课', '校外培训']],
    ])
    const index = homophonesOf({ countedWords: () => [{ text: '欺凌', count: 4 }, { text: '校外培训', count: 9 }, { text: '有偿补课', count: 3 }] }, vocabulary)
    const slips = (q: string) => slipsIn(parseQuery(q, tokenizer), index, vocabulary, tokenizer)
    expect(slips('霸临')).toEqual([{ word: '霸临', alike: [{ text: '霸凌', count: 1 }, { text: '欺凌', count: 4 }], near: true }])
    expect(correctedQueries('补科', slips('补科'))).toEqual(['补课', '有偿补课', '校外培训'])
    // A word the index holds is corrected to itself, as before.
    expect(correctedQueries('欺临', slips('欺临'))).toEqual(['欺凌'])
  })

  it('reads the filler words of a question typed in pinyin throughout (shuangjian zhengce → 双减 政策), not pinyin beside English (women)', () => {
    const index = homophonesOf({ countedWords: () => [{ text: '双减', count: 11 }] }, new Map(), ['政策', '我们', '的'])
    const corrected = (q: string) => correctedQueries(q, slipsIn(parseQuery(q, tokenizer), index, new Map(), tokenizer))
    expect(corrected('shuangjian zhengce')).toEqual(['双减 政策', '双减 zhengce', 'shuangjian 政策'])
    expect(corrected('women education')).toEqual([])
    expect(corrected('zhengce')).toEqual([])
  })

  it('hears a filler typed in characters of its sound beside a word that names something: 双减政侧 → 双减政策, not 政侧 alone', () => {
    const index = homophonesOf({ countedWords: () => [{ text: '双减', count: 11 }] }, new Map(), ['政策', '我们', '的'])
    const corrected = (q: string) => correctedQueries(q, slipsIn(parseQuery(q, tokenizer), index, new Map(), tokenizer))
    expect(corrected('双减政侧')).toEqual(['双减政策'])
    expect(corrected('政侧')).toEqual([])
    expect(corrected('双减政策')).toEqual([])
  })

  it('leaves a rare word any dictionary holds as typed, though it sounds like a filler: 浙中, 伊通县, 冀中, 期中 and 清缴 are not 这种, 异同, 几种, 其中 and 请教', () => {
    const index = homophonesOf({ countedWords: () => [{ text: '双减', count: 11 }, { text: '课后服务', count: 9 }, { text: '检测', count: 3 }, { text: '学费', count: 1 }] }, new Map(), ['这种', '异同', '几种', '其中', '请教', '政策'])
    const slips = (q: string) => slipsIn(parseQuery(q, tokenizer), index, new Map(), tokenizer)
    const corrected = (q: string) => correctedQueries(q, slips(q))
    for (const q of ['浙中课后服务', '伊通县双减', '冀中双减', '期中检测', '清缴学费']) expect(corrected(q)).toEqual([])
    expect(slips('双减政侧')).toEqual([{ word: '政侧', alike: [{ text: '政策', count: 0 }], filler: true }])
  })
})
