/** `npm start` indexes the corpus when the index is missing or older than the corpus and dictionaries. */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Logger } from 'pino'
import { BUILD_FILES, runIndexer } from '../../indexer/pipeline.js'
import { isStale } from './freshness.js'

export interface IndexBuildOptions {
  dataDir: string
  corpusDir: string
  modelDir: string | null
  logger: Logger
}

export function buildDirOf(dataDir: string): string {
  return path.join(dataDir, 'build')
}

/** The files whose change makes the index stale. */
export function indexInputs(dataDir: string, corpusDir: string): string[] {
  return [corpusDir, path.join(dataDir, 'dict'), path.join(dataDir, 'catalog.json'), path.join(dataDir, 'themes.json')]
}

/** Runs the indexer when needed; returns the path of the SQLite index file. */
export async function ensureIndex({ dataDir, corpusDir, modelDir, logger }: IndexBuildOptions): Promise<string> {
  const buildDir = buildDirOf(dataDir)
  const indexFile = path.join(buildDir, BUILD_FILES.sqlite)
  if (!isStale(indexFile, indexInputs(dataDir, corpusDir))) return indexFile
  if (!existsSync(corpusDir)) {
    if (existsSync(indexFile)) {
      logger.warn({ corpusDir }, 'corpus folder not found: serving the existing index')
      return indexFile
    }
    throw new Error(`The corpus folder ${corpusDir} does not exist and there is no index yet. Put the policy files there or set CORPUS_DIR.`)
  }
  logger.info({ corpusDir, buildDir }, 'indexing the corpus (the index is missing or older than the corpus)')
  const catalog = path.join(dataDir, 'catalog.json')
  const themes = path.join(dataDir, 'themes.json')
  const report = await runIndexer({
    inputs: [corpusDir],
    buildDir,
    catalogPath: existsSync(catalog) ? catalog : undefined,
    themesPath: existsSync(themes) ? themes : undefined,
    modelDir: modelDir ?? undefined,
    onProgress: (event) => {
      if (event.kind === 'note') logger.info(event.message)
      else if (event.kind === 'file' && event.report.status === 'skipped') logger.warn({ file: event.report.file, reason: event.report.reason }, 'file skipped')
      else if (event.kind === 'embed' && (event.done === event.total || event.done % 500 === 0)) logger.info({ done: event.done, total: event.total }, 'embedding')
    },
  })
  logger.info({ plans: report.plans, clauses: report.clauses, vectors: report.embeddings?.vectors ?? 0, ms: report.durationMs }, 'index built')
  return indexFile
}
