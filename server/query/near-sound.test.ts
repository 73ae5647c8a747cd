import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { correctedQueries, HomophoneIndex, nearSoundKey, slipsIn, soundKey } from './homophones.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const index = HomophoneIndex.build([
  { text: '欺凌', count: 4 },
  { text: '校园欺凌', count: 1 },
  { text: '校园', count: 58 },
  { text: '双减', count: 11 },
  { text: '晚自习', count: 0 },
  { text: '家风', count: 2 },
  { text: '高考', count: 6 },
])
const slips = (q: string) => slipsIn(parseQuery(q, tokenizer), index, new Map(), tokenizer)

describe('a word typed with a sound many speakers do not tell apart', () => {
  it('keys zh z, ch c, sh s and the nasal finals ing in, eng en, ang an alike: 欺临 and 欺凌 are qi lin, 双减 and 爽渐 suang jian', () => {
    expect(nearSoundKey(soundKey('欺临'))).toBe(nearSoundKey(soundKey('欺凌')))
    expect(nearSoundKey('shuang jian')).toBe('suan jian')
    expect(nearSoundKey('zhong xiong')).toBe('zong xiong')
  })

  it('is corrected to the index word it nearly sounds like, as a guess: 校园欺临 → 校园欺凌', () => {
    expect(slips('校园欺临')).toEqual([{ word: '校园欺临', alike: [{ text: '校园欺凌', count: 1 }], near: true }])
    expect(correctedQueries('校园欺临', slips('校园欺临'))).toEqual(['校园欺凌'])
  })

  it('leaves a word the index holds, or one that sounds the same as an index word (a sound, not a guess), to what it was: 欺凌, 双剪', () => {
    expect(slips('欺凌')).toEqual([])
    expect(slips('双剪')).toEqual([{ word: '双剪', alike: [{ text: '双减', count: 11 }] }])
  })

  it('guesses no near sound that changes more characters than one slip makes: 高考加分 is not 高考家风 (jia fen, jia feng)', () => {
    expect(index.nearSoundAlike('加分')).toEqual([])
    expect(slips('高考加分')).toEqual([])
    expect(index.nearSoundAlike('欺临')).toEqual([{ text: '欺凌', count: 4 }])
  })
})
