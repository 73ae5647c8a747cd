/**
 * The approximate nearest-neighbour graph over the clause vectors: a usearch HNSW, chosen over sqlite-vec and
 * hnswlib-node by bench/semantic-bench.ts (recall and latency in bench/RESULTS.md), its vectors stored as f16
 * or i8 (annOptions.quantization). Either way the graph only proposes neighbours: every cosine a search
 * returns is re-scored exactly from the f32 vectors in SQLite (vector-query.ts).
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
  /** How a graph written stores its vectors (QUANTIZATIONS); a graph keeps its own (meta `ann_kind`). */
  quantization: 'f16' as Quantization,
}

export type Quantization = 'f16' | 'i8'

/**
 * Per way of storing the graph's vectors: its `ann_kind`, usearch's scalar kind, and `cosineShortfall`, how far
 * the graph's cosine can lie below the exact one. A walk stops at a neighbour whose graph cosine is that far
 * below the cosine it has to beat (vector-query.ts), so the bound decides both recall and how many vectors
 * are re-scored.
 * - f16: each rounding is within 2^-11 of its value, so for unit vectors the two roundings (query and clause)
 *   move the dot product by at most 2 × 2^-11 ≈ 1e-3 (Cauchy–Schwarz); 2e-3 leaves room. Measured at 100k: 7e-5.
 * - i8: usearch rounds each coordinate × 127 to an integer; a 512-dimensional unit vector's coordinates are
 *   about ±0.04, so the rounding is coarse and no useful bound can be proved. Measured on bge-small-zh
 *   vectors (bench/RESULTS.md "Vector graph quantization", 20,580 real and 122,880 synthetic query–clause pairs): the
 *   graph's cosine lies 0.009 above the exact one at the median, at most 0.030 above and 0.012 below.
 *   0.02 is that largest shortfall with two thirds again as margin; recall against the exact scan is what
 *   the probe checks.
 */
const QUANTIZATIONS: Record<Quantization, { kind: string; scalar: Usearch.ScalarKind; cosineShortfall: number }> = {
  f16: { kind: 'usearch-hnsw-cos-f16', scalar: ScalarKind.F16, cosineShortfall: 2e-3 },
  i8: { kind: 'usearch-hnsw-cos-i8', scalar: ScalarKind.I8, cosineShortfall: 2e-2 },
}
/** Whether `name` names a way of storing the graph's vectors (f16 or i8). */
export const isQuantization = (name: string): name is Quantization => Object.hasOwn(QUANTIZATIONS, name)
const quantizationOf = (kind: string | undefined): Quantization | null =>
  (Object.keys(QUANTIZATIONS) as Quantization[]).find((q) => QUANTIZATIONS[q].kind === kind) ?? null
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
  /** Cosine similarity from the graph's stored vectors (within its kind's cosineShortfall of the exact value). */
  sims: Float32Array
}

export class AnnIndex {
  private constructor(
    private readonly index: Usearch.Index,
    readonly size: number,
    /** Candidates a search keeps (ef): asking for up to this many neighbours costs one search the same. */
    readonly searchList: number,
    /** How far below the exact cosine a graph cosine can lie (QUANTIZATIONS). */
    readonly cosineShortfall: number,
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
    const quantization = quantizationOf(meta.get('ann_kind'))
    if (!quantization || !token) return null
    const file = path.join(os.tmpdir(), `${FILE_PREFIX}${token}.usearch`)
    if (!fs.existsSync(file)) extract(db, file)
    const dimension = Number(meta.get('vector_dimension'))
    const connectivity = Number(meta.get('ann_connectivity') ?? FIRST_CONNECTIVITY)
    const searchList = searchListFor(Number(meta.get('vectors') ?? 0), Number(meta.get('ann_expansion_add') ?? FIRST_EXPANSION_ADD))
    const index = graphOf(dimension, connectivity, searchList, quantization)
    try {
      index.view(file)
    } catch {
      // Removed between the check and the mapping (see removeStale): write it again.
      extract(db, file)
      index.view(file)
    }
    return new AnnIndex(index, index.size(), searchList, QUANTIZATIONS[quantization].cosineShortfall)
  }
}

/** An empty graph with the index's settings: the reader must map a graph with the settings it was built with. */
function graphOf(dimension: number, connectivity: number, expansionSearch: number, quantization: Quantization): Usearch.Index {
  return new Index({
    dimensions: dimension,
    metric: MetricKind.Cos,
    quantization: QUANTIZATIONS[quantization].scalar,
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
  const index = graphOf(dimension, annOptions.connectivity, searchListFor(count), annOptions.quantization)
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
    setMeta.run('ann_kind', QUANTIZATIONS[annOptions.quantization].kind)
    setMeta.run('ann_token', token)
    setMeta.run('ann_connectivity', String(annOptions.connectivity))
    setMeta.run('ann_expansion_add', String(annOptions.expansionAdd))
  } finally {
    fs.rmSync(file, { force: true })
  }
}
