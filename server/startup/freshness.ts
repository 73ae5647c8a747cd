/** "Is this output older than its inputs?", for the web build and the index that `npm start` keeps fresh. */
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs'
import path from 'node:path'

const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist'])

/** Latest modification time of the files under the given paths (0 when none exists). */
export function newestMtime(paths: readonly string[]): number {
  let newest = 0
  const visit = (p: string) => {
    let st
    try {
      st = statSync(p)
    } catch {
      return
    }
    if (st.isDirectory()) {
      for (const entry of readdirSync(p)) if (!SKIPPED_DIRS.has(entry) && !entry.startsWith('.')) visit(path.join(p, entry))
    } else if (st.mtimeMs > newest) newest = st.mtimeMs
  }
  for (const p of paths) visit(p)
  return newest
}

/** True when `output` is missing or any input file is newer than it. */
export function isStale(output: string, inputs: readonly string[]): boolean {
  if (!existsSync(output)) return true
  return newestMtime(inputs) > statSync(output).mtimeMs
}

/**
 * Dates a finished output to when its build began. A build reads its inputs as they were at the start, so an
 * input saved while it ran is not in the output, yet would be older than an output dated at the end, and the
 * edit would never be built.
 */
export function markBuiltAsOf(output: string, startedMs: number): void {
  const started = new Date(startedMs)
  utimesSync(output, started, started)
}
