import { describe, expect, it } from 'vitest'
import { headingOnlyAfterText } from './ranking.js'

describe('headingOnlyAfterText', () => {
  // Rowids 1–6; 2 and 5 are heading-only; 1, 2, 4 and 5 contain the phrase.
  const headingOnly = (r: number) => r === 2 || r === 5
  const matches = new Set([1, 2, 4, 5])

  it('moves heading-only matches ranked above the last text match to just after it, keeping their order', () => {
    expect(headingOnlyAfterText([2, 5, 3, 1, 6, 4], matches, headingOnly)).toEqual([3, 1, 6, 4, 2, 5])
  })

  it('leaves a heading-only match already below every text match, and clauses outside the matches, in place', () => {
    expect(headingOnlyAfterText([1, 3, 4, 2, 6, 5], matches, headingOnly)).toEqual([1, 3, 4, 2, 6, 5])
  })

  it('changes nothing when no clause with text matches', () => {
    expect(headingOnlyAfterText([2, 3, 5], new Set([2, 5]), headingOnly)).toEqual([2, 3, 5])
  })
})
