/**
 * When each clause id was first indexed, carried from build to build in data/build/first-seen.json so
 * that re-indexing (ids are stable) keeps the date, and a feed or `since=` can show what is new.
 * The ledger keeps ids that have left the corpus too: a clause that comes back is not new.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ClauseRecord } from './types.js'

export const FIRST_SEEN_FILE = 'first-seen.json'

/** clause id → ISO time it was first indexed. */
export type FirstSeenLedger = Map<string, string>

/**
 * The previous build's ledger; a build made before the ledger existed gives its clauses' own dates
 * (or its index time). A damaged ledger is read as empty: dates then start again from this build.
 */
export function readFirstSeen(buildDir: string, previousClauses: () => Pick<ClauseRecord, 'id' | 'firstIndexed'>[], previousBuiltAt: string | null): FirstSeenLedger {
  const path = join(buildDir, FIRST_SEEN_FILE)
  if (existsSync(path)) {
    try {
      return new Map(Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>))
    } catch {
      return new Map()
    }
  }
  try {
    return new Map(previousClauses().map((c) => [c.id, c.firstIndexed ?? previousBuiltAt]).filter((e): e is [string, string] => typeof e[1] === 'string'))
  } catch {
    return new Map()
  }
}

/** The clauses with the dates the ledger already holds; the ledger to write with this build's new ids added. */
export function stampFirstSeen(clauses: readonly ClauseRecord[], ledger: FirstSeenLedger): { clauses: ClauseRecord[]; ledger: FirstSeenLedger } {
  const next = new Map(ledger)
  const stamped = clauses.map((c) => {
    const seen = ledger.get(c.id)
    if (seen === undefined) {
      next.set(c.id, c.firstIndexed)
      return c
    }
    return seen === c.firstIndexed ? c : { ...c, firstIndexed: seen }
  })
  return { clauses: stamped, ledger: next }
}

export function serializeLedger(ledger: FirstSeenLedger): string {
  return `${JSON.stringify(Object.fromEntries([...ledger].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))}\n`
}
