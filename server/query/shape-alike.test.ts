import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { correctedQueries, homophonesOf, slipsIn } from './homophones.js'
import { parseQuery } from './parse-query.js'
import { defaultShapeGroups, parseShapeGroups, shapeAlike } from './shape-alike.js'

const tokenizer = createSegmenter()
const held = (counts: Record<string, number>) => (text: string) => counts[text] ?? 0

describe('parseShapeGroups', () => {
  it('gives each character of a group the others, skipping comments and anything longer than a character', () => {
    const groups = parseShapeGroups('# 形近字\n育 肓\n已 己 巳 # three\n教育 x\n')
    expect(groups.get('育')).toEqual(['肓'])
    expect(groups.get('己')).toEqual(['已', '巳'])
    expect(groups.has('教育')).toBe(false)
  })

  it('reads data/dict/shape-alike.txt: 肓 looks like 育, 街 like 衔', () => {
    expect(defaultShapeGroups().get('肓')).toEqual(['育'])
    expect(defaultShapeGroups().get('街')).toEqual(['衔'])
  })
})

describe('shapeAlike', () => {
  it('reads a word the index lacks as the index\'s words one look-alike character away, most clauses first: 职业教肓 → 职业教育', () => {
    expect(shapeAlike('职业教肓', held({ 职业教育: 18 }))).toEqual([{ text: '职业教育', count: 18 }])
    expect(shapeAlike('未来', held({ 未来: 3, 末来: 0 }))).toEqual([])
    expect(shapeAlike('末来', held({ 未来: 3 }))).toEqual([{ text: '未来', count: 3 }])
    expect(shapeAlike('肓', held({ 育: 3 }))).toEqual([])
  })
})

describe('a slip of the eye in a query', () => {
  const index = homophonesOf({ countedWords: () => [{ text: '职业教育', count: 18 }, { text: '教育', count: 251 }, { text: '心理健康', count: 14 }] }, new Map(), [])
  const slips = (q: string) => slipsIn(parseQuery(q, tokenizer), index, new Map(), tokenizer)

  it('offers 职业教育 for 职业教肓, whose 肓 no sound gives away, as a slip read by shape', () => {
    expect(slips('职业教肓')).toEqual([{ word: '职业教肓', alike: [{ text: '职业教育', count: 18 }], shape: true }])
    expect(correctedQueries('职业教肓', slips('职业教肓'))).toEqual(['职业教育'])
  })

  it('leaves a word the dictionaries or the index hold as typed, though a look-alike is in the index: 未来, 职业教育', () => {
    expect(correctedQueries('未来', slips('未来'))).toEqual([])
    expect(correctedQueries('职业教育', slips('职业教育'))).toEqual([])
  })
})
