import { describe, expect, it } from 'vitest'
import { corpusLine } from '../../../test/fixtures/corpus-fixture.js'
import { createSegmenter } from '../../../indexer/segment/segmenter.js'
import { charFieldChunks, fromClauseDoc, fromPlanDoc, phraseRuns, primaryKeyFor, toCharField, toClauseDoc, toPlanDoc } from './documents.js'
import { corpusTestBuild } from '../../../test/fixtures/meili-test-records.js'

const tokenizer = createSegmenter()

describe('toCharField', () => {
  it('writes one token per character and a hard separator for punctuation', () => {
    const line = corpusLine('000_', '6.')
    expect(line.startsWith('6.持续巩固“双减”成效。')).toBe(true)
    expect(toCharField(line.slice(0, 13))).toBe('6 . 持 续 巩 固 . 双 减 . 成 效 .')
  })

  it('folds width, case and traditional characters like normalizeForMatch', () => {
    expect(toCharField('ＫＯＬ課後服務２０２５年')).toBe('k o l 课 后 服 务 2 0 2 5 年')
  })

  it('keeps characters outside the Basic Multilingual Plane as one token', () => {
    expect(toCharField('𠮷野家')).toBe('𠮷 野 家')
  })
})

describe('phraseRuns', () => {
  it('splits a phrase at punctuation into runs of single characters', () => {
    expect(phraseRuns('2024-2035')).toEqual(['2 0 2 4', '2 0 3 5'])
    expect(phraseRuns('双减')).toEqual(['双 减'])
    expect(phraseRuns('"')).toEqual([])
  })
})

describe('toClauseDoc', () => {
  const build = corpusTestBuild(1)
  const clause = build.clauses[5]

  it('keeps the record and adds the search fields', () => {
    const doc = toClauseDoc(clause, 5, tokenizer)
    expect(doc.pk).toBe('plan-0-5')
    expect(doc.seq).toBe(5)
    expect(doc.norm.startsWith('持续巩固"双减"成效。')).toBe(true)
    expect(doc.headingChars).toBe('持 续 巩 固 . 双 减 . 成 效 .')
    expect(doc.headingWords.split(' ')).toContain('双减')
    expect(doc._vectors).toBeUndefined()
    expect(doc.withText).toBe(1)
  })

  it('marks a heading-only clause for the withText ranking rule', () => {
    expect(toClauseDoc({ ...clause, text: '', outlineOnly: true }, 0, tokenizer).withText).toBe(0)
  })

  it('gives back exactly the ClauseRecord', () => {
    expect(fromClauseDoc(toClauseDoc(clause, 5, tokenizer))).toEqual(clause)
  })

  it('stores a vector under the embedder name, with 0 along the heading-only axis for a clause with text', () => {
    const doc = toClauseDoc(clause, 5, tokenizer, Float32Array.from([0.5, -0.25]), 0.88)
    expect(doc._vectors).toEqual({ clauses: [0.5, -0.25, 0] })
  })

  it('turns a heading-only clause\'s vector towards the axis by the scale it is given', () => {
    const doc = toClauseDoc({ ...clause, text: '', outlineOnly: true }, 5, tokenizer, Float32Array.from([0.6, 0.8]), 0.5)
    const [x, y, axis] = doc._vectors!.clauses!
    expect([x, y]).toEqual([0.3, 0.4].map((v) => expect.closeTo(v, 6)))
    expect(axis).toBeCloseTo(Math.sqrt(0.75), 6)
  })

  it('round-trips plans', () => {
    expect(fromPlanDoc(toPlanDoc(build.plans[0], 0))).toEqual(build.plans[0])
  })
})

describe('primaryKeyFor', () => {
  it('keeps valid ids and hashes the others', () => {
    expect(primaryKeyFor('jingmen-2025-1-6')).toBe('jingmen-2025-1-6')
    expect(primaryKeyFor('荆门-1')).toMatch(/^h[0-9a-f]{40}$/)
    expect(primaryKeyFor('../keys')).toMatch(/^h[0-9a-f]{40}$/)
    expect(primaryKeyFor('_build')).not.toBe('_build')
  })
})

describe('charFieldChunks', () => {
  it('keeps an ordinary clause in one chunk', () => {
    const clause = corpusTestBuild(1).clauses[5]
    expect(charFieldChunks(clause.text)).toEqual([toCharField(clause.text)])
  })

  it('splits where Meilisearch positions would run out, overlapping so a phrase is whole in one chunk', () => {
    // 双减、课后服务。 = 6 characters and two hard separators (8 positions each) per repetition.
    const text = '双减、课后服务。'.repeat(2000)
    const chunks = charFieldChunks(text, 1000, 64)
    expect(chunks.length).toBeGreaterThan(1)
    for (const chunk of chunks) expect(meiliPositions(chunk)).toBeLessThan(1000)
    for (let i = 1; i < chunks.length; i++) {
      const tail = chunks[i - 1].split(' ').slice(-64).join(' ')
      expect(chunks[i].startsWith(tail)).toBe(true)
    }
    expect(chunks.every((c) => c.includes('课 后 服 务'))).toBe(true)
  })

  it('puts the tail of a very long clause in textCharsMore and says nothing for a short one', () => {
    const clause = corpusTestBuild(1).clauses[5]
    expect(toClauseDoc(clause, 5, tokenizer).textCharsMore).toBeUndefined()
    const long = { ...clause, text: '推进集团化办学，'.repeat(9000) }
    const doc = toClauseDoc(long, 5, tokenizer)
    expect(Object.keys(doc.textCharsMore ?? {})).toEqual(['1', '2'])
    expect(meiliPositions(doc.textChars)).toBeLessThan(65_536)
    expect(doc.textCharsMore!['2'].endsWith('推 进 集 团 化 办 学 .')).toBe(true)
  })
})

/** The last position Meilisearch gives a char field: +1 after a space, +8 after a hard separator. */
function meiliPositions(field: string): number {
  let pos = -1
  let hard = false
  for (const token of field.split(' ')) {
    if (token === '.') {
      hard = pos >= 0
      continue
    }
    pos += pos < 0 ? 1 : hard ? 8 : 1
    hard = false
  }
  return pos
}
