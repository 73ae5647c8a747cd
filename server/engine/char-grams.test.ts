import { describe, expect, it } from 'vitest'
import { charGrams, clauseSearchText, phraseGramQuery, tokenRuns } from './char-grams.js'

describe('charGrams', () => {
  it('writes each run as its bigrams followed by its last character', () => {
    expect(charGrams('落实"双减"工作,k15')).toBe('落实 实 双减 减 工作 作 k1 15 5')
  })

  it('writes a one-character run as that character', () => {
    expect(charGrams('教、学')).toBe('教 学')
  })

  it('keeps characters outside the basic CJK block and drops emoji', () => {
    expect(tokenRuns('𠀀丁😀①').map((r) => r.join(''))).toEqual(['𠀀丁', '①'])
  })
})

describe('phraseGramQuery', () => {
  it('turns a phrase into a quoted bigram phrase that is exact', () => {
    expect(phraseGramQuery('课后服务')).toEqual({ expr: '"课后 后服 服务"', exact: true })
  })

  it('turns one character into a prefix query', () => {
    expect(phraseGramQuery('减')).toEqual({ expr: '"减"*', exact: true })
  })

  it('asks for the runs of a phrase with punctuation side by side, each ended as charGrams ends a run, and for a substring check', () => {
    expect(charGrams('2024-2035年')).toBe('20 02 24 4 20 03 35 5年 年')
    expect(phraseGramQuery('2024-2035年')).toEqual({ expr: '"20 02 24 4 20 03 35 5年"', exact: false })
    expect(phraseGramQuery('和-教育')).toEqual({ expr: '"和 教育"', exact: false })
    expect(phraseGramQuery('教育-和')).toEqual({ expr: '"教育 育 和"*', exact: false })
  })

  it('returns null for a phrase without letters or digits', () => {
    expect(phraseGramQuery('“”')).toBeNull()
  })

  it('never lets a quote or operator of the query reach FTS5 unquoted', () => {
    expect(phraseGramQuery('a" OR "b')).toEqual({ expr: '"a OR R b"*', exact: false })
  })
})

describe('clauseSearchText', () => {
  it('uses the text when it holds the heading and prepends a missing heading', () => {
    expect(clauseSearchText({ heading: '实施课后服务', text: '3.实施课后服务。全面推进。' })).toBe('3.实施课后服务。全面推进。')
    expect(clauseSearchText({ heading: '课后服务', text: '全面推进。' })).toBe('课后服务\n全面推进。')
  })
})
