/**
 * One indexer run, from corpus folders to data/build/: records, harvested terms, embeddings, the SQLite
 * index (and Meilisearch when configured). Everything is built beside the live files and renamed into
 * place only when the whole run has succeeded, so a failed run leaves the previous index serving.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { CodedError } from './errors.js'
import { buildIndexFromPaths, PARSER_VERSION, type FileReport, type ParseCache } from './build.js'
import { BUILD_FILES, readBuild, readBuildInfo } from './build-files.js'
import { loadCatalog } from './catalog.js'
import { readFirstSeen, serializeLedger, stampFirstSeen } from './first-seen.js'
import { carryFirstSeen, readMovedIds, readPreviousPlans, serializeMovedIds, updateMovedIds } from './moved-ids.js'
import { sameDocuments } from './same-document.js'
import type { ParsedPlan } from './parse-document.js'
import { createSegmenter, type Segmenter } from './segment/segmenter.js'
import { harvestTerms } from './segment/term-harvest.js'
import { loadThemes } from './themes/theme-tagger.js'
import { removeStaleStaging, tempPath } from './staging.js'
import type { ClauseRecord, ClauseVectors, Embedder, IndexBuild, IndexWriter, Tokenizer } from './types.js'

/**
 * What the pipeline is handed rather than importing: where the index goes and what computes embeddings.
 * The CLI (and the server at start) hand in the SQLite engine and the bge model (server/startup/run-indexer.ts).
 */
export interface IndexerParts {
  /** Opens the writer of the index file at `path`; `tokenizer` knows the terms harvested in this run. */
  openIndexWriter(path: string, tokenizer: Tokenizer): Promise<IndexWriter>
  /** The embedding model, or null when it is not available (semantic search then stays off). */
  loadEmbedder(modelDir: string | undefined): Promise<Embedder | null>
  /**
   * What the server suggests in the search box for this build, as the text of BUILD_FILES.suggest: computed
   * here once (segmenting every clause takes seconds at 100k clauses) rather than by the server at each start.
   */
  suggestions?(build: IndexBuild, segmenter: Segmenter): string
}

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
  /** The parser that read the files (build.ts PARSER_VERSION): a build by an older one is stale. */
  parserVersion: number
  plans: number
  clauses: number
  numbered: number
  outlineOnly: number
  passages: number
  /** Headings printed with nothing under them (structure/empty-chapters.ts): records of their own, no passages. */
  headingOnly: number
  files: FileReport[]
  skipped: number
  themes: { name: string; count: number }[]
  noTheme: number
  terms: number
  embeddings: { model: string; vectors: number } | null
  durationMs: number
  /** Plans this run gave a new id (a title or city read otherwise): their old links redirect (moved-ids.ts). Absent when none. */
  movedPlans?: { from: string; to: string }[]
}

export class NothingIndexedError extends CodedError<'nothing_indexed'> {
  constructor(message: string) {
    super('nothing_indexed', message)
  }
}

export async function indexCorpus(opts: IndexerOptions, parts: IndexerParts): Promise<IndexerReport> {
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
  // Before plans.json is replaced: a plan the parser now names otherwise keeps its links (moved-ids.ts).
  const moved = updateMovedIds(readMovedIds(opts.buildDir), {
    previousPlans: readPreviousPlans(join(opts.buildDir, BUILD_FILES.plans)),
    plans: outcome.build.plans,
    liveIds: outcome.build.clauses,
    wasIndexed: (id) => previous.has(id),
    sameDocument: (pairs) => sameDocuments(pairs, join(opts.buildDir, BUILD_FILES.clauses), outcome.build.clauses),
  })
  // A clause it renamed is no new clause: its new id keeps the date of its old one.
  const firstSeen = stampFirstSeen(outcome.build.clauses, carryFirstSeen(previous, moved.ledger))
  const build: IndexBuild = { ...outcome.build, clauses: firstSeen.clauses }

  const terms = harvestTerms(build.clauses.map((c) => c.text))
  const segmenter = createSegmenter({ extraTerms: terms })
  const vectors = opts.embed === false ? null : await embedAll(build.clauses, opts, parts, note)

  const tmp = (name: string) => tempPath(join(opts.buildDir, name))
  const staged: [string, string][] = []
  const stage = (name: string, content: string | Iterable<string>) => {
    if (typeof content === 'string') writeFileSync(tmp(name), content)
    else writeChunked(tmp(name), content)
    staged.push([tmp(name), join(opts.buildDir, name)])
  }
  try {
    stage(BUILD_FILES.plans, `${JSON.stringify(build.plans, null, 1)}\n`)
    stage(BUILD_FILES.clauses, build.clauses.map((c) => `${JSON.stringify(c)}\n`))
    stage(BUILD_FILES.firstSeen, serializeLedger(firstSeen.ledger))
    stage(BUILD_FILES.movedIds, serializeMovedIds(moved.ledger))
    stage(BUILD_FILES.terms, `${JSON.stringify(segmenter.dictionaryTerms())}\n`)
    const report = summarise(build, outcome.files, terms.length, vectors, started)
    if (moved.plans.length > 0) report.movedPlans = moved.plans.map(([from, to]) => ({ from, to }))
    stage(BUILD_FILES.info, `${JSON.stringify(report, null, 1)}\n`)
    if (parts.suggestions) stage(BUILD_FILES.suggest, parts.suggestions(build, segmenter))
    // The writer builds its own file beside the live one (staging.ts names it) and swaps it in atomically.
    const writer = await parts.openIndexWriter(join(opts.buildDir, BUILD_FILES.sqlite), segmenter)
    try {
      await writer.replaceAll(build, vectors ?? undefined)
    } finally {
      await writer.close()
    }
    for (const [from, to] of staged) renameSync(from, to)
    writeParseCache(cachePath, outcome.cache)
    return report
  } finally {
    for (const [from] of staged) rmSync(from, { force: true })
  }
}

async function embedAll(clauses: ClauseRecord[], opts: IndexerOptions, parts: IndexerParts, note: (m: string) => void): Promise<ClauseVectors | null> {
  const embedder = await parts.loadEmbedder(opts.modelDir)
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
    await embedder.close?.()
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
    parserVersion: PARSER_VERSION,
    plans: build.plans.length,
    clauses: build.clauses.length,
    numbered: build.clauses.filter((c) => c.number !== null).length,
    outlineOnly: build.clauses.filter((c) => c.outlineOnly).length,
    passages: build.clauses.filter((c) => c.number === null && !c.headingOnly).length,
    headingOnly: build.clauses.filter((c) => c.headingOnly).length,
    files,
    skipped: files.filter((f) => f.status === 'skipped').length,
    themes: [...themeCounts.entries()].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count),
    noTheme,
    terms,
    embeddings: vectors ? { model: vectors.model, vectors: vectors.byId.size } : null,
    durationMs: Date.now() - started,
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
  const tmp = tempPath(path)
  writeChunked(tmp, parseCacheJson(cache))
  renameSync(tmp, path)
}

/** The cache as one JSON object, entry by entry: at a million clauses it is longer than a string may be. */
function* parseCacheJson(cache: ParseCache): Iterable<string> {
  yield '{'
  let first = true
  for (const [file, plans] of cache) {
    yield `${first ? '' : ','}${JSON.stringify(file)}:${JSON.stringify(plans)}`
    first = false
  }
  yield '}'
}

/**
 * Writes the pieces of a file a few megabytes at a time: the whole text of a build of a million clauses
 * (clauses.jsonl is about a gigabyte) would exceed the longest string V8 can hold.
 */
function writeChunked(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, 'w')
  try {
    let buffer: string[] = []
    let length = 0
    for (const piece of pieces) {
      buffer.push(piece)
      length += piece.length
      if (length >= 4 * 2 ** 20) {
        writeSync(fd, buffer.join(''))
        buffer = []
        length = 0
      }
    }
    if (buffer.length > 0) writeSync(fd, buffer.join(''))
  } finally {
    closeSync(fd)
  }
}

/** When the build in the folder was made, or null when there is none. */
function previousIndexTime(buildDir: string): string | null {
  try {
    return readBuildInfo(buildDir)?.indexedAt ?? null
  } catch {
    return null
  }
}
