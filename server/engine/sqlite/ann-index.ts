/**
 * The approximate nearest-neighbour graph over the clause vectors: a usearch HNSW with f16 vectors,
 * chosen over sqlite-vec and hnswlib-node by bench/semantic-bench.ts (recall and latency in bench/RESULTS.md).
 *
 * The graph is built by the indexer and stored inside the index file, in chunks (table `ann_chunks`), so the
 * one-file swap of a new index stays atomic. A reader writes it once to a file in the temp folder named by
 * the build's token and memory-maps it (usearch `view`): every worker thread and process reading the same
 * index shares one copy in the page cache instead of holding its own.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import type Database from 'better-sqlite3'
import { createRequire } from 'node:module'
import type * as Usearch from 'usearch'

// The CommonJS build: the ES module build looks for its binary through the caller's stack, which fails
// under test runners and bundlers; the CommonJS one finds it beside itself.
const { Index, MetricKind, ScalarKind } = createRequire(import.meta.url)('usearch') as typeof Usearch

export const annOptions = {
  /** Fewer vectors than this are scanned exactly (an exact scan of 20k vectors takes a few milliseconds). */
  minVectors: 20000,
  /**
   * HNSW edges per node of a graph written, and candidate lists while building and searching (usearch's M,
   * ef_construction, ef). A graph keeps the M it was built with (meta `ann_connectivity`; 16 before it was
   * stored). The search list grows with the index (searchListFor): on the SYNTHETIC vectors of
   * bench/RESULTS.md (Vector search) recall@10 at 1M was 0.708 with M 16 and ef 1024, 0.972 with M 16 and
   * ef 16384 (p95 87 ms), 0.985 with M 32 and ef 8192 (p95 53 ms); at 100k M 32 and ef 1024 gave 0.992.
   * Building with a list of 256 instead of 128 takes 1.8× as long and makes a graph whose search needs a
   * list about half as long for the same recall (searchListFor). A graph records its build list (meta
   * `ann_expansion_add`; 128 before it was stored). The search list is read when a graph is opened, so it
   * can change without rebuilding.
   */
  connectivity: 32,
  expansionAdd: 256,
  expansionSearch: 1024,
  /** 0: the search list grows with the index (searchListFor); a number: every graph searches with it (a benchmark's --ef). */
  fixedSearchList: 0,
  /**
   * When a filter passes so few clauses that the graph would have to be walked past this share of the index
   * to find them, the clauses passing it are scored exactly instead: a narrow filter is a small exact scan.
   */
  exactShare: 0.05,
  /** Threads used to build the graph (the indexer's machine has 2 cores). */
  buildThreads: 2,
}

const KIND = 'usearch-hnsw-cos-f16'
/** The M and build list of graphs written before the index file recorded them. */
const FIRST_CONNECTIVITY = 16
const FIRST_EXPANSION_ADD = 128
/** Vectors up to which annOptions.expansionSearch is search list enough. */
const BASE_VECTORS = 125_000

/**
 * The search list for a graph of `count` vectors built with list `built`: annOptions.expansionSearch up to
 * 125k vectors, then growing with the index, which kept recall@10 ≥ 0.98 in the measurements above. A graph
 * built with 256 needs it to grow as count^0.75 (4 864 at a million, 2 048 at 300k), rounded to 256; one
 * built with 128 needed it doubled for every doubling (8 192 at a million).
 */
export function searchListFor(count: number, built = annOptions.expansionAdd): number {
  if (annOptions.fixedSearchList > 0) return annOptions.fixedSearchList
  const growth = count / BASE_VECTORS
  if (growth <= 1) return annOptions.expansionSearch
  if (built >= 256) return Math.round((annOptions.expansionSearch * growth ** 0.75) / 256) * 256
  return annOptions.expansionSearch * 2 ** Math.ceil(Math.log2(growth))
}
const FILE_PREFIX = 'policy-search-ann-'
/** Graph files of other builds untouched this long are removed: a mapping survives the unlink, a later opener re-extracts. */
const STALE_MS = 24 * 3600_000
/** SQLite blobs stop at 1 GB; 64 MB chunks keep every row far below it. */
const CHUNK_BYTES = 64 << 20

export interface AnnHit {
  rowids: Int32Array
  /** Cosine similarity from the f16 graph vectors (within ~1e-3 of the exact value). */
  sims: Float32Array
}

export class AnnIndex {
  private constructor(
    private readonly index: Usearch.Index,
    readonly size: number,
    /** Candidates a search keeps (ef): asking for up to this many neighbours costs one search the same. */
    readonly searchList: number,
  ) {}

  /** The `k` graph neighbours of `query`, best first. */
  search(query: Float32Array, k: number): AnnHit {
    const found = this.index.search(query, Math.min(k, this.size), 0)
    const n = found.keys.length
    const rowids = new Int32Array(n)
    const sims = new Float32Array(n)
    for (let i = 0; i < n; i++) {
      rowids[i] = Number(found.keys[i])
      sims[i] = 1 - found.distances[i]
    }
    return { rowids, sims }
  }

  /** Null when the index file holds no graph (too few vectors, or built before graphs were stored). */
  static open(db: Database.Database, meta: Map<string, string>): AnnIndex | null {
    const token = meta.get('ann_token')
    if (meta.get('ann_kind') !== KIND || !token) return null
    const file = path.join(os.tmpdir(), `${FILE_PREFIX}${token}.usearch`)
    if (!fs.existsSync(file)) extract(db, file)
    const dimension = Number(meta.get('vector_dimension'))
    const connectivity = Number(meta.get('ann_connectivity') ?? FIRST_CONNECTIVITY)
    const searchList = searchListFor(Number(meta.get('vectors') ?? 0), Number(meta.get('ann_expansion_add') ?? FIRST_EXPANSION_ADD))
    const index = graphOf(dimension, connectivity, searchList)
    try {
      index.view(file)
    } catch {
      // Removed between the check and the mapping (see removeStale): write it again.
      extract(db, file)
      index.view(file)
    }
    return new AnnIndex(index, index.size(), searchList)
  }
}

/** An empty graph with the index's settings: the reader must map a graph with the settings it was built with. */
function graphOf(dimension: number, connectivity: number, expansionSearch: number): Usearch.Index {
  return new Index({
    dimensions: dimension,
    metric: MetricKind.Cos,
    quantization: ScalarKind.F16,
    connectivity,
    expansion_add: annOptions.expansionAdd,
    expansion_search: expansionSearch,
    multi: false,
  })
}

/** Writes the graph stored in `db` to `file`, under a unique name first: threads opening one index at once never see half a file. */
function extract(db: Database.Database, file: string): void {
  removeStale(path.dirname(file))
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
  const fd = fs.openSync(temp, 'w')
  try {
    for (const chunk of db.prepare('SELECT data FROM ann_chunks ORDER BY n').pluck().iterate() as Iterable<Buffer>) fs.writeSync(fd, chunk)
  } finally {
    fs.closeSync(fd)
  }
  fs.renameSync(temp, file)
}

function removeStale(dir: string): void {
  const now = Date.now()
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(FILE_PREFIX)) continue
    const file = path.join(dir, name)
    try {
      if (now - fs.statSync(file).mtimeMs > STALE_MS) fs.rmSync(file, { force: true })
    } catch {
      // Removed by another process meanwhile.
    }
  }
}

/**
 * Builds the graph of `vectors` (keyed by clause rowid) and stores it in the index file being written:
 * table `ann_chunks` and meta `ann_kind`, `ann_token`. Does nothing below annOptions.minVectors.
 */
export function writeAnnIndex(db: Database.Database, dimension: number, vectors: Iterable<[number, Float32Array]>, count: number): void {
  if (count < annOptions.minVectors) return
  const index = graphOf(dimension, annOptions.connectivity, searchListFor(count))
  const keys = new BigUint64Array(count)
  const flat = new Float32Array(count * dimension)
  let i = 0
  for (const [rowid, vector] of vectors) {
    keys[i] = BigInt(rowid)
    flat.set(vector, i * dimension)
    i++
  }
  index.add(keys.subarray(0, i), flat.subarray(0, i * dimension), annOptions.buildThreads)
  const token = randomBytes(12).toString('hex')
  const file = path.join(os.tmpdir(), `policy-search-ann-build-${token}.usearch`)
  try {
    index.save(file)
    const bytes = fs.readFileSync(file)
    db.exec('CREATE TABLE ann_chunks (n INTEGER PRIMARY KEY, data BLOB NOT NULL)')
    const insert = db.prepare('INSERT INTO ann_chunks (n, data) VALUES (?, ?)')
    for (let n = 0, at = 0; at < bytes.length; n++, at += CHUNK_BYTES) insert.run(n, bytes.subarray(at, at + CHUNK_BYTES))
    const setMeta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)')
    setMeta.run('ann_kind', KIND)
    setMeta.run('ann_token', token)
    setMeta.run('ann_connectivity', String(annOptions.connectivity))
    setMeta.run('ann_expansion_add', String(annOptions.expansionAdd))
  } finally {
    fs.rmSync(file, { force: true })
  }
}
