/**
 * Aligning the clauses of two plans. Each clause of one plan is paired with at most one clause of the
 * other, best pairs first (a greedy maximum matching): plans reorder their clauses between years, so
 * the alignment does not require the order to be kept, but among equally good pairs it prefers those
 * at the same relative position, which keeps repeated boilerplate in place.
 */
import { normalizeForMatch } from '../../indexer/normalize.js'
import { stripLeadingMarker } from '../../indexer/structure/line-markers.js'

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu

/**
 * The content of a text for comparison: normalised, without its number (`5.`, `（5）`, `⑤`: renumbering alone
 * is not a change of content), punctuation or spaces.
 */
export function contentKey(text: string): string {
  return normalizeForMatch(stripLeadingMarker(text)).replace(NOT_LETTER_OR_DIGIT, '')
}

function bigrams(key: string): Map<string, number> {
  const chars = [...key]
  const grams = new Map<string, number>()
  if (chars.length === 1) grams.set(chars[0], 1)
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1]
    grams.set(g, (grams.get(g) ?? 0) + 1)
  }
  return grams
}

/** Dice coefficient of the character pairs of two content keys: 1 for the same text, 0 for nothing shared. */
export function charSimilarity(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0
  let sizeB = 0
  let shared = 0
  for (const n of a.values()) sizeA += n
  for (const [g, n] of b) {
    sizeB += n
    shared += Math.min(n, a.get(g) ?? 0)
  }
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB)
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0
  for (let i = 0; i < a.length; i++) dot += a[i] * b[i]
  return dot
}

/** A similarity over positions of the two lists (larger is better), and which pairs are close enough to pair. */
export interface Scorer {
  score(i: number, j: number): number
  accept(i: number, j: number, score: number): boolean
}

/** Character-pair overlap; 0.4 keeps rewordings and leaves clauses that only share 教育 and 学校. */
export const CHAR_THRESHOLD = 0.4
/**
 * bge-small-zh puts most clauses of one domain at 0.55–0.85 cosine to their nearest clause of an unrelated
 * plan; on the bundled corpus pairs from 0.83 are the same matter reworded, below that they drift
 * (统筹做好各项工作 → 实施精准考核奖惩 at 0.81). A pair that shares enough characters is kept whatever its cosine.
 */
export const SEMANTIC_THRESHOLD = 0.83

export function charScorer(a: readonly string[], b: readonly string[]): Scorer {
  const ga = a.map((t) => bigrams(contentKey(t)))
  const gb = b.map((t) => bigrams(contentKey(t)))
  return { score: (i, j) => charSimilarity(ga[i], gb[j]), accept: (_i, _j, score) => score >= CHAR_THRESHOLD }
}

export function vectorScorer(a: readonly Float32Array[], b: readonly Float32Array[], texts: { a: readonly string[]; b: readonly string[] }): Scorer {
  const chars = charScorer(texts.a, texts.b)
  return {
    score: (i, j) => cosine(a[i], b[j]),
    accept: (i, j, score) => score >= SEMANTIC_THRESHOLD || chars.accept(i, j, chars.score(i, j)),
  }
}

export interface Pair {
  i: number
  j: number
  score: number
}

/** Pairs of positions (i in the first list, j in the second), each position used at most once. */
export function alignPairs(n: number, m: number, scorer: Scorer): Pair[] {
  const candidates: (Pair & { drift: number })[] = []
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const score = scorer.score(i, j)
      if (scorer.accept(i, j, score)) candidates.push({ i, j, score, drift: Math.abs(i / Math.max(1, n) - j / Math.max(1, m)) })
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.drift - y.drift || x.i - y.i || x.j - y.j)
  const usedA = new Set<number>()
  const usedB = new Set<number>()
  const pairs: Pair[] = []
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue
    usedA.add(c.i)
    usedB.add(c.j)
    pairs.push({ i: c.i, j: c.j, score: c.score })
  }
  return pairs
}

/**
 * The rows of a side-by-side view in the second list's order; an unpaired item of the first list is
 * placed right after the row holding its nearest preceding item, so a dropped clause shows where it was.
 */
export function sideBySide(n: number, m: number, pairs: readonly Pair[]): { i: number | null; j: number | null; score: number | null }[] {
  const partnerOfB = new Map(pairs.map((p) => [p.j, p]))
  const pairedA = new Set(pairs.map((p) => p.i))
  const rows: { i: number | null; j: number | null; score: number | null }[] = []
  const rowOfA = new Map<number, number>()
  for (let j = 0; j < m; j++) {
    const p = partnerOfB.get(j)
    if (p) rowOfA.set(p.i, rows.length)
    rows.push({ i: p?.i ?? null, j, score: p?.score ?? null })
  }
  // Inserted from the last anchor to the first, so an insertion never shifts an anchor still to come.
  const inserts: { at: number; i: number }[] = []
  let anchor = -1
  for (let i = 0; i < n; i++) {
    if (pairedA.has(i)) anchor = rowOfA.get(i)!
    else inserts.push({ at: anchor + 1, i })
  }
  inserts.sort((x, y) => x.at - y.at || x.i - y.i)
  for (let k = inserts.length - 1; k >= 0; k--) rows.splice(inserts[k].at, 0, { i: inserts[k].i, j: null, score: null })
  return rows
}
