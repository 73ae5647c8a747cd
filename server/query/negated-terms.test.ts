import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, widenForModes } from './everyday-vocabulary.js'
import { otherSidesIn } from './negated-terms.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const parse = (q: string) => parseQuery(q, tokenizer)

describe('otherSidesIn', () => {
  it('reads a kind named by what it is not as its other side: 不是民办的学校 is 公办的学校, 非公办 民办', () => {
    expect(otherSidesIn('不是民办的学校')).toBe('公办的学校')
    expect(otherSidesIn('非民办学校')).toBe('公办学校')
    expect(otherSidesIn('不是私立的幼儿园')).toBe('公办的幼儿园')
    expect(otherSidesIn('非公办')).toBe('民办')
  })

  it('reads a fee not charged as 免费: 不收费, 不用交学费, 不花钱, 不要钱', () => {
    expect(otherSidesIn('哪些学校不收费')).toBe('哪些学校免费')
    expect(otherSidesIn('上高中不用交学费吗')).toBe('上高中免费吗')
    expect(otherSidesIn('不花钱的托管')).toBe('免费的托管')
    expect(otherSidesIn('学校不要钱吗')).toBe('学校免费吗')
  })

  it('leaves an A-not-A question, a word holding 非, a kind already negated by the plans, and other negations as typed', () => {
    expect(otherSidesIn('是不是民办的')).toBe('是不是民办的')
    expect(otherSidesIn('学校收不收费')).toBe('学校收不收费')
    expect(otherSidesIn('除非民办')).toBe('除非民办')
    expect(otherSidesIn('非营利性')).toBe('非营利性')
    expect(otherSidesIn('工资不低于公务员')).toBe('工资不低于公务员')
    expect(otherSidesIn('学校不得收费')).toBe('学校不得收费')
    expect(otherSidesIn('用不用交钱')).toBe('用不用交钱')
    expect(otherSidesIn('"不是民办" 学校 -不是公办 不是民办')).toBe('"不是民办" 学校 -不是公办 公办')
  })
})

describe('a negated kind in a query', () => {
  it('searches the other side, shown as typed: 不是民办的学校 searches 公办 学校, not 不是 民办 学校', () => {
    expect(parse('不是民办的学校').groups).toEqual([[{ kind: 'words', text: '不是民办的学校', words: ['公办', '学校'] }]])
    expect(parse('不是公办的幼儿园').groups).toEqual([[{ kind: 'words', text: '不是公办的幼儿园', words: ['民办', '幼儿园'] }]])
    expect(parse('不是民办').groups).toEqual([[{ kind: 'phrase', text: '公办', match: '公办' }]])
  })

  it('searches 免费 and the plans\' words for it where a fee is not charged, not the 收费 it rules out', () => {
    expect(parse('哪些学校不收费').groups).toEqual([[{ kind: 'words', text: '哪些学校不收费', words: ['学校', '免费'] }]])
    expect(parse('不收费').groups).toEqual([[{ kind: 'phrase', text: '免费', match: '免费' }]])
    expect(widenForModes(parse('上高中不用交学费吗'), defaultVocabulary())).toMatchObject({
      keyword: { groups: [[{ kind: 'words', words: ['上', '高中', '免费', '免除', '免收', '免缴', '减免'] }]] },
      vectorText: '上高中免费吗 免除 免收 免缴 减免',
    })
    expect(parse('收不收费').groups).toEqual([[{ kind: 'phrase', text: '收费', match: '收费' }]])
  })

  it('embeds the question as the parser reads it, so the model is not asked about 民办 schools', () => {
    expect(widenForModes(parse('不是民办的学校'), defaultVocabulary()).vectorText).toBe('公办的学校')
    expect(widenForModes(parse('是不是民办的'), defaultVocabulary()).vectorText).toBe('是不是民办的')
  })

  it('keeps a negation in quotes, after a minus and said as an exclusion as typed: "不是民办", 不要收费的托管', () => {
    expect(parse('"不是民办"').groups).toEqual([[{ kind: 'phrase', text: '不是民办', match: '不是民办' }]])
    expect(parse('学校 -不是民办').exclude).toEqual([{ kind: 'phrase', text: '不是民办', match: '不是民办' }])
    expect(parse('不要收费的托管')).toMatchObject({ groups: [[{ kind: 'phrase', match: '托管' }]], exclude: [{ kind: 'phrase', match: '收费' }] })
  })
})
