/**
 * The rowids holding each value of one filter field, grouped (compressed sparse rows): the clauses of a
 * city, a theme or a year are one slice. A narrow filter's exact vector pass walks its own clauses through
 * these instead of testing every clause of the index.
 */
/** Some rows, counted before they are gathered: a caller that finds the count too large never pays for the list. */
export interface RowSubset {
  readonly count: number
  rows(): Int32Array
}

export class RowPostings {
  private readonly start: Int32Array
  private readonly rows: Int32Array

  /** `valuesOf(r, add)` calls `add` with each value id (0 ≤ id < `values`) of row r; rows run 1..`size`. */
  constructor(size: number, values: number, valuesOf: (rowid: number, add: (id: number) => void) => void) {
    const count = new Int32Array(values + 1)
    for (let r = 1; r <= size; r++) valuesOf(r, (id) => count[id + 1]++)
    for (let id = 0; id < values; id++) count[id + 1] += count[id]
    this.start = count.slice()
    this.rows = new Int32Array(count[values])
    const at = count
    for (let r = 1; r <= size; r++) valuesOf(r, (id) => (this.rows[at[id]++] = r))
  }

  /** How many rows hold value `id`. */
  count(id: number): number {
    return id < 0 || id + 1 >= this.start.length ? 0 : this.start[id + 1] - this.start[id]
  }

  /** The rows holding any of `ids`, each once (ascending when `overlapping`, the values of a multi-valued field). */
  union(ids: number[], overlapping: boolean): RowSubset {
    const parts: Int32Array[] = []
    for (const id of ids) if (this.count(id) > 0) parts.push(this.rows.subarray(this.start[id], this.start[id + 1]))
    const count = parts.reduce((n, p) => n + p.length, 0)
    return { count, rows: () => (parts.length === 1 ? parts[0] : concat(parts, count, overlapping)) }
  }
}

function concat(parts: Int32Array[], count: number, overlapping: boolean): Int32Array {
  const all = new Int32Array(count)
  let n = 0
  for (const p of parts) all.set(p, (n += p.length) - p.length)
  if (!overlapping) return all
  all.sort()
  let kept = 0
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[kept++] = all[i]
  return all.subarray(0, kept)
}
