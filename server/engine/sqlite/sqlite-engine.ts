/**
 * The embedded search engine: one SQLite file (better-sqlite3, FTS5) under data/build/.
 *
 * Matching is exact on a character-gram index (char-grams.ts); filters and disjunctive facets run over
 * typed arrays in memory (clause-rows.ts); vectors are scanned exactly, or from 20k on searched through an
 * HNSW graph memory-mapped once per machine (vectors.ts, ann-index.ts).
 * replaceAll writes a whole new file next to the served one and renames it over, so a reader never sees
 * a half-built index and a failed build leaves the previous index serving.
 */
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { createSegmenter } from '../../../indexer/segment/segmenter.js'
import { stagingPath } from '../../../indexer/staging.js'
import type { ClauseRecord, IndexBuild, PlanRecord } from '../../../indexer/types.js'
import type { ClauseRows } from './clause-rows.js'
import { FrequentGrams } from './frequent-grams.js'
import { loadRows } from './load-rows.js'
import { RecentMap } from '../recent-map.js'
import { EngineUnavailableError, IndexBuildError } from '../errors.js'
import { SCHEMA_VERSION, writeIndexFile } from './schema.js'
import { KeywordSearcher } from './keyword-searcher.js'
import { runSearch, type SearchIndex } from './run-search.js'
import { VectorStore } from './vectors.js'
import { loadMatchTable } from '../../../indexer/normalize.js'
import { loadWordRarity } from '../word-rarity.js'
import type { ClauseVectors, EngineHealth, Facets, HealthOptions, SearchEngine, SearchFilters, SearchQuery, SearchResult, Tokenizer } from '../types.js'

export interface SqliteEngineOptions {
  /** The index file, e.g. data/build/index.sqlite. */
  path: string
  /**
   * The SQLite engine matches on characters; replaceAll stores where each clause's words begin (its
   * `cut`), so that ranking prefers a term that is a word of the clause (word-bounds.ts). Default: a
   * segmenter with the domain dictionary alone (the indexer passes its own, which knows harvested terms).
   */
  tokenizer?: Tokenizer
  /**
   * Keyword matches kept for reuse (facet clicks and paging repeat a match with other filters).
   * Entries, default 32, and eight times as many facet counts by match set and filters; 0 turns both caches
   * off (benchmarks measure cold queries).
   */
  matchCache?: number
  /**
   * Serve a new index renamed over the file by another process (checked at most once a second). Default true;
   * the worker pool turns it off for its own point-read connection, which switches files only once every
   * search thread has, so that health() never names an index the threads do not serve yet.
   */
  followFile?: boolean
  /**
   * replaceAll stores the doclists and first pages of every character pair in at least this many clauses
   * (frequent-grams.ts). Default: 1 % of the clauses, at least 1 000; tests lower it to exercise the bundled corpus.
   */
  frequentGramMinDocs?: number
}

const FIX = 'Run `npm run index` to build it.'
/**
 * better-sqlite3 waits for a lock synchronously, which stalls every request of the server. Nothing
 * legitimate writes the served file (a new index is renamed over it), so a lock means another program has
 * it open for writing: fail fast and say so instead of waiting.
 */
const BUSY_TIMEOUT_MS = 100

export async function openSqliteEngine(opts: SqliteEngineOptions): Promise<SqliteEngine> {
  return new SqliteEngine(opts.path, opts.matchCache ?? 32, opts.followFile ?? true, opts.frequentGramMinDocs, opts.tokenizer)
}

/** The open database and what is derived from it lazily. */
class OpenIndex implements SearchIndex {
  readonly searcher: KeywordSearcher
  readonly facetCache: RecentMap<string, Facets>
  /** health()'s proof that the file is still readable, prepared once. */
  readonly probe: Database.Statement
  private rowsCache: ClauseRows | null = null
  private vectorsCache: VectorStore | null | undefined

  /** `rowsKey` names this file's rows for sharing them between threads (null: never shared). */
  constructor(readonly db: Database.Database, readonly meta: Map<string, string>, matchCache: number, readonly rowsKey: string | null) {
    this.searcher = new KeywordSearcher(db, () => this.rows, matchCache, new FrequentGrams(db))
    // A Facets value holds at most a few hundred counts: 8 per cached match, bounded with the matches.
    this.facetCache = new RecentMap(matchCache * 8)
    this.probe = db.prepare('SELECT count(*) FROM meta').pluck()
  }

  get rows(): ClauseRows {
    if (!this.rowsCache) this.rowsCache = loadRows(this.db)
    return this.rowsCache
  }

  get hasRows(): boolean {
    return this.rowsCache !== null
  }

  adoptRows(rows: ClauseRows): void {
    this.rowsCache ??= rows
  }

  get vectors(): VectorStore | null {
    if (this.vectorsCache === undefined) this.vectorsCache = VectorStore.load(this.db, this.rows.size)
    return this.vectorsCache
  }
}

export class SqliteEngine implements SearchEngine {
  readonly kind = 'sqlite' as const
  private index: OpenIndex | null = null
  private reason = ''
  /** Identity of the opened file, to notice `npm run index` replacing it while the server runs. */
  private openedFile: { ino: number; mtimeMs: number } | null = null
  private lastCheck = 0

  constructor(
    private readonly file: string,
    private readonly matchCache: number,
    private readonly followFile: boolean,
    private readonly frequentGramMinDocs?: number,
    private readonly tokenizer?: Tokenizer,
  ) {
    this.open()
  }

  async replaceAll(build: IndexBuild, vectors?: ClauseVectors): Promise<void> {
    fs.mkdirSync(path.dirname(path.resolve(this.file)), { recursive: true })
    const temp = stagingPath(this.file)
    try {
      const tokenizer = this.tokenizer ?? createSegmenter()
      writeIndexFile(temp, build, { vectors, frequentGramMinDocs: this.frequentGramMinDocs, cut: (text) => tokenizer.cut(text) })
    } catch (error) {
      fs.rmSync(temp, { force: true })
      throw new IndexBuildError(`Building the search index failed; the previous index is still served. ${String(error)}`, { cause: error })
    }
    this.closeIndex()
    fs.renameSync(temp, this.file)
    this.open()
    if (!this.index) throw new IndexBuildError(`The new index was written but cannot be opened: ${this.reason}`)
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return this.read((index) => runSearch(index, query))
  }

  async searchMany(queries: SearchQuery[]): Promise<SearchResult[]> {
    return this.read((index) => queries.map((query) => runSearch(index, query)))
  }

  async facets(filters: SearchFilters = {}): Promise<Facets> {
    return this.read(({ rows }) => rows.facets(rows.allRowids(), rows.compile(filters)))
  }

  /**
   * For rows shared between the threads of a process (engine-worker.ts): the key naming the rows the open
   * index needs, or null when they are in memory already, no index is open, or the file it opened could not
   * be told apart for sure from a file renamed over it meanwhile (then it reads its own).
   */
  rowsWanted(): string | null {
    this.reopenIfReplaced()
    if (!this.index) this.open()
    return this.index && !this.index.hasRows ? this.index.rowsKey : null
  }

  /** Serves `rows` (read by another thread) when the open index is still the one `key` names; else ignores them. */
  adoptRows(key: string, rows: ClauseRows): void {
    if (this.index?.rowsKey === key) this.index.adoptRows(rows)
  }

  /** Reads the open index's rows now when they are not in memory yet; answers them and their key (null: nothing open). */
  readRows(): { key: string | null; rows: ClauseRows } | null {
    return this.index ? this.read((index) => ({ key: index.rowsKey, rows: index.rows })) : null
  }

  /**
   * Reads what the first search needs besides the rows (the set of frequent grams, the table of how rare words are
   * that weighs a question's typed words, and the table of matching forms each query's text is normalised by), so it
   * does not wait for them. The last took 41 ms of a fresh thread's first search (a phrase count of held-parts.ts,
   * 0.2 ms after), building the traditional-to-simplified table (indexer/normalize.ts).
   */
  warm(): void {
    if (this.index) this.read((index) => index.searcher.frequent?.has(null))
    loadWordRarity()
    loadMatchTable()
  }

  async getClause(id: string): Promise<ClauseRecord | null> {
    const json = this.read(({ db }) => db.prepare('SELECT json FROM clauses WHERE id = ?').pluck().get(id) as string | undefined)
    return json === undefined ? null : (JSON.parse(json) as ClauseRecord)
  }

  async getPlan(id: string): Promise<PlanRecord | null> {
    const json = this.read(({ db }) => db.prepare('SELECT json FROM plans WHERE id = ?').pluck().get(id) as string | undefined)
    return json === undefined ? null : (JSON.parse(json) as PlanRecord)
  }

  async listPlans(): Promise<PlanRecord[]> {
    const rows = this.read(({ db }) => db.prepare('SELECT json FROM plans ORDER BY id').pluck().all() as string[])
    return rows.map((json) => JSON.parse(json) as PlanRecord)
  }

  async planClauses(planId: string): Promise<ClauseRecord[]> {
    const rows = this.read(({ db }) => db.prepare('SELECT json FROM clauses WHERE plan_id = ? ORDER BY ord').pluck().all(planId) as string[])
    return rows.map((json) => JSON.parse(json) as ClauseRecord)
  }

  async getVector(id: string): Promise<Float32Array | null> {
    const blob = this.read(({ db }) => {
      const rowid = db.prepare('SELECT rowid FROM clauses WHERE id = ?').pluck().get(id) as number | undefined
      return rowid === undefined ? undefined : (db.prepare('SELECT v FROM vectors WHERE rowid = ?').pluck().get(rowid) as Buffer | undefined)
    })
    if (!blob) return null
    return new Float32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength))
  }

  async health(options: HealthOptions = {}): Promise<EngineHealth> {
    this.reopenIfReplaced()
    if (!this.index) this.open()
    // A cheap read proves the file is still readable (not locked, not cut short under the open connection).
    if (this.index && options.probe !== false) {
      try {
        this.read(({ probe }) => probe.get())
      } catch {
        // read() has recorded the reason and closed the index.
      }
    }
    if (!this.index) return { ok: false, reason: this.reason, plans: 0, clauses: 0, vectors: 0, indexedAt: null }
    const meta = this.index.meta
    return {
      ok: true,
      plans: Number(meta.get('plans') ?? 0),
      clauses: Number(meta.get('clauses') ?? 0),
      vectors: Number(meta.get('vectors') ?? 0),
      indexedAt: meta.get('indexed_at') ?? null,
    }
  }

  async close(): Promise<void> {
    this.closeIndex()
    this.reason = 'The engine is closed.'
  }

  private ready(): OpenIndex {
    this.reopenIfReplaced()
    if (!this.index) this.open()
    if (!this.index) throw new EngineUnavailableError(this.reason)
    return this.index
  }

  /**
   * Runs a read on the open index. A driver failure (the file locked, truncated or damaged under the open
   * connection) becomes EngineUnavailableError with a reason that names the fix, and the index is closed,
   * so health() reports it and the next call opens the file afresh.
   */
  private read<T>(fn: (index: OpenIndex) => T): T {
    const index = this.ready()
    try {
      return fn(index)
    } catch (error) {
      if (!(error instanceof Database.SqliteError)) throw error
      this.closeIndex()
      this.reason = describeOpenError(this.file, error)
      throw new EngineUnavailableError(this.reason, { cause: error })
    }
  }

  /** At most once a second: when another process renamed a new index over the file, serve the new one. */
  private reopenIfReplaced(): void {
    const now = Date.now()
    if (!this.index || !this.followFile || now - this.lastCheck < 1000) return
    this.lastCheck = now
    try {
      const stat = fs.statSync(this.file)
      if (stat.ino === this.openedFile?.ino && stat.mtimeMs === this.openedFile.mtimeMs) return
    } catch {
      return // The file vanished: keep serving the open (unlinked) index rather than fail.
    }
    const previous = this.index
    this.index = null
    this.open()
    if (this.index) previous.db.close()
    else this.index = previous // The new file cannot be opened: keep serving the previous index.
  }

  private open(): void {
    if (!fs.existsSync(this.file)) {
      this.reason = `The search index ${this.file} does not exist. ${FIX}`
      return
    }
    let db: Database.Database | null = null
    try {
      const before = fs.statSync(this.file)
      db = new Database(this.file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS })
      const meta = new Map((db.prepare('SELECT key, value FROM meta').raw().all() as [string, string][]).map(([k, v]) => [k, v]))
      if (meta.get('schema_version') !== SCHEMA_VERSION) {
        db.close()
        this.reason = `The search index ${this.file} was built by another version of the portal (schema ${meta.get('schema_version') ?? 'unknown'}, expected ${SCHEMA_VERSION}). ${FIX}`
        return
      }
      const stat = fs.statSync(this.file)
      this.openedFile = { ino: stat.ino, mtimeMs: stat.mtimeMs }
      this.lastCheck = Date.now()
      // The same file before and after opening is the file opened: its identity names its rows in every thread.
      const same = before.dev === stat.dev && before.ino === stat.ino && before.size === stat.size && before.mtimeMs === stat.mtimeMs
      const rowsKey = same ? `${path.resolve(this.file)}|${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}|${meta.get('indexed_at') ?? ''}|${meta.get('clauses') ?? ''}` : null
      this.index = new OpenIndex(db, meta, this.matchCache, rowsKey)
      this.reason = ''
    } catch (error) {
      db?.close()
      this.reason = describeOpenError(this.file, error)
    }
  }

  private closeIndex(): void {
    this.index?.db.close()
    this.index = null
  }
}

function describeOpenError(file: string, error: unknown): string {
  const code = (error as { code?: string }).code ?? ''
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return `The search index ${file} is locked by another process; wait for it to finish or stop it, then retry.`
  }
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ' || /no such table/.test(String(error))) {
    return `The search index ${file} is damaged (${code || String(error)}). Delete it and run \`npm run index\`.`
  }
  return `The search index ${file} cannot be opened (${code || String(error)}). ${FIX}`
}
