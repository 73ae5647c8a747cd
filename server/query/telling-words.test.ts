import { describe, expect, it } from 'vitest'
import { testSegmenter } from '../../test/fixtures/engine-fixtures.js'
import type { WordsTerm } from '../engine/types.js'
import { parseQuery } from './parse-query.js'
import { sentenceTerm, splitByShare, tellingFillsAPage, withRankOnly } from './telling-words.js'

const tokenizer = testSegmenter()
const term = (raw: string) => sentenceTerm(parseQuery(raw, tokenizer)) as WordsTerm

describe('telling and common words of a question typed as a sentence', () => {
  it('takes a question of several words for a sentence, and a short term, two terms or a quoted phrase not', () => {
    expect(term('职业学校毕业好找工作吗').words).toEqual(['职业', '学校', '毕业', '好找', '工作'])
    expect(sentenceTerm(parseQuery('学校', tokenizer))).toBeNull()
    expect(sentenceTerm(parseQuery('双减 课后服务', tokenizer))).toBeNull()
    expect(sentenceTerm(parseQuery('"职业学校毕业"', tokenizer))).toBeNull()
  })

  it('calls a word in more than 30% of the clauses common, and the held words of two or more characters telling', () => {
    // The counts of the bundled corpus's 343 clauses.
    const counts = new Map([['职业', 28], ['学校', 153], ['毕业', 5], ['好找', 0], ['工作', 150]])
    expect(splitByShare(term('职业学校毕业好找工作吗'), counts, 343)).toEqual({ common: ['学校', '工作'], telling: ['职业', '毕业'] })
  })

  it('changes nothing when no word is common, or no telling word is held by any clause', () => {
    expect(splitByShare(term('职业学校毕业好找工作吗'), new Map([['职业', 28], ['学校', 90], ['毕业', 5], ['工作', 100]]), 343)).toBeNull()
    expect(splitByShare(term('职业学校毕业好找工作吗'), new Map([['学校', 153], ['工作', 221]]), 343)).toBeNull()
  })

  it('marks the common words rank-only in the query and keeps every word of the term', () => {
    const parsed = parseQuery('职业学校毕业好找工作吗', tokenizer)
    expect(withRankOnly(parsed, ['学校', '工作']).groups).toEqual([[{ ...parsed.groups[0][0], rankOnly: ['学校', '工作'] }]])
  })

  it('settles whether the telling words fill a page from their own counts, and leaves only a count under the floor summing to it open', () => {
    // 职业 28, 毕业 5 on the bundled corpus: 职业 alone holds more than a page.
    expect(tellingFillsAPage(['职业', '毕业'], new Map([['职业', 28], ['毕业', 5]]))).toBe(true)
    // 流感 0, 传染病 3: at most 3 clauses.
    expect(tellingFillsAPage(['流感', '传染病'], new Map([['流感', 0], ['传染病', 3]]))).toBe(false)
    // 12 and 9 may be 12 clauses or 21: only the count of the union says.
    expect(tellingFillsAPage(['职业', '毕业'], new Map([['职业', 12], ['毕业', 9]]))).toBeNull()
  })
})
