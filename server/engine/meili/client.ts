/**
 * The connection to Meilisearch: an admin client for indexing, a search client for queries (with a
 * search-only key), error mapping and task waiting. Nothing here caches a failure: every call goes
 * to the network again, so the engine recovers by itself when Meilisearch comes back.
 */
import { Meilisearch } from 'meilisearch'
import type { Config, EnqueuedTask, Task } from 'meilisearch'
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
  /**
   * Ask Meilisearch's network (replicated sharding, Enterprise Edition ≥ 1.37) instead of one
   * instance: every search and facet query carries `useNetwork: true`.
   */
  useNetwork?: boolean
  /** Replaces fetch for every request (meilisearch-js `httpClient`); tests use it to capture request shapes. */
  httpClient?: Config['httpClient']
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
  /**
   * Waits for an enqueued task, by its uid and with the configured timeout (a task promise's own
   * waitTask() may come from a task client built without it), and throws MeiliTaskError unless it succeeded.
   */
  waitTask(action: string, task: Promise<EnqueuedTask>): Promise<Task>
  redact(text: string): string
}

/** Polling interval while waiting for a task. */
const TASK_POLL_MS = 100

export function openConnection(options: MeiliConnectionOptions): MeiliConnection {
  const secrets: (string | undefined)[] = [options.apiKey, options.searchKey]
  const httpClient = options.httpClient ? { httpClient: options.httpClient } : {}
  const waitOptions = { timeout: options.taskTimeoutMs, interval: TASK_POLL_MS }
  const admin = new Meilisearch({
    host: options.url,
    apiKey: options.apiKey,
    timeout: options.indexRequestTimeoutMs,
    defaultWaitOptions: waitOptions,
    ...httpClient,
  })
  const probe = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: options.timeoutMs, ...httpClient })
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
            '(the server then creates a search-only key for the portal\'s indexes), and check that it is the key Meilisearch was started with.',
        )
      }
      secrets.push(key)
    }
    return new Meilisearch({ host: options.url, apiKey: key, timeout: options.timeoutMs, ...httpClient })
  }

  const failed = (action: string, done: Task): MeiliTaskError => {
    const reason = done.error ? `${done.error.code}: ${done.error.message}` : done.status
    return new MeiliTaskError(
      `Meilisearch task ${done.uid} (${action}) ended ${done.status}: ${redact(reason)}`,
      done.uid,
      done.error?.code ?? null,
    )
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
      const { taskUid } = await call(action, () => task)
      const done = await call(action, () => admin.tasks.waitForTask(taskUid, waitOptions))
      if (done.status !== 'succeeded') throw failed(action, done)
      return done
    },
    redact,
  }
}

/** Health of the server process only (GET /health needs no key). */
export async function pingMeili(conn: MeiliConnection): Promise<void> {
  const httpClient = conn.options.httpClient ? { httpClient: conn.options.httpClient } : {}
  const probe = new Meilisearch({ host: conn.options.url, timeout: conn.options.timeoutMs, ...httpClient })
  await conn.call('health check', () => probe.health())
}
