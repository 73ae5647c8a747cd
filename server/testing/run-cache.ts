/**
 * Work many test files of one `vitest run` would each repeat (indexing the bundled corpus, building the web
 * app), done once per run by the first file that asks for it. The global setup (run-cache-setup.ts) gives
 * the run a scratch folder; the first file to ask for an entry takes its lock and makes it, the others wait
 * for it (each test file is its own process, so the lock is a folder, which only one process can create).
 * Outside such a run (no folder given) there is no cache and each caller does the work itself.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { inject } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's scratch folder (run-cache-setup.ts), removed when the run ends. */
    runCacheDir?: string
  }
}

/** How often a waiting file looks whether the entry is made: making one takes seconds. */
const POLL_MS = 100

function cacheDir(): string | undefined {
  try {
    return inject('runCacheDir')
  } catch {
    // Not inside a vitest worker (a script importing a fixture): no run to share with.
    return undefined
  }
}

/** Whether the process that took a lock is gone (it died making the entry, so its lock is stale). */
function holderGone(lock: string): boolean {
  let pid: number
  try {
    pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'))
  } catch {
    // The holder made the folder and has not written its pid yet.
    return false
  }
  try {
    process.kill(pid, 0)
    return false
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/**
 * The folder of entry `name`, made once in this run by `make` (which writes into the folder it is given),
 * or null outside a run with a cache. A `make` that fails fails its caller and leaves the entry unmade, so
 * the next caller tries again.
 */
export async function onceInRun(name: string, make: (dir: string) => Promise<void>): Promise<string | null> {
  const dir = cacheDir()
  if (!dir) return null
  const done = path.join(dir, name)
  const lock = `${done}.lock`
  for (;;) {
    if (existsSync(done)) return done
    try {
      mkdirSync(lock)
    } catch {
      if (holderGone(lock)) rmSync(lock, { recursive: true, force: true })
      else await sleep(POLL_MS)
      continue
    }
    try {
      writeFileSync(path.join(lock, 'pid'), String(process.pid))
      // Made beside the entry and renamed into place, so a waiter never sees half an entry.
      const partial = `${done}.partial`
      rmSync(partial, { recursive: true, force: true })
      mkdirSync(partial)
      await make(partial)
      renameSync(partial, done)
      return done
    } finally {
      rmSync(lock, { recursive: true, force: true })
    }
  }
}
