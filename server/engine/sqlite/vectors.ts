/**
 * Clause embeddings held in one Float32Array (row-major, indexed by rowid) for exact cosine search:
 * the vectors are L2-normalised, so cosine is a dot product. 100k × 512 floats is 200 MB and one scan
 * takes tens of milliseconds on one core; beyond that an ANN index would be the next step.
 */
import type Database from 'better-sqlite3'
import { topK } from '../top-k.js'

/** How many nearest clauses a semantic query returns (its whole result set). */
export const SEMANTIC_LIMIT = 100
/** Nearest clauses ranked once per query, as a multiple of SEMANTIC_LIMIT (see nearest()). */
const PREFIX_FACTOR = 20

export class VectorStore {
  private constructor(
    readonly model: string,
    readonly dimension: number,
    private readonly matrix: Float32Array,
    private readonly present: Uint8Array,
    readonly count: number,
  ) {}

  /** Null when the index was built without embeddings. */
  static load(db: Database.Database, size: number): VectorStore | null {
    const meta = new Map((db.prepare('SELECT key, value FROM meta').raw().all() as [string, string][]).map(([k, v]) => [k, v]))
    const dimension = Number(meta.get('vector_dimension') ?? 0)
    if (!dimension) return null
    const matrix = new Float32Array((size + 1) * dimension)
    const present = new Uint8Array(size + 1)
    let count = 0
    for (const [rowid, blob] of db.prepare('SELECT rowid, v FROM vectors').raw().iterate() as Iterable<[number, Buffer]>) {
      matrix.set(new Float32Array(blob.buffer, blob.byteOffset, dimension), rowid * dimension)
      present[rowid] = 1
      count++
    }
    return new VectorStore(meta.get('vector_model') ?? 'unknown', dimension, matrix, present, count)
  }

  has(rowid: number): boolean {
    return this.present[rowid] === 1
  }

  /** Cosine similarity of every clause with `query` (−Infinity for clauses without a vector). */
  similarities(query: Float32Array): Float32Array {
    const d = this.dimension
    const m = this.matrix
    const sims = new Float32Array(this.present.length).fill(-Infinity)
    for (let r = 1; r < this.present.length; r++) {
      if (this.present[r] === 0) continue
      // Four accumulators: independent additions pipeline better than one dependent chain.
      let a0 = 0
      let a1 = 0
      let a2 = 0
      let a3 = 0
      const base = r * d
      let k = 0
      for (; k + 3 < d; k += 4) {
        a0 += m[base + k] * query[k]
        a1 += m[base + k + 1] * query[k + 1]
        a2 += m[base + k + 2] * query[k + 2]
        a3 += m[base + k + 3] * query[k + 3]
      }
      for (; k < d; k++) a0 += m[base + k] * query[k]
      sims[r] = a0 + a1 + a2 + a3
    }
    return sims
  }

  /**
   * The `limit` rowids most similar to the query among those `accept` lets through, best first.
   * One query asks this up to six times (results, then each facet without its own filter), so the best
   * PREFIX_FACTOR × limit clauses are ranked once and walked; a filter too narrow for that prefix falls
   * back to a full pass.
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
      for (let r = 1; r < sims.length; r++) if (this.present[r] === 1 && accept(r)) candidates.push(r)
      return topK(candidates, limit, compare)
    }
    return out
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
