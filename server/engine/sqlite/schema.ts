/**
 * The SQLite index file: its schema and the one function that writes a complete file.
 * A file is written in full under a temporary name and only then renamed over the served path.
 */
import fs from 'node:fs'
import Database from 'better-sqlite3'
import { normalizeForMatch } from '../../../indexer/normalize.js'
import type { ClauseRecord, IndexBuild } from '../../../indexer/types.js'
import { charGrams, clauseSearchText } from '../char-grams.js'
import type { ClauseVectors } from '../types.js'
import { wordLengthsOf } from '../word-bounds.js'
import { writeAnnIndex } from './ann-index.js'
import { frequentGramMinDocs, writeFrequentGrams } from './frequent-grams-writer.js'

/**
 * Bump when the schema, the gram format or the stored normal form changes: an older file then asks for
 * `npm run index`. 2: line breaks are stored as spaces. 3: frequent grams (frequent-grams.ts). 5: word bounds
 * (word-bounds.ts). 6: the heading's place in the search text (clause-texts.ts), which some files of 5 lack.
 */
export const SCHEMA_VERSION = '6'

const DDL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE plans (id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE clauses (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  plan_id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  year INTEGER,
  city TEXT,
  province TEXT,
  level TEXT,
  outline_only INTEGER NOT NULL,
  -- Copies of what the in-memory rows need (load-rows.ts), so a million clauses load without reading their text.
  first_indexed_ms INTEGER NOT NULL,
  norm_length INTEGER NOT NULL,
  norm TEXT NOT NULL,
  -- The lengths of norm's words (word-bounds.ts), null when written without a segmenter.
  bounds BLOB,
  -- Where the normalised heading lies in norm (UTF-16 offset and length), null when it is not found there.
  heading_at INTEGER,
  heading_length INTEGER,
  json TEXT NOT NULL
);
CREATE INDEX clauses_plan ON clauses (plan_id, ord);
CREATE TABLE clause_theme (theme TEXT NOT NULL, clause_rowid INTEGER NOT NULL, PRIMARY KEY (theme, clause_rowid)) WITHOUT ROWID;
CREATE TABLE vectors (rowid INTEGER PRIMARY KEY, v BLOB NOT NULL);
-- Contentless: the text lives in clauses.norm; the FTS tables hold only the gram index (see char-grams.ts).
CREATE VIRTUAL TABLE grams USING fts5 (t, tokenize = 'ascii', content = '');
CREATE VIRTUAL TABLE heading_grams USING fts5 (h, tokenize = 'ascii', content = '');
`

/** Clauses in document order: by plan id, then position in the plan. Their rowids follow this order. */
export function documentOrder(clauses: ClauseRecord[]): ClauseRecord[] {
  return [...clauses].sort((a, b) => (a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : a.order - b.order))
}

export interface IndexFileOptions {
  vectors?: ClauseVectors
  /** The clauses a character pair must be in for its doclists and first pages to be stored (frequent-grams.ts). */
  frequentGramMinDocs?: number
  /**
   * The segmenter's words of a text, which concatenate back to it: where each clause's words begin, for
   * ranking (word-bounds.ts). Without it every occurrence of a term counts alike.
   */
  cut?: (text: string) => string[]
}

/** Writes a complete index file at `path` (which must not exist) and syncs it to disk. */
export function writeIndexFile(path: string, build: IndexBuild, opts: IndexFileOptions = {}): void {
  const { vectors, cut } = opts
  const minDocs = opts.frequentGramMinDocs ?? frequentGramMinDocs(build.clauses.length)
  const db = new Database(path)
  try {
    db.pragma('journal_mode = OFF')
    db.pragma('synchronous = OFF')
    db.pragma('page_size = 8192')
    // FTS5 merges segments while inserting; a large page cache keeps those merges in memory.
    db.pragma('cache_size = -262144')
    db.exec(DDL)
    const insertPlan = db.prepare('INSERT INTO plans (id, json) VALUES (?, ?)')
    const insertClause = db.prepare(
      'INSERT INTO clauses (rowid, id, plan_id, ord, year, city, province, level, outline_only, first_indexed_ms, norm_length, norm, bounds, heading_at, heading_length, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    const insertGrams = db.prepare('INSERT INTO grams (rowid, t) VALUES (?, ?)')
    const insertHeading = db.prepare('INSERT INTO heading_grams (rowid, h) VALUES (?, ?)')
    const insertTheme = db.prepare('INSERT OR IGNORE INTO clause_theme (theme, clause_rowid) VALUES (?, ?)')
    const insertVector = db.prepare('INSERT INTO vectors (rowid, v) VALUES (?, ?)')
    const setMeta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)')

    const stored: [number, Float32Array][] = []
    db.transaction(() => {
      for (const plan of build.plans) insertPlan.run(plan.id, JSON.stringify(plan))
      let rowid = 0
      let vectorCount = 0
      for (const c of documentOrder(build.clauses)) {
        rowid++
        const norm = normalizeForMatch(clauseSearchText(c))
        // A clause without a first-indexed date is older than any `since`.
        const firstIndexedMs = c.firstIndexed ? Date.parse(c.firstIndexed) || 0 : 0
        const bounds = cut ? wordLengthsOf(norm, cut) : null
        const heading = normalizeForMatch(c.heading)
        const headingAt = heading === '' ? -1 : norm.indexOf(heading)
        insertClause.run(
          ...[rowid, c.id, c.planId, c.order, c.year, c.city, c.province, c.level, outlineColumn(c), firstIndexedMs, codePoints(norm), norm],
          bounds && Buffer.from(bounds.buffer, bounds.byteOffset, bounds.byteLength),
          ...(headingAt === -1 ? [null, null] : [headingAt, heading.length]),
          JSON.stringify(c),
        )
        insertGrams.run(rowid, charGrams(norm))
        insertHeading.run(rowid, charGrams(heading))
        for (const theme of c.themes) insertTheme.run(theme, rowid)
        const vector = vectors?.byId.get(c.id)
        if (vector) {
          if (vector.length !== vectors!.dimension) {
            throw new Error(`clause ${c.id} has a ${vector.length}-dimensional vector; the model ${vectors!.model} gives ${vectors!.dimension}`)
          }
          insertVector.run(rowid, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength))
          stored.push([rowid, vector])
          vectorCount++
        }
      }
      setMeta.run('schema_version', SCHEMA_VERSION)
      setMeta.run('indexed_at', build.builtAt)
      setMeta.run('plans', String(build.plans.length))
      setMeta.run('clauses', String(rowid))
      setMeta.run('vectors', String(vectorCount))
      if (vectors && vectorCount > 0) {
        setMeta.run('vector_model', vectors.model)
        setMeta.run('vector_dimension', String(vectors.dimension))
      }
    })()
    if (vectors) db.transaction(() => writeAnnIndex(db, vectors.dimension, stored, stored.length))()
    // One merged b-tree per FTS table: fewer segments to read per query.
    db.exec("INSERT INTO grams (grams) VALUES ('optimize'); INSERT INTO heading_grams (heading_grams) VALUES ('optimize');")
    writeFrequentGrams(db, minDocs)
  } finally {
    db.close()
  }
  const fd = fs.openSync(path, 'r')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

/** Characters as SQLite's length() counts them (code points), the length BM25 normalises by. */
function codePoints(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) if ((text.charCodeAt(i) & 0xfc00) !== 0xdc00) n++
  return n
}

/**
 * The outline_only column: 1 for an outline-only clause (a table-of-contents title, its body missing), 2 for a
 * heading printed with nothing under it (ClauseRecord.headingOnly), 0 for a clause with text. Both of the first two
 * rank as heading-only (clause-rows.ts headingOnly); only 1 passes the outlineOnly filter. A file of this schema
 * written before holds 0 and 1 only, which read the same.
 */
function outlineColumn(c: ClauseRecord): 0 | 1 | 2 {
  return c.outlineOnly ? 1 : c.headingOnly ? 2 : 0
}
