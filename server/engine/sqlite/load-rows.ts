/** The in-memory rows of an index file (clause-rows.ts), read once when the first search needs them. */
import type Database from 'better-sqlite3'
import { ClauseRows, type ClauseRowInput } from './clause-rows.js'

export function loadRows(db: Database.Database): ClauseRows {
  const themes = new Map<number, string[]>()
  for (const [theme, rowid] of db.prepare('SELECT theme, clause_rowid FROM clause_theme').raw().iterate() as Iterable<[string, number]>) {
    const list = themes.get(rowid)
    if (list) list.push(theme)
    else themes.set(rowid, [theme])
  }
  const rows: ClauseRowInput[] = []
  const stmt = db
    .prepare('SELECT rowid, plan_id, year, city, province, level, outline_only, norm_length, first_indexed_ms FROM clauses ORDER BY rowid')
    .raw()
  type Row = [number, string, number | null, string | null, string | null, string | null, number, number, number]
  // Small columns only: reading each clause's text or JSON here took most of a million-clause start.
  for (const [rowid, planId, year, city, province, level, outline, length, firstIndexedMs] of stmt.iterate() as Iterable<Row>) {
    rows.push({ rowid, planId, year, city, province, level, outlineOnly: outline === 1, firstIndexedMs, themes: themes.get(rowid) ?? [], length })
  }
  return new ClauseRows(rows)
}
