/**
 * The vocabulary numbering is read in: the kinds of marker a plan numbers its levels with, their order from the top
 * of a document down, how each prints, and a candidate marker as the sequence reader weighs it (numbering.ts).
 */

/**
 * Marker kinds, from the highest level of a document to the lowest. Full-width digits and the enclosed numerals
 * that stand for a marker are its kind (`１．` `⒈` are `arabic`, `（１）` `⑴` are `arabic-paren`); `1)` and ①
 * are levels of their own, below （1）, as in `1. → （1） → 1) → ①`.
 */
export type MarkerKind =
  | 'chapter-word' | 'section-word' | 'article' | 'cn' | 'cn-paren' | 'arabic' | 'decimal' | 'decimal-deep' | 'arabic-paren' | 'arabic-half-paren' | 'circled'

/** `decimal` is `1.1` and `decimal-deep` `1.1.1`, the levels of a decimal outline under its `1.` chapters (decimal-outline.ts). */
export const RANK: Record<MarkerKind, number> = {
  'chapter-word': 0, 'section-word': 1, article: 2, cn: 3, 'cn-paren': 4, arabic: 5, decimal: 6, 'decimal-deep': 7, 'arabic-paren': 8, 'arabic-half-paren': 9,
  circled: 10,
}

/** How each kind is printed, for reports: the plan's levels read `一、 → （一） → 1.`. */
export const KIND_LABEL: Record<MarkerKind, string> = {
  'chapter-word': '第一章', 'section-word': '第一节', article: '第一条', cn: '一、', 'cn-paren': '（一）', arabic: '1.', decimal: '1.1', 'decimal-deep': '1.1.1',
  'arabic-paren': '（1）', 'arabic-half-paren': '1)', circled: '①',
}

/**
 * Where a candidate stands: at a line start; after a sentence end, a colon, a closing bracket or a space
 * (`after-break`); or glued to the preceding words (`in-text`).
 */
export type MarkerContext = 'line-start' | 'after-break' | 'in-text'

export interface Candidate {
  kind: MarkerKind
  number: number
  context: MarkerContext
  /** Offsets of the marker in its text, when known. */
  at?: number
  end?: number
  /** A number glued to its text at a line start (`27构建…`): accepted only as the very next number. */
  bare?: boolean
  /** The level as this marker prints it, when not in its kind's usual form (KIND_LABEL): `⑴` `⒈` `1）`. */
  printed?: string
  /** Glued to the duty line closing the clause before it in a plan flattened to one line (run-on-items.ts): read as
   * standing after a break, as the very next number only. */
  runOn?: true
  /** A decimal's path above its number: `2.3` has [2]; it must continue the marker above it. */
  prefix?: number[]
}
