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
})
