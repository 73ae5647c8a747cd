/** `npm start` indexes the corpus when the index is missing or older than the corpus and dictionaries. */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Logger } from 'pino'
import { PARSER_VERSION } from '../../indexer/build.js'
import { BUILD_FILES, readBuildInfo } from '../../indexer/build-files.js'
import { DEFAULT_DICT_DIR } from '../../indexer/segment/dictionary-files.js'
import { isStale } from './freshness.js'
import { runIndexer } from './run-indexer.js'
import { StartupError } from './startup-error.js'

export interface IndexBuildOptions {
  /** The project folder: its data/ holds the catalog and themes when DATA_DIR does not. */
  root: string
  dataDir: string
  corpusDir: string
  modelDir: string | null
  logger: Logger
  /** Compute embeddings when the model is available (default true). */
  embed?: boolean
}

export function buildDirOf(dataDir: string): string {
  return path.join(dataDir, 'build')
}

/** A data file from DATA_DIR, else the project's own copy; undefined when neither exists. */
function dataFile(root: string, dataDir: string, name: string): string | undefined {
  return [path.join(dataDir, name), path.join(root, 'data', name)].find((p) => existsSync(p))
}

/** The corpus, the segmentation dictionary, the catalog and the theme taxonomy: a change to any makes the index stale. */
export function indexInputs(root: string, dataDir: string, corpusDir: string): string[] {
  return [corpusDir, DEFAULT_DICT_DIR, dataFile(root, dataDir, 'catalog.json'), dataFile(root, dataDir, 'themes.json')].filter((p): p is string => p !== undefined)
}

/** Whether the build was read by an older parser (or says not by which): its plans and clauses may be read differently today. */
function parsedByOlderParser(buildDir: string): boolean {
  try {
    return readBuildInfo(buildDir)?.parserVersion !== PARSER_VERSION
  } catch {
    return true
  }
}

/** Why the index file cannot serve, or null when it opens and answers. */
async function unusableReason(indexFile: string): Promise<string | null> {
  const { openSqliteEngine } = await import('../engine/sqlite/sqlite-engine.js')
  const engine = await openSqliteEngine({ path: indexFile })
  try {
    const health = await engine.health()
    if (!health.ok) return health.reason ?? 'the index cannot be opened'
    const plans = await engine.listPlans()
    // An index written before plans had display names and clauses first-indexed dates (issue 15).
    const first = plans[0] ? (await engine.planClauses(plans[0].id))[0] : undefined
    if (plans.some((p) => typeof p.displayName !== 'string') || (first && typeof first.firstIndexed !== 'string')) {
      return 'the index was built by an older version (no plan display names or first-indexed dates)'
    }
    return null
  } catch (err) {
    return err instanceof Error ? err.message : String(err)
  } finally {
    await engine.close()
  }
}

/** Runs the indexer when needed; returns the path of the SQLite index file. */
export async function ensureIndex({ root, dataDir, corpusDir, modelDir, logger, embed = true }: IndexBuildOptions): Promise<string> {
  const buildDir = buildDirOf(dataDir)
  const indexFile = path.join(buildDir, BUILD_FILES.sqlite)
  const stale = isStale(indexFile, indexInputs(root, dataDir, corpusDir))
  // A fresh file can still be unusable (cut short by a full disk, damaged, from another schema version).
  const damage = stale ? null : parsedByOlderParser(buildDir) ? `the index was built by an older parser (today's is version ${PARSER_VERSION})` : await unusableReason(indexFile)
  if (!stale && !damage) return indexFile
  if (damage) logger.warn({ reason: damage }, 'the index cannot be used: rebuilding it')
  if (!existsSync(corpusDir)) {
    if (existsSync(indexFile)) {
      logger.warn({ corpusDir }, 'corpus folder not found: serving the existing index')
      return indexFile
    }
    throw new StartupError('corpus_missing', `The corpus folder ${corpusDir} does not exist and there is no index yet. Put the policy files there or set CORPUS_DIR.`)
  }
  logger.info({ corpusDir, buildDir }, damage ? `indexing the corpus again (${damage})` : 'indexing the corpus (the index is missing or older than the corpus)')
  const report = await runIndexer({
    inputs: [corpusDir],
    buildDir,
    catalogPath: dataFile(root, dataDir, 'catalog.json'),
    themesPath: dataFile(root, dataDir, 'themes.json'),
    modelDir: modelDir ?? undefined,
    embed,
    onProgress: (event) => {
      if (event.kind === 'note') logger.info(event.message)
      else if (event.kind === 'file' && event.report.status === 'skipped') logger.warn({ file: event.report.file, reason: event.report.reason }, 'file skipped')
      else if (event.kind === 'embed' && (event.done === event.total || event.done % 500 === 0)) logger.info({ done: event.done, total: event.total }, 'embedding')
    },
  })
  logger.info({ plans: report.plans, clauses: report.clauses, vectors: report.embeddings?.vectors ?? 0, ms: report.durationMs }, 'index built')
  return indexFile
}
