/**
 * The files an indexer run leaves in data/build/ and how to read the records back. The server, the tests
 * and the benchmarks read these names here without loading the pipeline that writes them.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIRST_SEEN_FILE } from './first-seen.js'
import { MOVED_IDS_FILE } from './moved-ids.js'
import type { ClauseRecord, IndexBuild } from './types.js'

export const BUILD_FILES = {
  plans: 'plans.json',
  clauses: 'clauses.jsonl',
  terms: 'terms.json',
  info: 'build-info.json',
  sqlite: 'index.sqlite',
  suggest: 'suggest.json',
  parseCache: 'parse-cache.json',
  vectorCache: 'vector-cache.sqlite',
  firstSeen: FIRST_SEEN_FILE,
  movedIds: MOVED_IDS_FILE,
} as const

/** Reads a finished build back (for the server, tests and benchmarks). */
export function readBuild(buildDir: string): IndexBuild {
  const plans = JSON.parse(readFileSync(join(buildDir, BUILD_FILES.plans), 'utf8'))
  const clauses = readJsonLines<ClauseRecord>(join(buildDir, BUILD_FILES.clauses))
  return { plans, clauses, builtAt: readBuildInfo(buildDir)?.indexedAt ?? new Date(0).toISOString() }
}

/** What build-info.json says of the build (pipeline.ts IndexerReport), or null when there is none; throws when it is unreadable. */
export function readBuildInfo(buildDir: string): { indexedAt?: string; parserVersion?: number } | null {
  const file = join(buildDir, BUILD_FILES.info)
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
}

/** One record per line, decoded line by line: a million clauses are more text than one string may hold. */
function readJsonLines<T>(file: string): T[] {
  const bytes = readFileSync(file)
  const records: T[] = []
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(0x0a, start)
    if (end === -1) end = bytes.length
    if (end > start) records.push(JSON.parse(bytes.toString('utf8', start, end)) as T)
    start = end + 1
  }
  return records
}
