/**
 * Frequent grams, write side: after the gram index is complete, every character pair in at least
 * `minDocs` clauses gets its packed doclists and the first pages of the query for it alone, computed by
 * the search code itself (rankedResult), so the stored pages are the full ranking's pages.
 */
import type Database from 'better-sqlite3'
import { phraseGramQuery } from '../char-grams.js'
import type { SearchQuery } from '../types.js'
import { FREQUENT_GRAMS_DDL, FrequentGrams, PAGES_RANKING_KEY, packFloat64s, packInt32s } from './frequent-grams.js'
import { KeywordSearcher } from './keyword-searcher.js'
import { loadRows } from './load-rows.js'
import { RecentMap } from '../recent-map.js'
import { rankingFingerprint, rankWeights } from './rank-weights.js'
import { rankedResult, type SearchIndex } from './run-search.js'

/**
 * The default `minDocs`: a pair in fewer clauses is ranked from FTS5 in a few milliseconds, even at a million
 * clauses; one in 1 % of them or more is stored. About 2 000 pairs of this corpus pass at any size.
 */
export function frequentGramMinDocs(clauses: number): number {
  return Math.max(1000, Math.ceil(clauses / 100))
}

export function writeFrequentGrams(db: Database.Database, minDocs: number): void {
  db.exec(FREQUENT_GRAMS_DDL)
  db.exec("CREATE VIRTUAL TABLE temp.grams_vocab USING fts5vocab(main, grams, 'row')")
  // Pairs only: a single character is searched as a prefix of the pairs it starts.
  const terms = (db.prepare('SELECT term FROM temp.grams_vocab WHERE doc >= ?').pluck().all(minDocs) as string[]).filter((term) => [...term].length === 2)
  db.exec('DROP TABLE temp.grams_vocab')

  const textRowids = db.prepare('SELECT rowid FROM grams WHERE grams MATCH ?').pluck()
  const headingRowids = db.prepare('SELECT rowid FROM heading_grams WHERE heading_grams MATCH ?').pluck()
  const insertGram = db.prepare('INSERT INTO frequent_grams (expr, docs, rowids, heading) VALUES (?, ?, ?, ?)')
  const stored: { term: string; expr: string }[] = []
  db.transaction(() => {
    for (const term of terms) {
      const gram = phraseGramQuery(term)
      if (!gram?.exact) continue
      const rowids = textRowids.all(gram.expr) as number[]
      insertGram.run(gram.expr, rowids.length, packInt32s(rowids), packInt32s(headingRowids.all(gram.expr) as number[]))
      stored.push({ term, expr: gram.expr })
    }
  })()

  // The doclists just stored are FTS5's own; reading them packed computes the same pages in less time.
  const rows = loadRows(db)
  const index: SearchIndex = { db, rows, searcher: new KeywordSearcher(db, () => rows, 0, new FrequentGrams(db)), facetCache: new RecentMap(0), vectors: null }
  const insertPages = db.prepare('INSERT INTO frequent_pages (expr, head, scores, total, facets) VALUES (?, ?, ?, ?, ?)')
  db.transaction(() => {
    for (const { term, expr } of stored) {
      const query: SearchQuery = {
        query: { raw: term, groups: [[{ kind: 'phrase', text: term, match: term }]], exclude: [], highlight: [term] },
        filters: {},
        mode: 'keyword',
        sort: 'relevance',
        offset: 0,
        limit: rankWeights.rerankPool,
        facets: true,
      }
      const { set, facets } = rankedResult(index, query)
      const head = set.page(0, rankWeights.rerankPool)
      insertPages.run(expr, packInt32s(head), packFloat64s(head.map((r) => set.score(r))), set.total, JSON.stringify(facets))
    }
    db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(PAGES_RANKING_KEY, rankingFingerprint())
  })()
}
