import { describe, expect, it } from 'vitest'
import { testSegmenter } from '../../test/fixtures/engine-fixtures.js'
import { widenForModes } from '../query/everyday-vocabulary.js'
import { parseQuery } from '../query/parse-query.js'
import { planMatch } from './gram-match-plan.js'

/** The words of each free-text term of the query keyword mode searches, with the weight ranking gives each. */
function weights(raw: string): [string, number][][] {
  const { keyword } = widenForModes(parseQuery(raw, testSegmenter()))
  return planMatch(keyword).wordSets.map((set) => set.map((w): [string, number] => [w.match, Math.round(w.weight * 1000) / 1000]))
}

describe('word weights of a typed word jieba\'s IDF table says nothing of', () => {
  it('weighs 霸凌 of 学校有霸凌怎么办, and the 欺凌 the everyday vocabulary searches for it, as the table weighs 欺凌', () => {
    // 欺凌 9.638 in the table: (9.638 / 9)^5 = 1.408. Before, 霸凌 (absent, no word inside) and 欺凌 (not typed) counted one,
    // as 学校 does.
    expect(weights('学校有霸凌怎么办')).toEqual([
      [
        ['学校', 1],
        ['霸凌', 1.408],
        ['欺凌', 1.408],
      ],
    ])
  })

  it('keeps one for the plans\' word of a typed word the table knows: 老师 1 and the 教师 searched for it 1', () => {
    expect(weights('老师有没有编制')).toEqual([
      [
        ['老师', 1],
        ['编制', 1],
        ['教师', 1],
      ],
    ])
  })

  it('records which typed word each added word stands for, in the query both engines read', () => {
    const { keyword, hybrid } = widenForModes(parseQuery('学校有霸凌怎么办', testSegmenter()))
    expect(keyword.groups).toEqual([[{ kind: 'words', text: '学校有霸凌怎么办', words: ['学校', '霸凌', '欺凌'], standsFor: { 欺凌: '霸凌' } }]])
    expect(hybrid.groups).toEqual(keyword.groups)
  })
})
