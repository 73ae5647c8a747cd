/**
 * Page numbers are known by their counting: numbers one more than the one before, each a page's length of text
 * after it. A list or a table numbers its rows too, but closer together. Both page-number readers group their
 * candidates so (bare-page-numbers.ts, numbered-headers.ts) and take only runs of two or more. Pure.
 */

/** The candidates cut into runs: each one more than the one before and `apart` from it; in their order. */
export function countingRuns<T extends { number: number }>(candidates: readonly T[], apart: (last: T, next: T) => boolean): T[][] {
  const runs: T[][] = []
  for (const c of candidates) {
    const run = runs.at(-1)
    const last = run?.at(-1)
    if (run && last && c.number === last.number + 1 && apart(last, c)) run.push(c)
    else runs.push([c])
  }
  return runs
}
