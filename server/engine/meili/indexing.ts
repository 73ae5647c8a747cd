/**
 * Atomic replacement: build complete new clause and plan indexes under temporary uids, then swap both
 * with the live uids in one task, then delete the old ones. Readers see the old index until the swap
 * and the new one after it, never a half-built one. A failed build leaves the live indexes untouched.
 */
import type { IndexSwap } from 'meilisearch'
import type { IndexBuild } from '../../../indexer/types.js'
import type { MeiliConnection } from './client.js'
import { toClauseDoc, toPlanDoc } from './documents.js'
import type { MeiliBuildDoc } from './documents.js'
import { clauseIndexSettings, planIndexSettings } from './settings.js'
import type { ClauseVectors, Tokenizer } from '../types.js'

export interface IndexingOptions {
  tokenizer: Tokenizer
  dictionaryTerms?: readonly string[]
  maxTotalHits: number
  /** Documents per addDocuments request. */
  batchSize: number
}

const NEXT_MARKER = '-next-'

async function indexExists(conn: MeiliConnection, uid: string): Promise<boolean> {
  const { results } = await conn.call('listing indexes', () => conn.admin.getRawIndexes({ limit: 1000 }))
  return results.some((i) => i.uid === uid)
}

/** Temporary indexes left by a build that crashed: `<uid>-next-*`. */
async function deleteStaleBuilds(conn: MeiliConnection, keep: readonly string[]): Promise<void> {
  const { results } = await conn.call('listing indexes', () => conn.admin.getRawIndexes({ limit: 1000 }))
  for (const { uid } of results) {
    const stale = [conn.clauseUid, conn.planUid].some((live) => uid.startsWith(live + NEXT_MARKER)) && !keep.includes(uid)
    if (stale) await conn.waitTask(`deleting stale index ${uid}`, conn.admin.deleteIndex(uid))
  }
}

async function createIndex(conn: MeiliConnection, uid: string): Promise<void> {
  await conn.waitTask(`creating index ${uid}`, conn.admin.createIndex(uid, { primaryKey: 'pk' }))
}

export async function replaceIndex(
  conn: MeiliConnection,
  build: IndexBuild,
  options: IndexingOptions,
  vectors?: ClauseVectors,
): Promise<void> {
  const suffix = NEXT_MARKER + Date.now().toString(36)
  const nextClauses = conn.clauseUid + suffix
  const nextPlans = conn.planUid + suffix
  await deleteStaleBuilds(conn, [])
  try {
    await createIndex(conn, nextClauses)
    await createIndex(conn, nextPlans)
    const clauseIndex = conn.admin.index(nextClauses)
    const planIndex = conn.admin.index(nextPlans)
    await conn.waitTask(
      'applying clause index settings',
      clauseIndex.updateSettings(
        clauseIndexSettings({
          maxTotalHits: options.maxTotalHits,
          dictionaryTerms: options.dictionaryTerms,
          vectorDimension: vectors?.dimension,
        }),
      ),
    )
    await conn.waitTask('applying plan index settings', planIndex.updateSettings(planIndexSettings()))

    for (let i = 0; i < build.clauses.length; i += options.batchSize) {
      const docs = build.clauses
        .slice(i, i + options.batchSize)
        .map((c, k) => toClauseDoc(c, i + k, options.tokenizer, vectors?.byId.get(c.id)))
      await conn.waitTask(`adding clauses ${i + 1}–${i + docs.length}`, clauseIndex.addDocuments(docs))
    }
    const buildDoc: MeiliBuildDoc = {
      pk: '_build',
      kind: 'build',
      builtAt: build.builtAt,
      plans: build.plans.length,
      clauses: build.clauses.length,
      vectors: vectors ? build.clauses.filter((c) => vectors.byId.has(c.id)).length : 0,
      vectorModel: vectors?.model ?? null,
    }
    const planDocs = [...build.plans.map((p, seq) => toPlanDoc(p, seq)), buildDoc]
    await conn.waitTask('adding plans', planIndex.addDocuments(planDocs as unknown as Record<string, unknown>[]))

    // Swapping needs both sides to exist; the very first build swaps with empty indexes.
    for (const live of [conn.clauseUid, conn.planUid]) if (!(await indexExists(conn, live))) await createIndex(conn, live)
    // `rename` is left out (false by default) so that servers older than 1.18 accept the request.
    const swaps = [
      { indexes: [conn.clauseUid, nextClauses] },
      { indexes: [conn.planUid, nextPlans] },
    ] as IndexSwap[]
    await conn.waitTask('swapping the new index in', conn.admin.swapIndexes(swaps))
  } finally {
    // After a swap these uids hold the old indexes; after a failure, the half-built new ones.
    for (const uid of [nextClauses, nextPlans]) {
      // A missing index makes the task fail, which is fine here; an unreachable server is reported by the caller's error.
      await conn.call(`deleting index ${uid}`, () => conn.admin.deleteIndex(uid).waitTask()).catch(() => undefined)
    }
  }
}
