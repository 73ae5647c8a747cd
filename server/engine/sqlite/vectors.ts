/**
 * Clause embeddings and the nearest-neighbour search over them. The vectors are L2-normalised, so cosine is
 * a dot product.
 *
 * Below annOptions.minVectors the vectors are held in one Float32Array and scanned exactly (20k × 512 is a
 * few milliseconds). Above it the index file carries an HNSW graph (ann-index.ts), memory-mapped once per
 * machine; a thread then holds no vectors of its own and reads the few it re-scores from SQLite's pages,
 * memory-mapped too, so every thread and process reads them from the one page cache.
 */
import type Database from 'better-sqlite3'
import { topK } from '../top-k.js'
import { AnnIndex, type AnnHit } from './ann-index.js'
import { SEMANTIC_LIMIT, VectorQuery } from './vector-query.js'

/** Nearest clauses ranked once per query in an exact scan, as a multiple of the limit asked for. */
const PREFIX_FACTOR = 20
/** Rows sampled to estimate the share of clauses a filter lets through. */
const SAMPLE = 2048
/** SQLite's own ceiling on a memory-mapped file (SQLITE_MAX_MMAP_SIZE); larger requests are cut to it. */
const MMAP_BYTES = 0x7fff0000
/** Vectors read from SQLite per statement when re-scoring (one B-tree walk each, one call from JS). */
const READ_BATCH = 64
/** Consecutive rowids read as one range rather than looked up one by one. */
const MIN_RUN = 4

export class VectorStore {
  private readonly vectorOf: (rowid: number) => Float32Array | null
  private readonly readMany: (rowids: ArrayLike<number>, each: (rowid: number, vector: Float32Array) => void) => void

  private constructor(
    readonly model: string,
    readonly dimension: number,
    /** Every vector by rowid when there is no graph; null when the graph serves the search. */
    private readonly matrix: Float32Array | null,
    private readonly present: Uint8Array,
    readonly count: number,
    private readonly ann: AnnIndex | null,
    db: Database.Database,
  ) {
    const lookup = db.prepare('SELECT v FROM vectors WHERE rowid = ?').pluck()
    this.vectorOf = matrix
      ? (r) => (present[r] === 1 ? matrix.subarray(r * dimension, (r + 1) * dimension) : null)
      : (r) => {
          const blob = lookup.get(r) as Buffer | undefined
          return blob ? new Float32Array(blob.buffer, blob.byteOffset, dimension) : null
        }
    const batch = db.prepare(`SELECT rowid, v FROM vectors WHERE rowid IN (${Array(READ_BATCH).fill('?').join(',')})`).raw()
    const range = db.prepare('SELECT rowid, v FROM vectors WHERE rowid BETWEEN ? AND ?').raw()
    const ids = new Array<number>(READ_BATCH)
    const read = (rows: unknown[], each: (rowid: number, vector: Float32Array) => void) => {
      for (const [r, blob] of rows as [number, Buffer][]) each(r, new Float32Array(blob.buffer, blob.byteOffset, dimension))
    }
    this.readMany = (rowids, each) => {
      // A filter's clauses come in runs (a plan's clauses are consecutive rows): a run is one range scan of
      // the table (at a million clauses, a city's 4 320 vectors in 11 ms instead of 15 ms by lookups).
      const scattered: number[] = []
      for (let i = 0, j = 0; i < rowids.length; i = j + 1) {
        for (j = i; j + 1 < rowids.length && rowids[j + 1] === rowids[j] + 1; j++);
        if (j - i + 1 >= MIN_RUN) read(range.all(rowids[i], rowids[j]), each)
        else for (let k = i; k <= j; k++) scattered.push(rowids[k])
      }
      for (let at = 0; at < scattered.length; at += READ_BATCH) {
        // A short last batch repeats its first rowid: one statement serves every batch size.
        for (let k = 0; k < READ_BATCH; k++) ids[k] = scattered[at + k < scattered.length ? at + k : at]
        read(batch.all(...ids), each)
      }
    }
  }

  /** Null when the index was built without embeddings. */
  static load(db: Database.Database, size: number): VectorStore | null {
    const meta = new Map((db.prepare('SELECT key, value FROM meta').raw().all() as [string, string][]).map(([k, v]) => [k, v]))
    const dimension = Number(meta.get('vector_dimension') ?? 0)
    if (!dimension) return null
    const model = meta.get('vector_model') ?? 'unknown'
    const present = new Uint8Array(size + 1)
    let count = 0
    const ann = AnnIndex.open(db, meta)
    if (ann) {
      // Re-scoring reads vectors from the file's pages: mapped, they are read in place from the page cache
      // (shared by every thread and process) instead of copied through SQLite's per-connection cache.
      db.pragma(`mmap_size = ${MMAP_BYTES}`)
      for (const rowid of db.prepare('SELECT rowid FROM vectors').pluck().iterate() as Iterable<number>) {
        present[rowid] = 1
        count++
      }
      return new VectorStore(model, dimension, null, present, count, ann, db)
    }
    const matrix = new Float32Array((size + 1) * dimension)
    for (const [rowid, blob] of db.prepare('SELECT rowid, v FROM vectors').raw().iterate() as Iterable<[number, Buffer]>) {
      matrix.set(new Float32Array(blob.buffer, blob.byteOffset, dimension), rowid * dimension)
      present[rowid] = 1
      count++
    }
    return new VectorStore(model, dimension, matrix, present, count, null, db)
  }

  has(rowid: number): boolean {
    return this.present[rowid] === 1
  }

  /** Length of an array indexed by rowid (rowids start at 1). */
  get slots(): number {
    return this.present.length
  }

  /** Whether searches go through the graph (true) or scan every vector exactly (false). */
  get indexed(): boolean {
    return this.ann !== null
  }

  /**
   * One query's search: its nearest clauses under any filter, with their exact cosines. With a `floor`, only
   * clauses at or above it are asked for (the caller drops the others), so a search stops where the graph's
   * cosines fall below it.
   */
  query(vector: Float32Array, floor = -Infinity): VectorQuery {
    return new VectorQuery(this, vector, floor)
  }

  /** The stored vector of one clause, or null (read, not copied: do not write into it). */
  vector(rowid: number): Float32Array | null {
    return this.vectorOf(rowid)
  }

  /** Exact cosine of `query` with one clause (−Infinity for a clause without a vector). */
  similarity(query: Float32Array, rowid: number): number {
    const v = this.vectorOf(rowid)
    return v ? dot(v, query, 0) : -Infinity
  }

  /** Cosine similarity of every clause with `query` (−Infinity for clauses without a vector): an exact scan. */
  similarities(query: Float32Array): Float32Array {
    const sims = new Float32Array(this.present.length).fill(-Infinity)
    const m = this.matrix
    const d = this.dimension
    for (let r = 1; r < this.present.length; r++) {
      if (this.present[r] === 0) continue
      sims[r] = m ? dot(m, query, r * d) : this.similarity(query, r)
    }
    return sims
  }

  /**
   * The `limit` rowids highest in `sims` among those `accept` lets through, best first. The best
   * PREFIX_FACTOR × limit clauses are ranked once per `sims` and walked; a filter too narrow for that prefix
   * falls back to a full pass.
   */
  nearest(sims: Float32Array, accept: (rowid: number) => boolean, limit = SEMANTIC_LIMIT): number[] {
    const compare = (a: number, b: number) => sims[b] - sims[a] || a - b
    let prefix = this.prefixes.get(sims)
    if (!prefix) {
      prefix = topK(this.rowids(), limit * PREFIX_FACTOR, compare)
      this.prefixes = new WeakMap([[sims, prefix]])
    }
    const out: number[] = []
    for (const r of prefix) {
      if (accept(r)) out.push(r)
      if (out.length === limit) return out
    }
    if (prefix.length < this.count) {
      const candidates: number[] = []
      for (let r = 1; r < sims.length; r++) if (this.present[r] === 1 && sims[r] > -Infinity && accept(r)) candidates.push(r)
      return topK(candidates, limit, compare)
    }
    return out
  }

  /** The graph's `k` nearest clauses to `vector`, best first by the graph's own cosine (from its f16 or i8 vectors). */
  graphNeighbours(vector: Float32Array, k: number): AnnHit {
    return this.ann!.search(vector, k)
  }

  /** How far below a clause's exact cosine the graph's can lie (ann-index.ts); 0 without a graph. */
  get graphShortfall(): number {
    return this.ann?.cosineShortfall ?? 0
  }

  /** Neighbours one graph search visits anyway (its search list); 0 without a graph. */
  get searchList(): number {
    return this.ann?.searchList ?? 0
  }

  /**
   * Writes into `sims` the exact cosine of each of `rowids` not scored there yet (still −Infinity), reading
   * their vectors in batches: one SQLite statement per READ_BATCH clauses instead of one per clause.
   */
  score(vector: Float32Array, rowids: ArrayLike<number>, sims: Float32Array): void {
    const todo: number[] = []
    for (let i = 0; i < rowids.length; i++) if (sims[rowids[i]] === -Infinity && this.present[rowids[i]] === 1) todo.push(rowids[i])
    if (this.matrix) for (const r of todo) sims[r] = this.similarity(vector, r)
    else this.readMany(todo, (r, v) => (sims[r] = dot(v, vector, 0)))
  }

  /** Share of the clauses with vectors that `accept` lets through, from an even sample. */
  passShare(accept: (rowid: number) => boolean): number {
    const n = this.present.length - 1
    const step = Math.max(1, Math.floor(n / SAMPLE))
    let seen = 0
    let passed = 0
    for (let r = 1; r <= n; r += step) {
      if (this.present[r] === 0) continue
      seen++
      if (accept(r)) passed++
    }
    return seen === 0 ? 0 : passed / seen
  }

  /**
   * Rowids with a vector that `accept` lets through (among `within` when given); their exact cosines are
   * written into `sims`, where a cosine already there (from an earlier filter of the same query) is kept.
   */
  scanPassing(vector: Float32Array, accept: (rowid: number) => boolean, sims: Float32Array, within: ArrayLike<number> | null = null): number[] {
    const rowids: number[] = []
    if (within) {
      for (let i = 0; i < within.length; i++) if (this.present[within[i]] === 1 && accept(within[i])) rowids.push(within[i])
    } else {
      for (let r = 1; r < this.present.length; r++) if (this.present[r] === 1 && accept(r)) rowids.push(r)
    }
    this.score(vector, rowids, sims)
    return rowids
  }

  private prefixes = new WeakMap<Float32Array, number[]>()
  private rowidList: Int32Array | null = null

  private rowids(): Int32Array {
    if (!this.rowidList) {
      const list: number[] = []
      for (let r = 1; r < this.present.length; r++) if (this.present[r] === 1) list.push(r)
      this.rowidList = Int32Array.from(list)
    }
    return this.rowidList
  }
}

/** Dot product of `q` with the vector starting at `base` in `m`. */
function dot(m: Float32Array, q: Float32Array, base: number): number {
  // Four accumulators: independent additions pipeline better than one dependent chain.
  let a0 = 0
  let a1 = 0
  let a2 = 0
  let a3 = 0
  const d = q.length
  let k = 0
  for (; k + 3 < d; k += 4) {
    a0 += m[base + k] * q[k]
    a1 += m[base + k + 1] * q[k + 1]
    a2 += m[base + k + 2] * q[k + 2]
    a3 += m[base + k + 3] * q[k + 3]
  }
  for (; k < d; k++) a0 += m[base + k] * q[k]
  return a0 + a1 + a2 + a3
}
