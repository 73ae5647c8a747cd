/**
 * The suggestion index of the index an engine serves: read from the file the indexer wrote beside it
 * (BUILD_FILES.suggest) when that file belongs to the same build, else built from whatever the engine
 * holds (works for SQLite and Meilisearch alike; seconds of the server's thread at 100k clauses, so only
 * for builds made before the indexer wrote the file).
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { BUILD_FILES } from '../../indexer/build-files.js'
import type { EngineHealth, SearchEngine } from '../engine/types.js'
import type { Segmenter } from '../../indexer/segment/segmenter.js'
import type { ClauseRecord, PlanRecord } from '../../indexer/types.js'
import { SuggestIndex, type SuggestFile } from '../suggest-index.js'

/** The indexer renames its files into place one after the other: the suggestions may follow the index by a moment. */
const FILE_WAIT_MS = 3000

function readSuggestFile(buildDir: string): SuggestFile | null {
  const file = path.join(buildDir, BUILD_FILES.suggest)
  if (!existsSync(file)) return null
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SuggestFile
  } catch {
    return null // Half-written or damaged: built from the engine instead.
  }
}

/**
 * The indexer's suggestions for the build the engine serves, or null when there are none for it (or the engine
 * cannot say which build it serves). `health`: the engine's, when the caller has just asked it.
 */
export async function loadSuggestIndex(engine: SearchEngine, buildDir: string, health?: EngineHealth): Promise<SuggestIndex | null> {
  health ??= await engine.health()
  if (!health.ok || !health.indexedAt) return null
  if (!existsSync(path.join(buildDir, BUILD_FILES.suggest))) return null
  for (const until = Date.now() + FILE_WAIT_MS; ; ) {
    const file = readSuggestFile(buildDir)
    if (file?.indexedAt === health.indexedAt && Array.isArray(file.entries)) return SuggestIndex.fromFile(file)
    if (Date.now() > until) return null
    await new Promise((r) => setTimeout(r, 100))
    // The SQLite engine follows its file: when a newer index is renamed in while this waits (two re-indexes in
    // quick succession), the engine serves that one, and its suggestions are the file to wait for.
    const now = await engine.health()
    if (now.ok && now.indexedAt) health = now
  }
}

const sameIndex = (a: EngineHealth, b: EngineHealth) => b.ok && a.indexedAt === b.indexedAt && a.plans === b.plans && a.clauses === b.clauses

export async function buildSuggestIndex(engine: SearchEngine, segmenter: Segmenter): Promise<SuggestIndex> {
  let plans: PlanRecord[] = []
  let clauses: ClauseRecord[] = []
  // The SQLite engine follows its file: when a new index is renamed over it while this reads, the plans
  // and clauses would come from two indexes. Read again until one index answered all of it.
  for (let attempt = 0; attempt < 3; attempt++) {
    const health = await engine.health()
    if (!health.ok) return SuggestIndex.build({ plans: [], clauses: [], dictionaryTerms: [], words: () => [] })
    plans = await engine.listPlans()
    clauses = (await Promise.all(plans.map((p) => engine.planClauses(p.id)))).flat()
    if (sameIndex(health, await engine.health())) break
  }
  return SuggestIndex.build({ plans, clauses, dictionaryTerms: segmenter.dictionaryTerms(), words: (t) => segmenter.words(t) })
}
