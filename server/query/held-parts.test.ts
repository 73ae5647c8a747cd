import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import type { EverydayVocabulary } from './everyday-vocabulary.js'
import { heldParts, partCandidates, subWords, withHeldParts } from './held-parts.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
/** No everyday vocabulary: what the parts do alone. */
const NONE: EverydayVocabulary = new Map()
/** Clause counts of the bundled corpus (343 clauses) for the strings the examples ask about; any other string is in none. */
const COUNTS = new Map([
  ['学费', 1],
  ['幼儿园', 31],
  ['幼儿', 34],
  ['足球', 5],
  ['职称', 4],
  ['私立', 0],
  ['学校', 153],
  ['高中', 29],
])
const held = { counts: COUNTS, clauses: 343 }

/** The words each free-text term searches, and each phrase, of a question read with its held parts. */
function searched(q: string): (string | string[])[] {
  const typed = parseQuery(q, tokenizer)
  const parts = heldParts(partCandidates(typed), held, tokenizer, NONE)
  return withHeldParts(typed, parts).groups.flat().map((t) => (t.kind === 'words' ? t.words : t.match))
}

describe('subWords', () => {
  it('lists the words of the language inside a word, longest first, of two characters or more', () => {
    expect(subWords('交学费', tokenizer)).toEqual(['学费'])
    expect(subWords('上幼儿园', tokenizer)).toEqual(['幼儿园', '幼儿'])
    expect(subWords('踢足球', tokenizer)).toEqual(['足球'])
    expect(subWords('私立学校', tokenizer)).toEqual(['私立', '学校'])
  })

  it('lists no single character and no string that is no word: 交学 is not one', () => {
    expect(subWords('交学费', tokenizer)).not.toContain('交学')
    expect(subWords('学费', tokenizer)).toEqual([])
  })
})

describe('heldParts', () => {
  it('reads a typed word no clause holds as the parts some clause holds', () => {
    expect(heldParts(['交学费', '踢足球', '评职称'], held, tokenizer, NONE)).toEqual(
      new Map([
        ['交学费', ['学费']],
        ['踢足球', ['足球']],
        ['评职称', ['职称']],
      ]),
    )
  })

  it('keeps only the longest part held: 上幼儿园 is 幼儿园, not 幼儿 as well', () => {
    expect(heldParts(['上幼儿园'], held, tokenizer, NONE)).toEqual(new Map([['上幼儿园', ['幼儿园']]]))
  })

  it('leaves a word some clause holds as typed: 幼儿园 is no 幼儿', () => {
    expect(heldParts(['幼儿园'], held, tokenizer, NONE)).toEqual(new Map())
  })

  it('leaves a word whose only held part is in more than 30% of the clauses: 私立学校 is no 学校 (153 of 343)', () => {
    expect(heldParts(['私立学校'], held, tokenizer, NONE)).toEqual(new Map())
  })

  it('leaves a word the everyday vocabulary reads whole: it searches the plans\' words already', () => {
    expect(heldParts(['交学费'], held, tokenizer, new Map([['交学费', ['收费']]]))).toEqual(new Map())
  })
})

describe('withHeldParts', () => {
  it('searches 学费 beside 交学费 in a question: 上高中要不要交学费', () => {
    expect(searched('上高中要不要交学费')).toEqual([['上', '高中', '交学费', '学费']])
  })

  it('changes no word the index holds and no single character', () => {
    expect(searched('学生踢足球')).toEqual([['学生', '踢足球', '足球']])
    expect(searched('上高中要不要交学费')[0]).toContain('上')
    expect(searched('双减政策落实情况怎么样')).toEqual([['双减', '落实', '情况']])
  })

  it('keeps a short term typed alone and searches its parts beside it, as a phrase widened (not typed): 交学费 | 学费', () => {
    expect(searched('交学费')).toEqual(['交学费', '学费'])
    const hybrid = withHeldParts(parseQuery('交学费', tokenizer), new Map([['交学费', ['学费']]]))
    expect(hybrid.groups).toEqual([[{ kind: 'phrase', text: '交学费', match: '交学费' }, { kind: 'phrase', text: '学费', match: '学费', widened: true }]])
    expect(hybrid.highlight).toEqual(['交学费', '学费'])
  })

  it('never reads a quoted phrase or an exclusion for its parts', () => {
    expect(partCandidates(parseQuery('"交学费"', tokenizer))).toEqual([])
    expect(searched('"交学费"')).toEqual(['交学费'])
    expect(withHeldParts(parseQuery('"交学费"', tokenizer), new Map([['交学费', ['学费']]])).groups).toEqual([[{ kind: 'phrase', text: '交学费', match: '交学费' }]])
    const excluding = parseQuery('高中 -交学费', tokenizer)
    expect(withHeldParts(excluding, new Map([['交学费', ['学费']]])).exclude).toEqual(excluding.exclude)
  })
})

describe('what is never read for its parts', () => {
  it('leaves a word whose parts leave two characters or more of it: a slip (双减政侧) or a word of its own (学生上课)', () => {
    const counts = { counts: new Map([['双减', 11], ['学生', 70], ['学生阅读', 0]]), clauses: 343 }
    expect(heldParts(['双减政侧', '学生上课'], counts, tokenizer, NONE)).toEqual(new Map())
  })

  it('widens a term typed alone by one part only (学生阅读 is two words typed as one, not 学生 | 阅读), a word of a question by all', () => {
    const both = new Map([['学生阅读', ['学生', '阅读']]])
    expect(withHeldParts(parseQuery('学生阅读', tokenizer), both).groups).toEqual([[{ kind: 'phrase', text: '学生阅读', match: '学生阅读' }]])
    const inQuestion = withHeldParts(parseQuery('学生睡眠不足', tokenizer), new Map([['睡眠不足', ['睡眠', '不足']]]))
    expect(inQuestion.groups).toEqual([[{ kind: 'words', text: '学生睡眠不足', words: ['学生', '睡眠不足', '睡眠', '不足'], standsFor: { 睡眠: '睡眠不足', 不足: '睡眠不足' } }]])
  })
})
