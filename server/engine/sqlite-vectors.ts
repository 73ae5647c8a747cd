/**
 * Clause embeddings held in one Float32Array (row-major, indexed by rowid) for exact cosine search:
 * the vectors are L2-normalised, so cosine is a dot product. 100k × 512 floats is 200 MB and one scan
 * takes tens of milliseconds on one core; beyond that an ANN index would be the next step.
 */
import type Database from 'better-sqlite3'
import { topK } from './top-k.js'

/** How many nearest clauses a semantic query returns (its whole result set). */
export const SEMANTIC_LIMIT = 100

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
    const sims = new Float32Array(this.present.length).fill(-Infinity)
    for (let r = 1; r < this.present.length; r++) {
      if (this.present[r] === 0) continue
      let dot = 0
      const base = r * d
      for (let k = 0; k < d; k++) dot += this.matrix[base + k] * query[k]
      sims[r] = dot
    }
    return sims
  }

  /** The `limit` rowids most similar to the query among those `accept` lets through, best first. */
  nearest(sims: Float32Array, accept: (rowid: number) => boolean, limit = SEMANTIC_LIMIT): number[] {
    const candidates: number[] = []
    for (let r = 1; r < sims.length; r++) if (this.present[r] === 1 && accept(r)) candidates.push(r)
    return topK(candidates, limit, (a, b) => sims[b] - sims[a] || a - b)
  }
}
