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
import type { MatchPlan, TermGrams } from '../gram-match-plan.js'
import { rankWeights } from './rank-weights.js'

export interface KeywordMatches {
  rowids: Int32Array
  /** Tier per entry of `rowids`, larger is better (see rank-weights.ts). */
  tiers: Float64Array
}

export class KeywordSearcher {
  private readonly statements = new Map<string, Database.Statement>()
  /** Recent matches by plan, oldest first: a facet click or the next page re-runs the same match. */
  private readonly cache = new Map<string, KeywordMatches>()
  private readonly frequencies = new Map<string, number>()

  constructor(
    private readonly db: Database.Database,
    private readonly allRowids: () => Int32Array,
    private readonly cacheSize = 32,
  ) {}

  /** The rowids matching the plan, exclusions applied. The arrays are shared: never modify them. */
  match(plan: MatchPlan): KeywordMatches {
    if (this.cacheSize === 0) return this.compute(plan)
    const key = JSON.stringify(plan)
    let matches = this.cache.get(key)
    if (matches) {
      this.cache.delete(key)
    } else {
      matches = this.compute(plan)
      if (this.cache.size >= this.cacheSize) this.cache.delete(this.cache.keys().next().value!)
    }
    this.cache.set(key, matches)
    return matches
  }

  private compute(plan: MatchPlan): KeywordMatches {
    if (plan.impossible) return { rowids: new Int32Array(0), tiers: new Float64Array(0) }
    const excluded = this.excludedRowids(plan.exclude)

    if (plan.candidates === null) {
      const all = this.allRowids()
      const rowids = excluded.size === 0 ? all : all.filter((r) => !excluded.has(r))
      return { rowids, tiers: new Float64Array(rowids.length) }
    }

    const wordCounts = this.wordCounts(plan.wordSets)
    let found: Iterable<number>
    if (plan.wordsOnly && wordCounts) {
      found = wordCounts.keys()
    } else {
      const join = plan.verify.length > 0 ? ' JOIN clauses c ON c.rowid = f.rowid' : ''
      const checks = plan.verify.map((strings) => ` AND (${strings.map(() => 'instr(c.norm, ?) > 0').join(' OR ')})`).join('')
      found = this.rowids(`SELECT f.rowid FROM grams f${join} WHERE grams MATCH ?${checks}`, plan.candidates, ...plan.verify.flat())
    }
    const heading = plan.anyTerm ? new Set(this.rowids('SELECT rowid FROM heading_grams WHERE heading_grams MATCH ?', plan.anyTerm)) : null
    const near = new Set<number>()
    for (const expr of plan.near) for (const r of this.rowids('SELECT rowid FROM grams WHERE grams MATCH ?', expr)) near.add(r)

    const size = Array.isArray(found) ? found.length : wordCounts!.size
    const rowids = new Int32Array(size)
    const tiers = new Float64Array(size)
    let n = 0
    for (const rowid of found) {
      if (excluded.has(rowid)) continue
      rowids[n] = rowid
      tiers[n] =
        (wordCounts?.get(rowid) ?? 0) * rankWeights.word +
        (heading?.has(rowid) ? rankWeights.heading : 0) +
        (near.has(rowid) ? rankWeights.near : 0)
      n++
    }
    return { rowids: rowids.subarray(0, n), tiers: tiers.subarray(0, n) }
  }

  /**
   * BM25 of each pool clause for the query's terms (every phrase and word), from the stored normalised
   * text: tf by substring count, df by an FTS5 count, lengths in characters.
   */
  bm25(terms: TermGrams[], pool: number[], corpus: { size: number; avgLength: number }): Map<number, number> {
    const scores = new Map<number, number>()
    if (pool.length === 0 || terms.length === 0) return scores
    const idf = terms.map((t) => {
      const df = this.documentFrequency(t.expr)
      return Math.log(1 + (corpus.size - df + 0.5) / (df + 0.5))
    })
    const { k1, b } = rankWeights
    for (let i = 0; i < pool.length; i += 500) {
      const chunk = pool.slice(i, i + 500)
      const rows = this.statement(`SELECT rowid, norm FROM clauses WHERE rowid IN (${chunk.map(() => '?').join(',')})`).raw().all(...chunk) as [number, string][]
      for (const [rowid, norm] of rows) {
        const lengthNorm = k1 * (1 - b + (b * norm.length) / corpus.avgLength)
        let score = 0
        terms.forEach((term, k) => {
          const tf = countOccurrences(norm, term.match)
          if (tf > 0) score += (idf[k] * tf * (k1 + 1)) / (tf + lengthNorm)
        })
        scores.set(rowid, score)
      }
    }
    return scores
  }

  /**
   * Clauses containing a term's grams. A hybrid query asks BM25 twice (keyword pool, then the fused
   * candidates), and a common term costs a scan of its doclist, so counts are kept: the index never changes
   * under an open searcher.
   */
  private documentFrequency(expr: string): number {
    let df = this.frequencies.get(expr)
    if (df === undefined) {
      df = this.statement('SELECT count(*) FROM grams WHERE grams MATCH ?').pluck().get(expr) as number
      if (this.frequencies.size >= 4096) this.frequencies.clear()
      this.frequencies.set(expr, df)
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
    for (const term of terms) for (const r of this.exactRowids(term)) out.add(r)
    return out
  }

  private wordCounts(wordSets: TermGrams[][]): Map<number, number> | null {
    if (wordSets.length === 0) return null
    const counts = new Map<number, number>()
    for (const words of wordSets) {
      for (const word of words) for (const r of this.exactRowids(word)) counts.set(r, (counts.get(r) ?? 0) + 1)
    }
    return counts
  }

  private exactRowids(term: TermGrams): number[] {
    return term.exact
      ? this.rowids('SELECT rowid FROM grams WHERE grams MATCH ?', term.expr)
      : this.rowids('SELECT f.rowid FROM grams f JOIN clauses c ON c.rowid = f.rowid WHERE grams MATCH ? AND instr(c.norm, ?) > 0', term.expr, term.match)
  }

  private rowids(sql: string, ...params: string[]): number[] {
    return this.statement(sql).pluck().all(...params) as number[]
  }

  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql)
    if (!stmt) {
      stmt = this.db.prepare(sql)
      this.statements.set(sql, stmt)
    }
    return stmt
  }
}

function countOccurrences(text: string, needle: string): number {
  let count = 0
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++
  return count
}
