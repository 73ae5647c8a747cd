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
    builder.row(rowid, planId, year, city, province, level, outline === 1, firstIndexedMs, length, outline === 2)
  }
  // In key order (theme, then clause): a clause's themes keep that order, as they always had. Theme by theme,
  // so a million clauses' themes arrive as numbers, not as 1.8 million [theme, rowid] pairs.
  const clausesOf = db.prepare('SELECT clause_rowid FROM clause_theme WHERE theme = ? ORDER BY clause_rowid').pluck()
  for (const theme of db.prepare('SELECT DISTINCT theme FROM clause_theme ORDER BY theme').pluck().all() as string[]) {
    builder.themeOf(theme, clausesOf.all(theme) as number[])
  }
  return new ClauseRows(builder.finish())
}
