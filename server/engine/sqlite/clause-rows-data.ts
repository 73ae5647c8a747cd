/**
 * What ClauseRows holds, as plain typed arrays and string lists. The arrays live in SharedArrayBuffers: posted
 * to another thread they are shared, not copied, so the search threads and the export thread of a process read
 * one copy of a million clauses' rows (about 50 MB) that one of them built. The dictionaries are small (a few
 * hundred cities and themes, one entry per plan) and are copied with the message.
 */

/** Years the facet counters cover; a plan outside them is stored without a year (year 0). */
export const MIN_YEAR = 1949
export const YEAR_SPAN = 2200 - MIN_YEAR

export interface ClauseRowsData {
  /** Rows 1..size (index 0 is unused). */
  size: number
  avgLength: number
  /** Dictionary ids per row, -1 when the value is missing. */
  plan: Int32Array
  city: Int32Array
  province: Int32Array
  level: Int32Array
  year: Int32Array
  /** Length of the normalised search text, for BM25 length normalisation. */
  length: Int32Array
  outline: Uint8Array
  firstIndexed: Float64Array
  /** Row r's theme ids are themeIds[themeStart[r] .. themeStart[r + 1]). */
  themeStart: Int32Array
  themeIds: Int32Array
  dictionaries: { plans: string[]; cities: string[]; provinces: string[]; levels: string[]; themes: string[] }
}

function shared<T extends Int32Array | Uint8Array | Float64Array>(Kind: { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number }, length: number): T {
  return new Kind(new SharedArrayBuffer(Math.max(1, length) * Kind.BYTES_PER_ELEMENT))
}

/** Value → id in order of first appearance. */
class Interner {
  readonly values: string[] = []
  private readonly ids = new Map<string, number>()
  id(value: string | null): number {
    if (value === null) return -1
    let id = this.ids.get(value)
    if (id === undefined) {
      id = this.values.length
      this.values.push(value)
      this.ids.set(value, id)
    }
    return id
  }
}

/**
 * Fills the arrays row by row straight from the columns read (no object per clause: at a million clauses those
 * objects cost seconds and hundreds of MB before the first search).
 */
export class ClauseRowsBuilder {
  private readonly data: Omit<ClauseRowsData, 'themeStart' | 'themeIds' | 'dictionaries' | 'avgLength'>
  private readonly plans = new Interner()
  private readonly cities = new Interner()
  private readonly provinces = new Interner()
  private readonly levels = new Interner()
  private readonly themes = new Interner()
  /** (row, theme id) pairs in the order given; grouped by row in finish(). */
  private readonly themeRows: number[] = []
  private readonly themeValues: number[] = []
  private lengthSum = 0
  private rows = 0

  /** `size`: the largest rowid (rowids are dense 1..size). */
  constructor(size: number) {
    const n = size + 1
    this.data = {
      size,
      plan: shared(Int32Array, n).fill(-1),
      city: shared(Int32Array, n).fill(-1),
      province: shared(Int32Array, n).fill(-1),
      level: shared(Int32Array, n).fill(-1),
      year: shared(Int32Array, n),
      length: shared(Int32Array, n),
      outline: shared(Uint8Array, n),
      firstIndexed: shared(Float64Array, n),
    }
  }

  row(rowid: number, planId: string, year: number | null, city: string | null, province: string | null, level: string | null, outlineOnly: boolean, firstIndexedMs: number, length: number, headingOnly = false): void {
    const d = this.data
    d.plan[rowid] = this.plans.id(planId)
    d.year[rowid] = year !== null && year >= MIN_YEAR && year < MIN_YEAR + YEAR_SPAN ? year : 0
    d.length[rowid] = length
    d.city[rowid] = this.cities.id(city)
    d.province[rowid] = this.provinces.id(province)
    d.level[rowid] = this.levels.id(level)
    // 2: a heading printed with nothing under it, heading-only but not outline-only (schema.ts outlineColumn).
    d.outline[rowid] = outlineOnly ? 1 : headingOnly ? 2 : 0
    d.firstIndexed[rowid] = firstIndexedMs
    this.lengthSum += length
    this.rows++
  }

  /** One theme of a row; a row's themes keep the order they are given in. */
  theme(rowid: number, theme: string): void {
    this.themeRows.push(rowid)
    this.themeValues.push(this.themes.id(theme))
  }

  /** One theme of many rows at once. */
  themeOf(theme: string, rowids: number[]): void {
    const id = this.themes.id(theme)
    for (const rowid of rowids) {
      this.themeRows.push(rowid)
      this.themeValues.push(id)
    }
  }

  finish(): ClauseRowsData {
    const n = this.data.size + 1
    const themeStart = shared(Int32Array, n + 1)
    for (const r of this.themeRows) themeStart[r + 1]++
    for (let r = 1; r <= n; r++) themeStart[r] += themeStart[r - 1]
    const themeIds = shared(Int32Array, this.themeRows.length)
    const at = themeStart.slice()
    for (let k = 0; k < this.themeRows.length; k++) themeIds[at[this.themeRows[k]]++] = this.themeValues[k]
    return {
      ...this.data,
      avgLength: this.rows === 0 ? 1 : Math.max(1, this.lengthSum / this.rows),
      themeStart,
      themeIds,
      dictionaries: { plans: this.plans.values, cities: this.cities.values, provinces: this.provinces.values, levels: this.levels.values, themes: this.themes.values },
    }
  }
}
