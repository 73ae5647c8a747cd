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

  it('leaves an A-not-A question, a word holding 非, a kind already negated by the plans, and other negations as typed', () => {
    expect(otherSidesIn('是不是民办的')).toBe('是不是民办的')
    expect(otherSidesIn('学校收不收费')).toBe('学校收不收费')
    expect(otherSidesIn('除非民办')).toBe('除非民办')
    expect(otherSidesIn('非营利性')).toBe('非营利性')
    expect(otherSidesIn('工资不低于公务员')).toBe('工资不低于公务员')
    expect(otherSidesIn('不收费的托管')).toBe('不收费的托管')
    expect(otherSidesIn('"不是民办" 学校 -不是公办 不是民办')).toBe('"不是民办" 学校 -不是公办 公办')
  })
})

describe('a negated kind in a query', () => {
  it('searches the other side, shown as typed: 不是民办的学校 searches 公办 学校, not 不是 民办 学校', () => {
    expect(parse('不是民办的学校').groups).toEqual([[{ kind: 'words', text: '不是民办的学校', words: ['公办', '学校'] }]])
    expect(parse('不是公办的幼儿园').groups).toEqual([[{ kind: 'words', text: '不是公办的幼儿园', words: ['民办', '幼儿园'] }]])
    expect(parse('不是民办').groups).toEqual([[{ kind: 'phrase', text: '公办', match: '公办' }]])
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
