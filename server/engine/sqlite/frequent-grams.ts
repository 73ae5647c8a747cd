/**
 * Frequent grams, read side. For every character pair in many clauses the indexer stores (see
 * frequent-grams-writer.ts) its doclist, the clauses whose text and whose heading hold it, as packed rowids,
 * and the first pages of the query for that pair alone: rowids and scores in rank order, the total and the
 * facets over every match. A pair in most clauses (教育, 工作) then costs one row read instead of a scan of
 * its doclist in FTS5 and a ranking of every match; any other query using the pair reads its doclist
 * packed, a few times faster than FTS5 yields rowids.
 */
import type Database from 'better-sqlite3'
import type { Facets } from '../types.js'
import { rankingFingerprint } from './rank-weights.js'
import { StatementCache } from './statement-cache.js'

/** The meta key naming the ranking the stored first pages were computed with (rankingFingerprint). */
export const PAGES_RANKING_KEY = 'frequent_pages_ranking'

export const FREQUENT_GRAMS_DDL = `
CREATE TABLE frequent_grams (expr TEXT PRIMARY KEY, docs INTEGER NOT NULL, rowids BLOB NOT NULL, heading BLOB NOT NULL);
CREATE TABLE frequent_pages (expr TEXT PRIMARY KEY, head BLOB NOT NULL, scores BLOB NOT NULL, total INTEGER NOT NULL, facets TEXT NOT NULL);
`

/** The first pages of a one-pair query, as the full ranking computed them when the index was written. */
export interface FirstPages {
  total: number
  /** The best rowids in rank order: the whole result, or its BM25-ranked head. */
  rowids: Int32Array
  scores: Float64Array
  /** Facets over every match, no filter. */
  facets: () => Facets
}

export class FrequentGrams {
  private exprs: Set<string> | null = null
  private pagesCurrent: boolean | null = null
  private readonly statements: StatementCache

  constructor(private readonly db: Database.Database) {
    this.statements = new StatementCache(db)
  }

  /** True when `expr` (an FTS5 expression of the gram index) is a stored frequent gram. */
  has(expr: string | null): expr is string {
    this.exprs ??= new Set(this.db.prepare('SELECT expr FROM frequent_grams').pluck().all() as string[])
    return expr !== null && this.exprs.has(expr)
  }

  /** Ascending rowids of the clauses whose text holds the gram. */
  rowids(expr: string): Int32Array {
    return int32s(this.column('rowids', expr) as Buffer)
  }

  /** Ascending rowids of the clauses whose heading holds the gram. */
  headingRowids(expr: string): Int32Array {
    return int32s(this.column('heading', expr) as Buffer)
  }

  docs(expr: string): number {
    return this.column('docs', expr) as number
  }

  /** The stored first pages of the query for the gram alone (null while the indexer is computing them, or when they were ranked by other rules than today's). */
  firstPages(expr: string): FirstPages | null {
    // Pages ranked by an older build's rules are ignored, so the full path answers until the next index.
    this.pagesCurrent ??= this.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(PAGES_RANKING_KEY) === rankingFingerprint()
    if (!this.pagesCurrent) return null
    const row = this.statement('SELECT head, scores, total, facets FROM frequent_pages WHERE expr = ?').raw().get(expr) as [Buffer, Buffer, number, string] | undefined
    if (!row) return null
    const [head, scores, total, facets] = row
    return { total, rowids: int32s(head), scores: float64s(scores), facets: () => JSON.parse(facets) as Facets }
  }

  private column(name: 'rowids' | 'heading' | 'docs', expr: string): unknown {
    return this.statement(`SELECT ${name} FROM frequent_grams WHERE expr = ?`).pluck().get(expr)
  }

  private statement(sql: string): Database.Statement {
    return this.statements.get(sql)
  }
}

export function packInt32s(values: ArrayLike<number>): Buffer {
  const array = Int32Array.from(values)
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength)
}

export function packFloat64s(values: ArrayLike<number>): Buffer {
  const array = Float64Array.from(values)
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength)
}

/** A typed view of a blob, copied when the driver's buffer is not aligned for it. */
function int32s(blob: Buffer): Int32Array {
  if (blob.byteOffset % 4 === 0) return new Int32Array(blob.buffer, blob.byteOffset, blob.byteLength / 4)
  return new Int32Array(Uint8Array.from(blob).buffer)
}

function float64s(blob: Buffer): Float64Array {
  if (blob.byteOffset % 8 === 0) return new Float64Array(blob.buffer, blob.byteOffset, blob.byteLength / 8)
  return new Float64Array(Uint8Array.from(blob).buffer)
}
