/** The in-memory rows of an index file (clause-rows.ts), read once per process when the first search needs them. */
import type Database from 'better-sqlite3'
import { ClauseRowsBuilder } from './clause-rows-data.js'
import { ClauseRows } from './clause-rows.js'

export function loadRows(db: Database.Database): ClauseRows {
  const size = (db.prepare('SELECT max(rowid) FROM clauses').pluck().get() as number | null) ?? 0
  const builder = new ClauseRowsBuilder(size)
  const stmt = db
    .prepare('SELECT rowid, plan_id, year, city, province, level, outline_only, norm_length, first_indexed_ms FROM clauses ORDER BY rowid')
    .raw()
  type Row = [number, string, number | null, string | null, string | null, string | null, number, number, number]
  // Small columns only: reading each clause's text or JSON here took most of a million-clause start.
  for (const [rowid, planId, year, city, province, level, outline, length, firstIndexedMs] of stmt.iterate() as Iterable<Row>) {
    builder.row(rowid, planId, year, city, province, level, outline === 1, firstIndexedMs, length)
  }
  // In key order (theme, then clause): a clause's themes keep that order, as they always had.
  for (const [theme, rowid] of db.prepare('SELECT theme, clause_rowid FROM clause_theme').raw().iterate() as Iterable<[string, number]>) builder.theme(rowid, theme)
  return new ClauseRows(builder.finish())
}
