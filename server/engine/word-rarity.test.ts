import { describe, expect, it } from 'vitest'
import { planMatch } from './gram-match-plan.js'
import type { ParsedQuery } from './types.js'
import { typedWordWeight } from './word-rarity.js'

describe('typedWordWeight (how rare a typed word is in Chinese at large)', () => {
  it('counts a word said of anything as one word (学生 5.76, 预防 6.89, 上学 7.70 in jieba’s IDF table)', () => {
    expect([typedWordWeight('学生'), typedWordWeight('预防'), typedWordWeight('上学')]).toEqual([1, 1, 1])
  })

  it('counts a word rarer than IDF 9 for more: 体育锻炼 (9.68) 1.44, 溺水 (10.53) 2.20, more than 学生 and 预防 together', () => {
    expect(typedWordWeight('体育锻炼')).toBeCloseTo((9.6811699468 / 9) ** 5, 4)
    expect(typedWordWeight('溺水')).toBeCloseTo((10.533381822 / 9) ** 5, 4)
    expect(typedWordWeight('溺水')).toBeGreaterThan(typedWordWeight('学生') + typedWordWeight('预防'))
  })

  it('counts a very rare word for three words at most (孤独症 11.60, 补课费 12.80)', () => {
    expect([typedWordWeight('孤独症'), typedWordWeight('补课费')]).toEqual([3, 3])
  })

  it('reads a word the table lacks by the longest words of the table inside it, the rarest of them: 自闭症 as 自闭 (12.80), as its twin 孤独症', () => {
    expect(typedWordWeight('自闭症')).toBe(typedWordWeight('孤独症'))
    // 课后 (12.11), not 服务 (5.34); 学区房 holds 学区 (11.70).
    expect([typedWordWeight('课后服务'), typedWordWeight('学区房')]).toEqual([3, 3])
    // 五项管理: 五项 (9.53), not 管理 (4.67).
    expect(typedWordWeight('五项管理')).toBeCloseTo((9.53122979951 / 9) ** 5, 4)
  })

  it('counts a word the table lacks with no word of it inside for one (霸凌, 摇号: single characters)', () => {
    expect([typedWordWeight('霸凌'), typedWordWeight('摇号')]).toEqual([1, 1])
  })

  it('keeps the IDF of a word the table holds, whatever is inside it: 体育锻炼 (9.68) is not read as 锻炼', () => {
    expect(typedWordWeight('体育锻炼')).toBeCloseTo((9.6811699468 / 9) ** 5, 4)
  })
})

describe('planMatch word weights', () => {
  it('weighs the words the user typed and counts the words searched beside them as one each', () => {
    // 孤独症 is searched beside the typed words (as the everyday vocabulary widens a question), rare as it is.
    const query: ParsedQuery = {
      raw: '学生溺水怎么预防',
      groups: [[{ kind: 'words', text: '学生溺水怎么预防', words: ['学生', '溺水', '预防', '孤独症'] }]],
      exclude: [],
      highlight: ['学生', '溺水', '预防', '孤独症'],
    }
    const words = planMatch(query).wordSets[0].map((w) => [w.match, Number(w.weight.toFixed(3))])
    expect(words).toEqual([
      ['学生', 1],
      ['溺水', 2.196],
      ['预防', 1],
      ['孤独症', 1],
    ])
  })
})
