/**
 * Recall of the SQLite engine on the real bundled index: any quoted substring of any clause comes back,
 * with every other clause containing it and nothing else. The reference is a plain scan that folds text
 * the way the query language documents (README "Search syntax", indexer/normalize.ts), written here
 * without the production normaliser, gram index or query planner.
 */
import fc from 'fast-check'
import * as OpenCC from 'opencc-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClauseRecord, IndexBuild } from '../../../indexer/types.js'
import { keywordQuery, loadCorpusBuild, tempIndexPath, testSegmenter } from '../../../test/fixtures/engine-fixtures.js'
import { openSqliteEngine } from './sqlite-engine.js'
import type { SearchEngine } from '../types.js'

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' })
const simplified = new Map<string, string>()

/** Every quote mark the query language reads as a phrase delimiter: a phrase cannot hold one. */
const QUOTE_MARKS = /["“”「」『』]/

/**
 * The documented folding, one character at a time: traditional → simplified, full-width ASCII → ASCII,
 * Latin lower case, Chinese quotation marks → ASCII quotes, the ideographic comma → ',' and any white
 * space (line breaks and wide spaces included) → ' ', as a query turns them into spaces.
 */
function fold(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0).toLowerCase()
    else if (ch === '“' || ch === '”' || ch === '「' || ch === '」' || ch === '『' || ch === '』') out += '"'
    else if (ch === '‘' || ch === '’') out += "'"
    else if (ch === '、' || ch === '､') out += ','
    else if (/\s/.test(ch)) out += ' '
    else if (/\p{Script=Han}/u.test(ch)) {
      if (!simplified.has(ch)) {
        const s = toSimplified(ch)
        simplified.set(ch, s.length === ch.length ? s : ch)
      }
      out += simplified.get(ch)
    } else out += ch.toLowerCase()
  }
  return out
}

/** What a quoted phrase stands for: its text without punctuation and spaces at either edge, spaces collapsed, folded. */
function phraseOf(piece: string): string {
  return fold(piece.replace(/^[\p{P}\p{S}\p{Z}\s]+|[\p{P}\p{S}\p{Z}\s]+$/gu, '')).replace(/ +/g, ' ')
}

describe('SQLite engine recall on the bundled corpus', () => {
  let build: IndexBuild
  let engine: SearchEngine
  let folded: { clause: ClauseRecord; heading: string; text: string }[]

  beforeAll(async () => {
    build = await loadCorpusBuild()
    engine = await openSqliteEngine({ path: tempIndexPath(), tokenizer: testSegmenter() })
    await engine.replaceAll(build)
    folded = build.clauses.map((clause) => ({ clause, heading: fold(clause.heading), text: fold(clause.text) }))
  })
  afterAll(async () => engine?.close())

  const scan = (phrase: string) => folded.filter((c) => c.text.includes(phrase) || c.heading.includes(phrase)).map((c) => c.clause.id)

  it('returns every clause containing a quoted substring (1–8 characters) of any clause, and no other (property)', async () => {
    let checked = 0
    const runs = 400
    // Plain Chinese text rarely draws a digit, a Latin letter, a punctuation mark or a line break: a third of
    // the runs start next to a character that is not Chinese, a third next to a space or line break.
    const anchors = { any: /[^]/gu, symbol: /[^\p{Script=Han}"“”「」『』]/gu, space: /\s/gu }
    const draw = fc.record({
      anchor: fc.constantFrom(...(Object.keys(anchors) as (keyof typeof anchors)[])),
      k: fc.nat(100_000),
      seed: fc.nat(100_000),
      length: fc.integer({ min: 1, max: 8 }),
    })
    await fc.assert(
      fc.asyncProperty(draw, async ({ anchor, k, seed, length }) => {
        const pool = build.clauses.filter((c) => c.text.search(anchors[anchor]) !== -1)
        const clause = pool[k % pool.length]
        const at = [...clause.text.matchAll(anchors[anchor])].map((m) => m.index)
        const start = Math.max(0, at[seed % at.length] - (seed % length))
        // A phrase cannot hold a quote mark: keep the longest part of the substring between them.
        const piece = clause.text
          .slice(start, start + length)
          .split(QUOTE_MARKS)
          .reduce((a, b) => (b.length > a.length ? b : a))
        const phrase = phraseOf(piece)
        // Only punctuation is not a search (the parser says so instead): nothing to check.
        if (!/[\p{L}\p{N}]/u.test(phrase)) return
        const result = await engine.search(keywordQuery(`"${piece}"`))
        const found = result.hits.map((h) => h.clause.id)
        const expected = scan(phrase)
        expect(found, piece).toContain(clause.id)
        expect([...found].sort(), piece).toEqual([...expected].sort())
        expect(result.total).toBe(expected.length)
        checked++
      }),
      { numRuns: runs },
    )
    expect(checked).toBeGreaterThanOrEqual(runs * 0.8)
  }, 120_000)
})
