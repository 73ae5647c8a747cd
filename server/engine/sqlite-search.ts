/**
 * Keyword matching on the SQLite gram index: the exact set of matching rowids and a rank key for each.
 *
 * The rank key orders, most important first: how many words of a free-text term the clause has, a hit in
 * the heading, the words standing near each other, then FTS5's BM25 over the grams (term weight and clause
 * length). Ties go to newer plans, then document order (see sqlite-engine.ts).
 */
import type Database from 'better-sqlite3'
import type { MatchPlan, TermGrams } from './gram-match-plan.js'

export interface KeywordMatches {
  rowids: Int32Array
  /** Rank key per entry of `rowids`, larger is better. */
  keys: Float64Array
}

export const rankWeights = {
  /** Per word of a free-text term found in the clause: dominates everything else. */
  word: 1000,
  /** Any query term in the clause heading. */
  heading: 100,
  /** The words of a free-text term within NEAR_DISTANCE characters. */
  near: 10,
  /** BM25 is squashed into [0, bm25) so it only orders clauses equal on the tiers above. */
  bm25: 9.99,
} as const

export class KeywordSearcher {
  private readonly statements = new Map<string, Database.Statement>()

  constructor(private readonly db: Database.Database, private readonly allRowids: () => Int32Array) {}

  /** The rowids matching the plan, exclusions applied. */
  match(plan: MatchPlan): KeywordMatches {
    if (plan.impossible) return { rowids: new Int32Array(0), keys: new Float64Array(0) }
    const excluded = this.excludedRowids(plan.exclude)

    if (plan.candidates === null) {
      const all = this.allRowids()
      const rowids = excluded.size === 0 ? all : all.filter((r) => !excluded.has(r))
      return { rowids, keys: new Float64Array(rowids.length) }
    }

    const join = plan.verify.length > 0 ? ' JOIN clauses c ON c.rowid = f.rowid' : ''
    const checks = plan.verify.map((strings) => ` AND (${strings.map(() => 'instr(c.norm, ?) > 0').join(' OR ')})`).join('')
    const sql = `SELECT f.rowid, bm25(grams) FROM grams f${join} WHERE grams MATCH ?${checks}`
    const rows = this.statement(sql).raw().all(plan.candidates, ...plan.verify.flat()) as [number, number][]

    const heading = plan.anyTerm ? this.rowidSet('SELECT rowid FROM heading_grams WHERE heading_grams MATCH ?', plan.anyTerm) : null
    const wordCounts = this.wordCounts(plan.wordSets)
    const near = new Set<number>()
    for (const expr of plan.near) for (const r of this.rowidSet('SELECT rowid FROM grams WHERE grams MATCH ?', expr)) near.add(r)

    const rowids = new Int32Array(rows.length)
    const keys = new Float64Array(rows.length)
    let n = 0
    for (const [rowid, bm25] of rows) {
      if (excluded.has(rowid)) continue
      const weight = Math.max(0, -bm25)
      rowids[n] = rowid
      keys[n] =
        (wordCounts?.get(rowid) ?? 0) * rankWeights.word +
        (heading?.has(rowid) ? rankWeights.heading : 0) +
        (near.has(rowid) ? rankWeights.near : 0) +
        (rankWeights.bm25 * weight) / (1 + weight)
      n++
    }
    return { rowids: rowids.subarray(0, n), keys: keys.subarray(0, n) }
  }

  /** Rowids whose text contains any of the terms, exactly. */
  private excludedRowids(terms: TermGrams[]): Set<number> {
    const out = new Set<number>()
    for (const term of terms) {
      const rowids = term.exact
        ? this.rowidSet('SELECT rowid FROM grams WHERE grams MATCH ?', term.expr)
        : this.rowidSet('SELECT f.rowid FROM grams f JOIN clauses c ON c.rowid = f.rowid WHERE grams MATCH ? AND instr(c.norm, ?) > 0', term.expr, term.match)
      for (const r of rowids) out.add(r)
    }
    return out
  }

  private wordCounts(wordSets: TermGrams[][]): Map<number, number> | null {
    if (wordSets.length === 0) return null
    const counts = new Map<number, number>()
    for (const words of wordSets) {
      for (const word of words) {
        const rowids = word.exact
          ? this.rowidSet('SELECT rowid FROM grams WHERE grams MATCH ?', word.expr)
          : this.rowidSet('SELECT f.rowid FROM grams f JOIN clauses c ON c.rowid = f.rowid WHERE grams MATCH ? AND instr(c.norm, ?) > 0', word.expr, word.match)
        for (const r of rowids) counts.set(r, (counts.get(r) ?? 0) + 1)
      }
    }
    return counts
  }

  private rowidSet(sql: string, ...params: string[]): Set<number> {
    return new Set(this.statement(sql).pluck().all(...params) as number[])
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
