/**
 * How files are built beside the live ones in data/build/. The pipeline stages its small files with
 * tempPath() and the index writer it is handed (the SQLite engine) builds its file at stagingPath(); both
 * names carry the writer's pid, so the leftovers of a killed run are recognised and removed here, in the
 * one module that knows both names.
 */
import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

/** `<file>.tmp-<pid>`: a small file written whole, then renamed over `file`. */
export function tempPath(file: string): string {
  return `${file}.tmp-${process.pid}`
}

/** `<file>.<pid>.<time>.building`: an index built in place over seconds, then renamed over `file`. */
export function stagingPath(file: string): string {
  return `${file}.${process.pid}.${Date.now()}.building`
}

/** Both names above, and the journal SQLite keeps beside a file while writing it. */
const STAGING = /\.tmp-(\d+)$|\.(\d+)\.\d+\.building(-journal)?$/

/**
 * A run that was killed (power cut, SIGKILL, out of memory) leaves its staging files behind; the live files
 * are untouched, but the leftovers can be as large as the index. They are removed here unless their
 * process is still running (another indexer working on the same folder).
 */
export function removeStaleStaging(buildDir: string): void {
  for (const name of readdirSync(buildDir)) {
    const match = STAGING.exec(name)
    if (!match) continue
    const pid = Number(match[1] ?? match[2])
    if (pid !== process.pid && isRunning(pid)) continue
    rmSync(join(buildDir, name), { force: true })
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}
