/**
 * With MEILI_URL set, the records still come from data/build/ (the indexer's output). At start the
 * Meilisearch index is (re)loaded when it is empty or older than the build, with the vectors that
 * the SQLite index holds, so both engines answer from the same records.
 */
import { existsSync } from 'node:fs'
import type { Logger } from 'pino'
import { readBuild } from '../../indexer/build-files.js'
import type { Segmenter } from '../../indexer/segment/segmenter.js'
import type { ClauseVectors, SearchEngine } from '../engine/types.js'

export interface MeiliSyncOptions {
  buildDir: string
  indexFile: string
  segmenter: Segmenter
  logger: Logger
}

export async function syncMeiliFromBuild(engine: SearchEngine, { buildDir, indexFile, segmenter, logger }: MeiliSyncOptions): Promise<void> {
  const build = readBuild(buildDir)
  const health = await engine.health()
  if (health.ok && health.indexedAt === build.builtAt && health.clauses === build.clauses.length) return
  logger.info({ clauses: build.clauses.length }, 'loading the build into Meilisearch')
  let vectors: ClauseVectors | undefined
  if (existsSync(indexFile)) {
    const { openSqliteEngine } = await import('../engine/sqlite/sqlite-engine.js')
    const sqlite = await openSqliteEngine({ path: indexFile, tokenizer: segmenter })
    try {
      const byId = new Map<string, Float32Array>()
      if ((await sqlite.health()).vectors > 0) {
        for (const c of build.clauses) {
          const v = await sqlite.getVector(c.id)
          if (v) byId.set(c.id, v)
        }
      }
      if (byId.size > 0) {
        const { EMBEDDING_MODEL_ID } = await import('../semantic/embedder.js')
        vectors = { model: EMBEDDING_MODEL_ID, dimension: byId.values().next().value!.length, byId }
      }
    } finally {
      await sqlite.close()
    }
  }
  await engine.replaceAll(build, vectors)
  logger.info({ vectors: vectors?.byId.size ?? 0 }, 'Meilisearch index loaded')
}
