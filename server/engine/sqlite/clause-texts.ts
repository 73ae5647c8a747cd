/**
 * The stored search text of the clauses one query ranks, read once: BM25 of a tier, the heading check before
 * it, and hybrid fusion after it ask for the same few hundred clauses, and reading their text is most of a
 * keyword query's time.
 */
import type { TermGrams } from '../gram-match-plan.js'
import { occurrenceWithin, wordStarts } from '../word-bounds.js'
import type { StatementCache } from './statement-cache.js'

export interface ClauseText {
  /** The normalised search text (heading and text). */
  norm: string
  /** Word starts by position (word-bounds.ts), null for an index written without word bounds. */
  starts: Uint8Array | null
  /** Where the normalised heading lies in `norm`, null when it is not found there. */
  heading: { at: number; length: number } | null
}

type Row = [number, string, Buffer | null, number | null, number | null]

/** One query's reader: keeps what it read for the rest of the query, and is dropped with it. */
export class ClauseTexts {
  private readonly read = new Map<number, ClauseText>()

  constructor(private readonly statements: StatementCache) {}

  /** The texts of `rowids`, by rowid. */
  get(rowids: readonly number[]): Map<number, ClauseText> {
    const missing = [...new Set(rowids.filter((r) => !this.read.has(r)))]
    for (let i = 0; i < missing.length; i += 512) {
      const chunk = missing.slice(i, i + 512)
      // Padded with its first rowid to a power of two: a few statements serve every pool and tier size.
      let width = 8
      while (width < chunk.length) width *= 2
      for (let k = chunk.length; k < width; k++) chunk.push(chunk[0])
      const sql = `SELECT rowid, norm, bounds, heading_at, heading_length FROM clauses WHERE rowid IN (${chunk.map(() => '?').join(',')})`
      for (const [rowid, norm, bounds, at, length] of this.statements.get(sql).raw().all(...chunk) as Row[]) {
        this.read.set(rowid, {
          norm,
          starts: bounds ? wordStarts(bounds, norm.length) : null,
          heading: at === null || length === null ? null : { at, length },
        })
      }
    }
    const out = new Map<number, ClauseText>()
    for (const r of rowids) {
      const text = this.read.get(r)
      if (text) out.set(r, text)
    }
    return out
  }
}

/**
 * Of `rowids`, clauses whose heading matched a term, those whose heading holds the terms only across two
 * words (深入学习 for 入学): their heading is not about the term (word-bounds.ts). A clause written without
 * word bounds, or whose heading is not found in its search text, is never among them.
 */
export function headingStraddles(terms: readonly TermGrams[], rowids: readonly number[], texts: ClauseTexts): number[] {
  const out: number[] = []
  if (rowids.length === 0 || terms.length === 0) return out
  for (const [rowid, { norm, starts, heading }] of texts.get(rowids)) {
    if (starts === null || heading === null) continue
    const kinds = terms.map((t) => occurrenceWithin(norm, t.match, starts, heading.at, heading.at + heading.length))
    if (kinds.includes('straddle') && !kinds.includes('whole')) out.push(rowid)
  }
  return out
}
