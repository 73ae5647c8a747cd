/**
 * One indexer run, from corpus folders to data/build/: records, harvested terms, embeddings, the SQLite
 * index (and Meilisearch when configured). Everything is built beside the live files and renamed into
 * place only when the whole run has succeeded, so a failed run leaves the previous index serving.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildIndexFromPaths, type FileReport, type ParseCache } from './build.js'
import { loadCatalog } from './catalog.js'
import { FIRST_SEEN_FILE, readFirstSeen, serializeLedger, stampFirstSeen } from './first-seen.js'
import type { ParsedPlan } from './parse-document.js'
import { createSegmenter } from './segment/segmenter.js'
import { harvestTerms } from './segment/term-harvest.js'
import { loadThemes } from './themes/theme-tagger.js'
import type { ClauseRecord, IndexBuild } from './types.js'
import { openSqliteEngine } from '../server/engine/sqlite-engine.js'
import type { ClauseVectors } from '../server/engine/types.js'

export const BUILD_FILES = {
  plans: 'plans.json',
  clauses: 'clauses.jsonl',
  terms: 'terms.json',
  info: 'build-info.json',
  sqlite: 'index.sqlite',
  parseCache: 'parse-cache.json',
  vectorCache: 'vector-cache.sqlite',
  firstSeen: FIRST_SEEN_FILE,
} as const

export interface IndexerOptions {
  /** Folders or files to index. */
  inputs: string[]
  buildDir: string
  catalogPath?: string
  themesPath?: string
  /** Compute embeddings when the model is available (default true). */
  embed?: boolean
  modelDir?: string
  onProgress?: (event: IndexerEvent) => void
}

export type IndexerEvent =
  | { kind: 'file'; report: FileReport; done: number; total: number }
  | { kind: 'embed'; done: number; total: number; embedded: number; cached: number }
  | { kind: 'note'; message: string }

export interface IndexerReport {
  indexedAt: string
  plans: number
  clauses: number
  numbered: number
  outlineOnly: number
  passages: number
  files: FileReport[]
  skipped: number
  themes: { name: string; count: number }[]
  noTheme: number
  terms: number
  embeddings: { model: string; vectors: number } | null
  durationMs: number
}

export class NothingIndexedError extends Error {
  override name = 'NothingIndexedError'
  readonly code = 'nothing_indexed'
}

export async function runIndexer(opts: IndexerOptions): Promise<IndexerReport> {
  const started = Date.now()
  const note = (message: string) => opts.onProgress?.({ kind: 'note', message })
  mkdirSync(opts.buildDir, { recursive: true })
  removeStaleStaging(opts.buildDir)
  const cachePath = join(opts.buildDir, BUILD_FILES.parseCache)
  const outcome = await buildIndexFromPaths(opts.inputs, {
    catalog: loadCatalog(opts.catalogPath ?? 'data/catalog.json'),
    themes: loadThemes(opts.themesPath),
    cache: readParseCache(cachePath),
    onFile: (report, done, total) => opts.onProgress?.({ kind: 'file', report, done, total }),
  })
  if (outcome.build.plans.length === 0) {
    throw new NothingIndexedError(`Nothing could be indexed from ${opts.inputs.join(', ')}: no readable plan. The previous index is unchanged.`)
  }
  const previous = readFirstSeen(opts.buildDir, () => readBuild(opts.buildDir).clauses, previousIndexTime(opts.buildDir))
  const firstSeen = stampFirstSeen(outcome.build.clauses, previous)
  const build: IndexBuild = { ...outcome.build, clauses: firstSeen.clauses }

  const terms = harvestTerms(build.clauses.map((c) => c.text))
  const segmenter = createSegmenter({ extraTerms: terms })
  const vectors = opts.embed === false ? null : await embedAll(build.clauses, opts, note)

  const tmp = (name: string) => join(opts.buildDir, `${name}.tmp-${process.pid}`)
  const staged: [string, string][] = []
  const stage = (name: string, content: string) => {
    writeFileSync(tmp(name), content)
    staged.push([tmp(name), join(opts.buildDir, name)])
  }
  try {
    stage(BUILD_FILES.plans, `${JSON.stringify(build.plans, null, 1)}\n`)
    stage(BUILD_FILES.clauses, build.clauses.map((c) => JSON.stringify(c)).join('\n') + '\n')
    stage(BUILD_FILES.firstSeen, serializeLedger(firstSeen.ledger))
    stage(BUILD_FILES.terms, `${JSON.stringify(segmenter.dictionaryTerms())}\n`)
    const report = summarise(build, outcome.files, terms.length, vectors, started)
    stage(BUILD_FILES.info, `${JSON.stringify(report, null, 1)}\n`)
    // The engine builds its own file beside the live one and swaps it in atomically.
    const engine = await openSqliteEngine({ path: join(opts.buildDir, BUILD_FILES.sqlite), tokenizer: segmenter })
    try {
      await engine.replaceAll(build, vectors ?? undefined)
    } finally {
      await engine.close()
    }
    for (const [from, to] of staged) renameSync(from, to)
    writeParseCache(cachePath, outcome.cache)
    return report
  } finally {
    for (const [from] of staged) rmSync(from, { force: true })
  }
}

async function embedAll(clauses: ClauseRecord[], opts: IndexerOptions, note: (m: string) => void): Promise<ClauseVectors | null> {
  const { loadEmbedder } = await import('../server/semantic/embedder.js')
  const embedder = await loadEmbedder({ modelDir: opts.modelDir })
  if (!embedder) {
    note('Embedding model not found: semantic search stays off; keyword search is indexed as usual.')
    return null
  }
  const { embedClauses } = await import('./embed/embed-clauses.js')
  const { openVectorCache } = await import('./embed/vector-cache.js')
  const cache = openVectorCache(join(opts.buildDir, BUILD_FILES.vectorCache))
  try {
    return await embedClauses(clauses, embedder, cache, (p) => opts.onProgress?.({ kind: 'embed', ...p }))
  } finally {
    cache.close()
  }
}

function summarise(build: IndexBuild, files: FileReport[], terms: number, vectors: ClauseVectors | null, started: number): IndexerReport {
  const themeCounts = new Map<string, number>()
  let noTheme = 0
  for (const c of build.clauses) {
    if (c.themes.length === 0) noTheme++
    for (const t of c.themes) themeCounts.set(t, (themeCounts.get(t) ?? 0) + 1)
  }
  return {
    indexedAt: build.builtAt,
    plans: build.plans.length,
    clauses: build.clauses.length,
    numbered: build.clauses.filter((c) => c.number !== null).length,
    outlineOnly: build.clauses.filter((c) => c.outlineOnly).length,
    passages: build.clauses.filter((c) => c.number === null).length,
    files,
    skipped: files.filter((f) => f.status === 'skipped').length,
    themes: [...themeCounts.entries()].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count),
    noTheme,
    terms,
    embeddings: vectors ? { model: vectors.model, vectors: vectors.byId.size } : null,
    durationMs: Date.now() - started,
  }
}

/** Staging files of this module (`<file>.tmp-<pid>`) and of the SQLite engine (`index.sqlite.<pid>.<time>.building`). */
const STAGING = /\.tmp-(\d+)$|\.(\d+)\.\d+\.building(-journal)?$/

/**
 * A run that was killed (power cut, SIGKILL, out of memory) leaves its staging files behind; the live files
 * are untouched, but the leftovers can be as large as the index. They are removed here unless their
 * process is still running (another indexer working on the same folder).
 */
function removeStaleStaging(buildDir: string): void {
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

function readParseCache(path: string): ParseCache {
  if (!existsSync(path)) return new Map()
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, ParsedPlan[]>))
  } catch {
    return new Map() // A damaged cache only costs a re-parse.
  }
}

function writeParseCache(path: string, cache: ParseCache) {
  const tmp = `${path}.tmp-${process.pid}`
  writeFileSync(tmp, JSON.stringify(Object.fromEntries(cache)))
  renameSync(tmp, path)
}

/** When the build in the folder was made, or null when there is none. */
function previousIndexTime(buildDir: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(buildDir, BUILD_FILES.info), 'utf8')) as { indexedAt?: string }).indexedAt ?? null
  } catch {
    return null
  }
}

/** Reads a finished build back (for the server, tests and benchmarks). */
export function readBuild(buildDir: string): IndexBuild {
  const plans = JSON.parse(readFileSync(join(buildDir, BUILD_FILES.plans), 'utf8'))
  const clauses = readFileSync(join(buildDir, BUILD_FILES.clauses), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ClauseRecord)
  const info = existsSync(join(buildDir, BUILD_FILES.info)) ? JSON.parse(readFileSync(join(buildDir, BUILD_FILES.info), 'utf8')) : null
  return { plans, clauses, builtAt: info?.indexedAt ?? new Date(0).toISOString() }
}
