/**
 * The connection to Meilisearch: an admin client for indexing, a search client for queries (with a
 * search-only key), error mapping and task waiting. Nothing here caches a failure: every call goes
 * to the network again, so the engine recovers by itself when Meilisearch comes back.
 */
import { Meilisearch } from 'meilisearch'
import type { EnqueuedTaskPromise, Task } from 'meilisearch'
import { EngineUnavailableError, MeiliTaskError, MeiliUnreachableError, toEngineError } from './errors.js'
import { ensureSearchKey, redactSecrets } from './keys.js'

export interface MeiliConnectionOptions {
  url: string
  /** Master or admin key: used for indexing and to create the search key, never for queries. */
  apiKey?: string
  /** A search-only key to use as it is (skips finding or creating one). */
  searchKey?: string
  /** Live index uid of the clauses; plans live in `<indexUid>-plans`. */
  indexUid: string
  /** Per-request timeout for queries and health checks. */
  timeoutMs: number
  /** Per-request timeout while indexing (document batches are large). */
  indexRequestTimeoutMs: number
  /** How long to wait for one indexing task. */
  taskTimeoutMs: number
}

export interface MeiliConnection {
  readonly options: MeiliConnectionOptions
  readonly clauseUid: string
  readonly planUid: string
  admin: Meilisearch
  /** The client for queries, created on first use with the search-only key. */
  searchClient(): Promise<Meilisearch>
  /** Runs `fn`, mapping any failure to a typed, redacted EngineError. */
  call<T>(action: string, fn: () => Promise<T>): Promise<T>
  /** Waits for an enqueued task and throws MeiliTaskError unless it succeeded. */
  waitTask(action: string, task: EnqueuedTaskPromise): Promise<Task>
  redact(text: string): string
}

export function openConnection(options: MeiliConnectionOptions): MeiliConnection {
  const secrets: (string | undefined)[] = [options.apiKey, options.searchKey]
  const admin = new Meilisearch({
    host: options.url,
    apiKey: options.apiKey,
    timeout: options.indexRequestTimeoutMs,
    defaultWaitOptions: { timeout: options.taskTimeoutMs, interval: 100 },
  })
  const probe = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: options.timeoutMs })
  const clauseUid = options.indexUid
  const planUid = `${options.indexUid}-plans`
  let pending: Promise<Meilisearch> | null = null

  const redact = (text: string) => redactSecrets(text, secrets)
  const call = async <T>(action: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn()
    } catch (err) {
      throw toEngineError(err, { url: options.url, secrets, timeoutMs: options.timeoutMs, action })
    }
  }

  async function resolveSearchClient(): Promise<Meilisearch> {
    let key = options.searchKey
    if (key === undefined && options.apiKey !== undefined) {
      try {
        key = await call('finding the search-only key', () => ensureSearchKey(probe, [clauseUid, planUid]))
      } catch (err) {
        if (err instanceof MeiliUnreachableError) throw err
        throw new EngineUnavailableError(
          `${(err as Error).message} Queries need a search-only key: give the master key in MEILI_MASTER_KEY ` +
            '(the server creates the key), or a search key for the portal\'s indexes in MEILI_SEARCH_KEY.',
        )
      }
      secrets.push(key)
    }
    return new Meilisearch({ host: options.url, apiKey: key, timeout: options.timeoutMs })
  }

  return {
    options,
    clauseUid,
    planUid,
    admin,
    searchClient() {
      // A failed attempt is forgotten so that the next call tries again.
      pending ??= resolveSearchClient().catch((err) => {
        pending = null
        throw err
      })
      return pending
    },
    call,
    async waitTask(action, task) {
      const done = await call(action, () => task.waitTask())
      if (done.status !== 'succeeded') {
        const reason = done.error ? `${done.error.code}: ${done.error.message}` : done.status
        throw new MeiliTaskError(
          `Meilisearch task ${done.uid} (${action}) ended ${done.status}: ${redact(reason)}`,
          done.uid,
          done.error?.code ?? null,
        )
      }
      return done
    },
    redact,
  }
}

/** Health of the server process only (GET /health needs no key). */
export async function pingMeili(conn: MeiliConnection): Promise<void> {
  const probe = new Meilisearch({ host: conn.options.url, timeout: conn.options.timeoutMs })
  await conn.call('health check', () => probe.health())
}
