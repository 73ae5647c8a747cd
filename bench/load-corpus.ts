/**
 * The load test's corpora, built once and reused: bench/data/load-<size>/ holds the synthetic plan files
 * and the indexer's build (data/build layout), so several runs (and the base commit, for "today's"
 * figures) serve the same index. `bundled` is the bundled corpus.
 *
 *   npx tsx bench/load-corpus.ts 10000 100000
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { BUILD_FILES, readBuild } from '../indexer/build-files.js'
import type { IndexBuild } from '../indexer/types.js'
import { buildDirOf } from '../server/startup/index-build.js'
import { runIndexer } from '../server/startup/run-indexer.js'
import { harvestQueries, type QuerySet } from './load-queries.js'
import { writeSyntheticCorpus } from './synthetic-documents.js'

/** The build of a load-test corpus and the queries harvested from it (with the indexer's dictionary terms). */
export function corpusQueries(dataDir: string): { build: IndexBuild; queries: QuerySet } {
  const build = readBuild(buildDirOf(dataDir))
  const termsFile = path.join(buildDirOf(dataDir), BUILD_FILES.terms)
  const terms = existsSync(termsFile) ? (JSON.parse(readFileSync(termsFile, 'utf8')) as string[]) : []
  return { build, queries: harvestQueries(build, terms) }
}

/** The data folder of a load-test corpus, indexed on first use. */
export async function loadCorpus(size: string): Promise<string> {
  const dataDir = path.resolve('bench/data', `load-${size}`)
  const buildDir = buildDirOf(dataDir)
  // A build from before the indexer wrote its suggestions is built again (the plan files are kept).
  if (existsSync(path.join(buildDir, BUILD_FILES.sqlite)) && existsSync(path.join(buildDir, BUILD_FILES.suggest))) return dataDir
  mkdirSync(dataDir, { recursive: true })
  let inputs = ['data/corpus']
  const docs = path.join(dataDir, 'docs')
  if (size !== 'bundled' && existsSync(docs)) inputs = [docs]
  else if (size !== 'bundled') {
    const t = performance.now()
    inputs = [writeSyntheticCorpus(docs, Number(size)).dir]
    console.log(`wrote ${size} synthetic clauses in ${((performance.now() - t) / 1000).toFixed(0)} s`)
  }
  const t = performance.now()
  await runIndexer({ inputs, buildDir, embed: false })
  console.log(`indexed ${size} in ${((performance.now() - t) / 1000).toFixed(0)} s`)
  return dataDir
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const size of process.argv.slice(2)) console.log(await loadCorpus(size))
}
