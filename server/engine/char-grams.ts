/**
 * The character-gram index that makes every substring findable, whatever the segmentation.
 *
 * A normalised text is cut into runs of letters and digits (punctuation, spaces and symbols end a run).
 * Each run is written as its overlapping bigrams followed by its last character alone:
 * `双减工作,作业` → `双减 减工 工作 作 作业 业`. Then, in an FTS5 table with the `ascii` tokenizer
 * (which splits on spaces only for our tokens):
 * - a phrase of n ≥ 2 letters/digits is the FTS5 phrase of its n − 1 bigrams; consecutive bigrams never
 *   straddle two runs because the single last character sits between them, so the match is exact;
 * - one character c is the prefix query `"c"*`: every occurrence of c starts a bigram or ends a run.
 * A phrase with punctuation inside (`2024-2035`) becomes an AND of its runs, and the engine checks the
 * candidates with an exact substring test.
 */
import type { ClauseRecord } from '../../indexer/types.js'

const TOKEN_CHAR = /[\p{L}\p{N}]/u

export function isTokenChar(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0
  if (code >= 0x4e00 && code <= 0x9fff) return true
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return true
  if (code < 0x80) return false
  return TOKEN_CHAR.test(ch)
}

/**
 * The text a clause is searched by: its text, which holds its heading (for an outline-only clause the
 * text is the numbered heading). A heading missing from the text is prepended on its own line.
 */
export function clauseSearchText(clause: Pick<ClauseRecord, 'heading' | 'text'>): string {
  const { heading, text } = clause
  if (text.includes(heading)) return text
  return text === '' ? heading : `${heading}\n${text}`
}

/** Runs of letters and digits, as arrays of code points. */
export function tokenRuns(norm: string): string[][] {
  const runs: string[][] = []
  let run: string[] = []
  for (const ch of norm) {
    if (isTokenChar(ch)) run.push(ch)
    else if (run.length > 0) {
      runs.push(run)
      run = []
    }
  }
  if (run.length > 0) runs.push(run)
  return runs
}

/** The gram document of a normalised text, ready to insert in the FTS5 column. */
export function charGrams(norm: string): string {
  const out: string[] = []
  for (const run of tokenRuns(norm)) {
    for (let i = 0; i + 1 < run.length; i++) out.push(run[i] + run[i + 1])
    out.push(run[run.length - 1])
  }
  return out.join(' ')
}

export interface GramQuery {
  /** FTS5 expression; tokens are quoted, so no user text is ever read as syntax. */
  expr: string
  /** True when a match of `expr` is a match of the phrase; false when candidates need a substring check. */
  exact: boolean
}

/** The FTS5 expression for a normalised phrase, or null when it has no letter or digit. */
export function phraseGramQuery(match: string): GramQuery | null {
  const runs = tokenRuns(match)
  if (runs.length === 0) return null
  const exact = runs.length === 1 && runs[0].join('') === match
  if (runs.length === 1) {
    const run = runs[0]
    return { expr: run.length === 1 ? `"${run[0]}"*` : `"${bigrams(run).join(' ')}"`, exact }
  }
  // Runs split by punctuation (2024-2035年, 和-教育) are adjacent in the gram document: every run but the
  // phrase's last ends where the text's run ends, so its bigrams are followed by its last character (the
  // run's end, charGrams), and the next run's bigrams follow at once. One FTS5 phrase then finds only the
  // clauses with the runs in that order, instead of every clause with each run somewhere (a run of one
  // character alone is a prefix of a tenth of the index); the substring check still sees the punctuation.
  const tokens: string[] = []
  runs.forEach((run, i) => {
    if (i < runs.length - 1) tokens.push(...bigrams(run), run[run.length - 1])
    else tokens.push(...(run.length === 1 ? run : bigrams(run)))
  })
  const last = runs[runs.length - 1]
  return { expr: `"${tokens.join(' ')}"${last.length === 1 ? '*' : ''}`, exact }
}

function bigrams(run: string[]): string[] {
  const grams: string[] = []
  for (let i = 0; i + 1 < run.length; i++) grams.push(run[i] + run[i + 1])
  return grams
}
