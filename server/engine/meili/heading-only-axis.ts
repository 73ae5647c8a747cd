/**
 * The heading-only penalty inside Meilisearch's own vector search. The SQLite engine judges and ranks a
 * heading-only clause (a table-of-contents title, no text) by its cosine less HEADING_ONLY_COSINE_PENALTY, so a
 * greeting (你好) reaches no outline title and a title ranks below a clause with text as close. Meilisearch
 * ranks by the cosine it computes itself, over pages and counts it keeps, so the penalty has to be in the vectors:
 * every stored vector gets one more dimension, 0 for a clause with text, and a heading-only clause's vector v is
 * stored as [a·v, b·|v|] (a² + b² = 1). The query gets a 0 there, so its cosine with the title is a·cos: the
 * same length, only turned away. `a` is chosen so that the floor falls where the SQLite engine puts it:
 * a title passes iff a·cos ≥ floor, as there iff cos − penalty ≥ floor. (Above the floor the two penalties
 * differ a little: a·cos takes more from a closer title.)
 * Pure: vectors in, vectors out.
 */
import { HEADING_ONLY_COSINE_PENALTY, similarityFloor } from '../similarity-floor.js'

/** The factor a heading-only clause's cosine is multiplied by, for a model's floor; 1 for an uncalibrated model. */
export function headingOnlyScale(model: string): number {
  const floor = similarityFloor(model).semantic
  return Number.isFinite(floor) && floor > 0 ? floor / (floor + HEADING_ONLY_COSINE_PENALTY) : 1
}

/** A clause's vector as the index stores it (one dimension more). A clause with text keeps its numbers exactly. */
export function storedVector(vector: Float32Array, headingOnly: boolean, scale: number): number[] {
  if (!headingOnly || scale >= 1) return [...vector, 0]
  const norm = Math.hypot(...vector)
  return [...vector.map((x) => x * scale), Math.sqrt(1 - scale * scale) * norm]
}

/** A query vector as the index is asked with it: nothing along the added dimension. */
export function queryVector(vector: Float32Array): number[] {
  return [...vector, 0]
}

/** The clause's own vector back from a stored one (for 相似条款, which searches with it). */
export function restoredVector(stored: Float32Array): Float32Array {
  const dimension = stored.length - 1
  const extra = stored[dimension]
  const own = stored.subarray(0, dimension)
  if (extra === 0) return Float32Array.from(own)
  // |stored| = |v|, and extra = b·|v|, so b and a = √(1 − b²) come from the stored vector itself.
  const b = extra / Math.hypot(...stored)
  const a = Math.sqrt(Math.max(0, 1 - b * b))
  return a > 0 ? own.map((x) => x / a) : Float32Array.from(own)
}
