/**
 * Atomic replacement: build complete new clause and plan indexes under temporary uids, then swap both
 * with the live uids in one task, then delete the old ones. Readers see the old index until the swap
 * and the new one after it, never a half-built one. A failed build leaves the live indexes untouched.
 *
 * Loading: documents go in batches sized by bytes (batches.ts); every batch is enqueued before the
 * first is waited for, so that Meilisearch's auto-batching indexes many requests in one go.
 */
import type { EnqueuedTask, IndexSwap } from 'meilisearch'
import { documentBatches } from './batches.js'
import type { IndexBuild } from '../../../indexer/types.js'
import type { MeiliConnection } from './client.js'
import { toClauseDoc, toPlanDoc } from './documents.js'
import type { MeiliBuildDoc } from './documents.js'
import { headingOnlyScale } from './heading-only-axis.js'
import { clauseIndexSettings, maxTotalHitsFor, planIndexSettings } from './settings.js'
import type { ClauseVectors, Tokenizer } from '../types.js'

export interface IndexingOptions {
  tokenizer: Tokenizer
  dictionaryTerms?: readonly string[]
  /** The configured pagination.maxTotalHits; raised to the corpus size (maxTotalHitsFor). */
  maxTotalHits: number
  /** Most bytes of one document request body. */
  batchBytes: number
  /** Called as batches are sent and indexed, and once at the end with the rate. */
  onProgress?: (progress: IndexProgress) => void
}

export interface IndexProgress {
  phase: 'sending' | 'indexing' | 'done'
  /** Clauses sent (sending) or indexed (indexing, done). */
  documents: number
  total: number
  /** Request bodies sent so far. */
  batches: number
  /** Seconds since the clauses started to go out. */
  seconds: number
  /** Clauses indexed per second, from the first request to the last task done (done only). */
  documentsPerSecond?: number
  /** Clauses whose char field was split because of Meilisearch's positions limit (done only). */
  splitClauses?: number
}

/** The swap task's payload: each live uid with its freshly built twin. */
export function swapPayload(pairs: readonly (readonly [live: string, next: string])[]): IndexSwap[] {
  // `rename` is left out (false by default) so that servers older than 1.18 accept the request.
  return pairs.map(([live, next]) => ({ indexes: [live, next] }) as IndexSwap)
}

/** The body of POST /indexes for one of the portal's indexes. */
export function indexCreation(uid: string): { uid: string; primaryKey: string } {
  return { uid, primaryKey: 'pk' }
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
  const { primaryKey } = indexCreation(uid)
  await conn.waitTask(`creating index ${uid}`, conn.admin.createIndex(uid, { primaryKey }))
}

/** Sends every clause batch, then waits for each task in order (they are all queued by then). */
async function loadClauses(
  conn: MeiliConnection,
  uid: string,
  build: IndexBuild,
  options: IndexingOptions,
  vectors?: ClauseVectors,
): Promise<void> {
  const started = performance.now()
  const seconds = () => (performance.now() - started) / 1000
  const total = build.clauses.length
  const index = conn.admin.index(uid)
  let splitClauses = 0
  const headingScale = vectors ? headingOnlyScale(vectors.model) : 1
  // With an embedder, a clause without a vector says so (null): an absent entry fails the whole task.
  const docs = function* () {
    for (let i = 0; i < build.clauses.length; i++) {
      const c = build.clauses[i]
      const doc = toClauseDoc(c, i, options.tokenizer, vectors ? (vectors.byId.get(c.id) ?? null) : undefined, headingScale)
      if (doc.textCharsMore) splitClauses++
      yield doc
    }
  }
  const queued: { task: EnqueuedTask; from: number; to: number }[] = []
  let sent = 0
  for (const batch of documentBatches(docs(), options.batchBytes)) {
    const action = `adding clauses ${sent + 1}–${sent + batch.count}`
    const task = await conn.call(action, () => index.addDocumentsFromString(batch.json, 'application/json'))
    queued.push({ task, from: sent + 1, to: sent + batch.count })
    sent += batch.count
    options.onProgress?.({ phase: 'sending', documents: sent, total, batches: queued.length, seconds: seconds() })
  }
  for (const { task, from, to } of queued) {
    await conn.waitTask(`adding clauses ${from}–${to}`, Promise.resolve(task))
    options.onProgress?.({ phase: 'indexing', documents: to, total, batches: queued.length, seconds: seconds() })
  }
  const s = seconds()
  options.onProgress?.({
    phase: 'done', documents: total, total, batches: queued.length, seconds: s,
    documentsPerSecond: s > 0 ? Math.round(total / s) : total, splitClauses,
  })
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
          maxTotalHits: maxTotalHitsFor(options.maxTotalHits, build.clauses.length),
          dictionaryTerms: options.dictionaryTerms,
          // One dimension more than the model's: the heading-only axis (heading-only-axis.ts).
          vectorDimension: vectors ? vectors.dimension + 1 : undefined,
        }),
      ),
    )
    await conn.waitTask('applying plan index settings', planIndex.updateSettings(planIndexSettings()))

    await loadClauses(conn, nextClauses, build, options, vectors)
    const buildDoc: MeiliBuildDoc = {
      pk: '_build',
      kind: 'build',
      builtAt: build.builtAt,
      plans: build.plans.length,
      clauses: build.clauses.length,
      vectors: vectors ? build.clauses.filter((c) => vectors.byId.has(c.id)).length : 0,
      vectorModel: vectors?.model ?? null,
      maxTotalHits: maxTotalHitsFor(options.maxTotalHits, build.clauses.length),
      ...(vectors ? { headingAxis: true } : {}),
    }
    const planDocs = [...build.plans.map((p, seq) => toPlanDoc(p, seq)), buildDoc]
    await conn.waitTask('adding plans', planIndex.addDocuments(planDocs as unknown as Record<string, unknown>[]))

    // Swapping needs both sides to exist; the very first build swaps with empty indexes.
    for (const live of [conn.clauseUid, conn.planUid]) if (!(await indexExists(conn, live))) await createIndex(conn, live)
    const swaps = swapPayload([[conn.clauseUid, nextClauses], [conn.planUid, nextPlans]])
    await conn.waitTask('swapping the new index in', conn.admin.swapIndexes(swaps))
  } finally {
    // After a swap these uids hold the old indexes; after a failure, the half-built new ones.
    for (const uid of [nextClauses, nextPlans]) {
      // A missing index makes the task fail, which is fine here; an unreachable server is reported by the caller's error.
      await conn.waitTask(`deleting index ${uid}`, conn.admin.deleteIndex(uid)).catch(() => undefined)
    }
  }
}
