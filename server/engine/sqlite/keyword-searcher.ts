/**
 * Keyword matching on the SQLite gram index: the exact set of matching rowids with a tier for each, and
 * BM25 for the few clauses that can reach the first pages.
 *
 * The tier orders, most important first: how many words of a free-text term the clause has, a hit in
 * the heading, the words standing near each other. BM25 (term weight × saturated frequency × length
 * normalisation) orders clauses within a tier. FTS5's bm25() costs about 2 µs per matching row, 170 ms
 * for a term in 84 000 of 100 000 clauses, so BM25 is computed here for a rerank pool only, from the
 * stored normalised text; beyond the pool a tier is ordered by clause length, which is BM25 with the
 * term counted once.
 */
import type Database from 'better-sqlite3'
import type { MatchPlan, TermGrams, WordGrams } from '../gram-match-plan.js'
import type { ClauseRows } from './clause-rows.js'
import type { FirstPages, FrequentGrams } from './frequent-grams.js'
import { rankWeights } from './rank-weights.js'
import { RecentMap } from '../recent-map.js'
import { StatementCache } from './statement-cache.js'
import { weightedOccurrences } from '../word-bounds.js'
import { ClauseTexts } from './clause-texts.js'

export interface KeywordMatches {
  rowids: Int32Array
  /** Tier per entry of `rowids`, larger is better (see rank-weights.ts). */
  tiers: Float64Array
}

/**
 * The matches one index keeps per thread, in bytes. At 100k clauses all 32 entries fit (a match of the commonest
 * pair is ~1 MB); at a million the cache keeps the last few large matches (a facet click or the next page
 * repeats the latest) instead of growing every thread by hundreds of MB.
 */
const MATCH_CACHE_BYTES = 64 * 1024 * 1024

export class KeywordSearcher {
  private readonly statements: StatementCache
  /** Recent matches by plan: a facet click or the next page re-runs the same match. */
  private readonly cache: RecentMap<string, KeywordMatches>
  private readonly frequencies = new Map<string, number>()
  private readonly scratchArrays = new Map<string, Uint16Array>()

  /**
   * `frequent` answers the doclists of frequent grams from their packed copies (null: every doclist from
   * FTS5, as when the indexer computes those copies' first pages).
   */
  constructor(
    private readonly db: Database.Database,
    private readonly rows: () => ClauseRows,
    cacheSize = 32,
    readonly frequent: FrequentGrams | null = null,
  ) {
    this.statements = new StatementCache(db)
    this.cache = new RecentMap(cacheSize, { bytes: MATCH_CACHE_BYTES, weigh: (m) => m.rowids.byteLength + m.tiers.byteLength })
  }

  /** The rowids matching the plan, exclusions applied. The arrays are shared: never modify them. */
  match(plan: MatchPlan): KeywordMatches {
    return this.cache.get(JSON.stringify(plan), () => this.compute(plan))
  }

  /**
   * The stored first pages of a plan that is one frequent gram and nothing else, or null. Its ranking depends
   * on the gram alone, so the indexer ran it once (frequent-grams-writer.ts).
   */
  firstPages(plan: MatchPlan): FirstPages | null {
    const simple =
      !plan.impossible &&
      plan.terms.length === 1 &&
      plan.candidates === plan.terms[0].expr &&
      plan.anyTerm === plan.candidates &&
      plan.verify.length === 0 &&
      plan.exclude.length === 0 &&
      plan.wordSets.length === 0 &&
      plan.near.length === 0
    return simple && this.frequent?.has(plan.candidates) ? this.frequent.firstPages(plan.candidates) : null
  }

  /** Matches in no particular order: every ranking breaks ties by rowid, so the order changes no result. */
  private compute(plan: MatchPlan): KeywordMatches {
    if (plan.impossible) return { rowids: new Int32Array(0), tiers: new Float64Array(0) }
    const excluded = this.excludedRowids(plan.exclude)

    if (plan.candidates === null) {
      const all = this.rows().allRowids()
      const rowids = excluded.size === 0 ? all : all.filter((r) => !excluded.has(r))
      return { rowids, tiers: new Float64Array(rowids.length) }
    }

    const size = this.rows().size
    const words = this.wordCounts(plan.wordSets, size)
    const wordCounts = words?.counts
    let found: ArrayLike<number>
    if (plan.wordsOnly && words) {
      found = words.any
    } else if (plan.verify.length === 0 && this.frequent?.has(plan.candidates)) {
      found = this.frequent.rowids(plan.candidates)
    } else if (plan.verify.length === 0) {
      found = this.exprRowids(plan.candidates)
    } else {
      const checks = plan.verify.map((strings) => ` AND (${strings.map(() => 'instr(c.norm, ?) > 0').join(' OR ')})`).join('')
      found = this.rowids(`SELECT group_concat(f.rowid) FROM grams f JOIN clauses c ON c.rowid = f.rowid WHERE grams MATCH ?${checks}`, plan.candidates, ...plan.verify.flat())
    }
    const heading = plan.anyTerm ? this.headingFlags(plan, size) : null
    const near = plan.near.length > 0 ? this.scratch('near', size) : null
    for (const expr of plan.near) {
      const rowids = this.rowids('SELECT group_concat(rowid) FROM grams WHERE grams MATCH ?', expr)
      for (let i = 0; i < rowids.length; i++) near![rowids[i]] = 1
    }

    // The union and a packed doclist are this match's own arrays: kept as they are when nothing is excluded.
    const rowids = found instanceof Int32Array && excluded.size === 0 ? found : new Int32Array(found.length)
    const tiers = new Float64Array(found.length)
    let n = 0
    for (let i = 0; i < found.length; i++) {
      const rowid = found[i]
      if (excluded.size > 0 && excluded.has(rowid)) continue
      rowids[n] = rowid
      tiers[n] =
        (wordCounts ? wordCounts[rowid] : 0) * rankWeights.near +
        (heading !== null && heading[rowid] === 1 ? rankWeights.heading : 0) +
        (near !== null && near[rowid] === 1 ? rankWeights.near : 0)
      n++
    }
    return { rowids: rowids.subarray(0, n), tiers: tiers.subarray(0, n) }
  }

  /**
   * Clauses with any term in the heading, by rowid: the union of each term's heading matches, which is what
   * the OR of them (plan.anyTerm) matches, with the frequent ones read packed.
   */
  private headingFlags(plan: MatchPlan, size: number): Uint16Array {
    const flags = this.scratch('heading', size)
    const exprs = [...new Set(plan.terms.map((t) => t.expr))]
    const mark = (rowids: ArrayLike<number>) => {
      for (let i = 0; i < rowids.length; i++) flags[rowids[i]] = 1
    }
    const rare = exprs.filter((expr) => !this.frequent?.has(expr))
    for (const expr of exprs) if (!rare.includes(expr)) mark(this.frequent!.headingRowids(expr))
    if (rare.length > 0) mark(this.rowids('SELECT group_concat(rowid) FROM heading_grams WHERE heading_grams MATCH ?', rare.join(' OR ')))
    return flags
  }

  /**
   * BM25 of each pool clause for the query's terms (every phrase and word), from the stored normalised
   * text: tf by substring count, an occurrence across two words counting less (word-bounds.ts), df by an
   * FTS5 count, lengths in characters.
   */
  bm25(terms: TermGrams[], pool: number[], corpus: { size: number; avgLength: number }, texts = this.texts()): Map<number, number> {
    const scores = new Map<number, number>()
    if (pool.length === 0 || terms.length === 0) return scores
    const idf = terms.map((t) => {
      // A typed word the plans say otherwise is as common as the rarest of their words for it (TermGrams.standing).
      const standing = t.standing?.map((e) => this.documentFrequency(e)) ?? []
      const df = Math.max(this.documentFrequency(t.expr), ...(standing.length > 0 ? [Math.min(...standing)] : []))
      return Math.log(1 + (corpus.size - df + 0.5) / (df + 0.5))
    })
    const { k1, b } = rankWeights
    for (const [rowid, { norm, starts }] of texts.get(pool)) {
      const lengthNorm = k1 * (1 - b + (b * norm.length) / corpus.avgLength)
      let score = 0
      for (let k = 0; k < terms.length; k++) {
        const tf = weightedOccurrences(norm, terms[k].match, starts)
        if (tf > 0) score += (idf[k] * tf * (k1 + 1)) / (tf + lengthNorm)
      }
      scores.set(rowid, score)
    }
    return scores
  }

  /** A reader of clause texts for one query: what BM25 and the heading check read is read once. */
  texts(): ClauseTexts {
    return new ClauseTexts(this.statements)
  }

  /**
   * Clauses containing a term's grams. A hybrid query asks BM25 twice (keyword pool, then the fused
   * candidates), and a common term costs a scan of its doclist, so counts are kept: the index never changes
   * under an open searcher.
   */
  private documentFrequency(expr: string): number {
    let df = this.frequencies.get(expr)
    if (df === undefined) {
      if (this.frequent?.has(expr)) return this.frequent.docs(expr)
      df = this.statement('SELECT count(*) FROM grams WHERE grams MATCH ?').pluck().get(expr) as number
      this.rememberFrequency(expr, df)
    }
    return df
  }

  /** Rowids of the clauses the plan's exclusions drop (for nearest-neighbour search, which has no match step). */
  excluded(plan: MatchPlan): Set<number> {
    return plan.impossible ? new Set() : this.excludedRowids(plan.exclude)
  }

  /** Rowids whose text contains any of the terms, exactly. */
  private excludedRowids(terms: TermGrams[]): Set<number> {
    const out = new Set<number>()
    for (const term of terms) {
      const rowids = this.exactRowids(term)
      for (let i = 0; i < rowids.length; i++) out.add(rowids[i])
    }
    return out
  }

  /**
   * The words of the free-text terms each clause holds, by rowid, in units of rankWeights.near (a word
   * rankWeights.word times the words it counts for, a typed word rare in the language more: word-rarity.ts; a
   * single character, or a word in more than rankWeights.genericShare of the clauses, rankWeights.character),
   * and the clauses holding any (in no particular order: every ranking breaks ties by rowid).
   */
  private wordCounts(wordSets: WordGrams[][], size: number): { counts: Uint16Array; any: Int32Array } | null {
    if (wordSets.length === 0) return null
    const counts = this.scratch('words', size)
    const words = wordSets.flat()
    const lists = words.map((word) => this.exactRowids(word))
    const any = new Int32Array(Math.min(size, lists.reduce((sum, list) => sum + list.length, 0)))
    let n = 0
    lists.forEach((rowids, k) => {
      const telling = [...words[k].match].length >= 2 && rowids.length <= size * rankWeights.genericShare
      const weight = telling ? rankWeights.word * words[k].weight : rankWeights.character
      const units = Math.round(weight / rankWeights.near)
      for (let i = 0; i < rowids.length; i++) {
        if (counts[rowids[i]] === 0) any[n++] = rowids[i]
        counts[rowids[i]] += units
      }
    })
    return { counts, any: any.subarray(0, n) }
  }

  private exactRowids(term: TermGrams): ArrayLike<number> {
    if (term.exact && this.frequent?.has(term.expr)) return this.frequent.rowids(term.expr)
    return term.exact
      ? this.exprRowids(term.expr)
      : this.rowids('SELECT group_concat(f.rowid) FROM grams f JOIN clauses c ON c.rowid = f.rowid WHERE grams MATCH ? AND instr(c.norm, ?) > 0', term.expr, term.match)
  }

  /**
   * A zeroed per-rowid array, reused: at a million clauses a fresh one per query costs more in allocation and
   * garbage collection than clearing it. A match is computed start to end synchronously, so two never share it.
   */
  private scratch(slot: 'words' | 'heading' | 'near', size: number): Uint16Array {
    let array = this.scratchArrays.get(slot)
    if (!array || array.length !== size + 1) this.scratchArrays.set(slot, (array = new Uint16Array(size + 1)))
    else array.fill(0)
    return array
  }

  /**
   * The clauses matching an FTS5 expression; their count is the expression's document frequency, kept for
   * BM25, which would otherwise run the same query again to count them.
   */
  private exprRowids(expr: string): Int32Array {
    const rowids = this.rowids('SELECT group_concat(rowid) FROM grams WHERE grams MATCH ?', expr)
    this.rememberFrequency(expr, rowids.length)
    return rowids
  }

  private rememberFrequency(expr: string, df: number): void {
    if (this.frequencies.size >= 4096) this.frequencies.clear()
    this.frequencies.set(expr, df)
  }

  /**
   * The rowids a `SELECT group_concat(rowid) …` yields. One string parsed here costs about a quarter less than
   * a row per rowid through the driver, and gives a typed array: a phrase in a quarter of a million clauses
   * spends most of its time handing its rowids over.
   */
  private rowids(sql: string, ...params: string[]): Int32Array {
    return parseRowids(this.statement(sql).pluck().get(...params) as string | null)
  }

  private statement(sql: string): Database.Statement {
    return this.statements.get(sql)
  }
}

/** Comma-separated decimal rowids (group_concat's output) as an array; null (no row) as an empty one. */
export function parseRowids(list: string | null): Int32Array {
  if (list === null || list === '') return new Int32Array(0)
  const out = new Int32Array((list.length >> 1) + 1)
  let n = 0
  let value = 0
  for (let i = 0; i < list.length; i++) {
    const code = list.charCodeAt(i)
    if (code === 44) {
      out[n++] = value
      value = 0
    } else value = value * 10 + code - 48
  }
  out[n++] = value
  // Copied to its size: a cached match would otherwise keep up to four times its rowids' memory.
  return out.slice(0, n)
}
