/**
 * The Meilisearch engine: the production engine for corpora beyond one machine. Same SearchEngine
 * contract and same hits as the SQLite engine (ranking may differ). See query.ts for how the
 * query language maps onto Meilisearch, indexing.ts for atomic replacement and keys.ts
 * for why queries never use the master key.
 *
 * Creating the engine never contacts Meilisearch: when it is down at start, calls fail with
 * EngineUnavailableError and health() says why, and the first call after it is back succeeds.
 */
import type { ClauseRecord, IndexBuild, PlanRecord } from '../../../indexer/types.js'
import { openConnection, pingMeili } from './client.js'
import type { MeiliConnection, MeiliConnectionOptions } from './client.js'
import { DEFAULT_BATCH_BYTES } from './batches.js'
import type { IndexProgress } from './indexing.js'
import { CLAUSE_ATTRIBUTES, EMBEDDER_NAME, fromClauseDoc, fromPlanDoc } from './documents.js'
import type { MeiliBuildDoc, MeiliClauseDoc, MeiliPlanDoc } from './documents.js'
import { EngineError } from '../errors.js'
import { EngineUnavailableError } from './errors.js'
import { quoteFilterValue } from './filter.js'
import { restoredVector } from './heading-only-axis.js'
import { replaceIndex } from './indexing.js'
import { corpusFacets, runSearch } from './search.js'
import { similarityFloor } from '../similarity-floor.js'
import type { ClauseVectors, EngineHealth, Facets, HealthOptions, SearchEngine, SearchFilters, SearchQuery, SearchResult, Tokenizer } from '../types.js'

export interface MeiliEngineOptions {
  url: string
  /** Master or admin key, used for indexing and to create the search-only key. */
  apiKey?: string
  /** A search-only key to use for queries instead of finding or creating one. */
  searchKey?: string
  /** Live uid of the clause index (default `policy-clauses`); plans live in `<uid>-plans`. */
  indexUid?: string
  tokenizer: Tokenizer
  /** Per-request timeout for queries and health checks (default 5 000 ms). */
  timeoutMs?: number
  /** Domain terms for Meilisearch's `dictionary` setting (Tokenizer.isDictionaryTerm cannot be listed). */
  dictionaryTerms?: string[]
  /** pagination.maxTotalHits of the clause index (default 100 000). */
  maxTotalHits?: number
  /** Most candidates checked for one keyword query (default 20 000). */
  candidateLimit?: number
  /** Most bytes of one document request (default 20 MiB; Meilisearch accepts 100 MB by default). */
  batchBytes?: number
  /** How long to wait for one indexing task (default 30 minutes). */
  taskTimeoutMs?: number
  /** Progress of replaceAll: batches sent, indexed, and documents per second at the end. */
  onProgress?: (progress: IndexProgress) => void
  /**
   * Search through Meilisearch's network (replicated sharding, Enterprise Edition ≥ 1.37): every
   * search, facet and read carries `useNetwork: true`. MEILI_URL must then be the network's leader,
   * which accepts writes and sends each document to the shards that own it.
   */
  useNetwork?: boolean
  /** Replaces fetch (meilisearch-js `httpClient`): tests capture request shapes with it. */
  httpClient?: MeiliConnectionOptions['httpClient']
  /**
   * Model id of the query embeddings the server sends (server/semantic/embedder.ts EMBEDDING_MODEL_ID). Its
   * similarity floor (similarity-floor.ts) becomes `rankingScoreThreshold` in semantic mode, so that, as on
   * the SQLite engine, a query with nothing close finds nothing. Unset or uncalibrated: no floor.
   */
  vectorModel?: string
}

const PAGE = 1000
/** How long a health read answers a caller that does not probe before it is read again, behind the answer. */
const KNOWN_HEALTH_MS = 2_000

function validateUrl(url: string): void {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new EngineUnavailableError(`MEILI_URL is not a valid URL. Give the address of Meilisearch, e.g. http://127.0.0.1:7700.`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new EngineUnavailableError(`MEILI_URL must start with http:// or https:// (got ${parsed.protocol}).`)
  }
}

/** `useNetwork: true` on a read when the engine asks the network (meilisearch-js 0.62 does not type it). */
const network = (conn: MeiliConnection): object => (conn.options.useNetwork ? { useNetwork: true } : {})

async function readAll<T>(
  conn: MeiliConnection,
  action: string,
  indexUid: string,
  filter: string,
  sort: string[],
  attributes?: string[],
): Promise<T[]> {
  const client = await conn.searchClient()
  const out: T[] = []
  for (let offset = 0; ; offset += PAGE) {
    const r = await conn.call(action, () =>
      client.index(indexUid).search('', {
        filter, sort, offset, limit: PAGE, ...(attributes ? { attributesToRetrieve: attributes } : {}), ...network(conn),
      }),
    )
    out.push(...(r.hits as T[]))
    if (r.hits.length < PAGE) return out
  }
}

async function readOne<T>(conn: MeiliConnection, action: string, indexUid: string, filter: string, extra: object = {}): Promise<T | null> {
  const client = await conn.searchClient()
  const r = await conn.call(action, () => client.index(indexUid).search('', { filter, limit: 1, ...extra, ...network(conn) }))
  return (r.hits[0] as T | undefined) ?? null
}

export async function createMeiliEngine(opts: MeiliEngineOptions): Promise<MeiliEngine> {
  validateUrl(opts.url)
  return new MeiliEngine(opts)
}

export class MeiliEngine implements SearchEngine {
  readonly kind = 'meilisearch' as const
  readonly indexUid: string
  private readonly conn: MeiliConnection
  private readonly maxTotalHits: number
  private readonly candidateLimit: number
  /** maxTotalHits of the live index, read from its build record once (reset by replaceAll). */
  private record: Promise<{ cap: number; headingAxis: boolean }> | null = null
  /** The last health read that found the index (and when), and the read under way: health() below. */
  private known: { health: EngineHealth; at: number } | null = null
  private reading: Promise<EngineHealth> | null = null

  constructor(private readonly opts: MeiliEngineOptions) {
    const timeoutMs = opts.timeoutMs ?? 5_000
    this.conn = openConnection({
      url: opts.url,
      apiKey: opts.apiKey,
      searchKey: opts.searchKey,
      indexUid: opts.indexUid ?? 'policy-clauses',
      timeoutMs,
      indexRequestTimeoutMs: Math.max(timeoutMs, 120_000),
      taskTimeoutMs: opts.taskTimeoutMs ?? 30 * 60_000,
      useNetwork: opts.useNetwork,
      httpClient: opts.httpClient,
    })
    this.indexUid = this.conn.clauseUid
    this.maxTotalHits = opts.maxTotalHits ?? 100_000
    this.candidateLimit = Math.min(opts.candidateLimit ?? 20_000, this.maxTotalHits)
  }

  async replaceAll(build: IndexBuild, vectors?: ClauseVectors): Promise<void> {
    const { tokenizer, dictionaryTerms, batchBytes = DEFAULT_BATCH_BYTES, onProgress } = this.opts
    try {
      await replaceIndex(this.conn, build, { tokenizer, dictionaryTerms, maxTotalHits: this.maxTotalHits, batchBytes, onProgress }, vectors)
    } finally {
      this.record = null
      this.known = this.reading = null
    }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const run = () =>
      runSearch(this.conn, query, {
        candidateLimit: this.candidateLimit,
        totalCap: async () => (await this.buildRecord()).cap,
        // An unreadable record: the model's own layout; if the index has the axis, Meilisearch refuses the
        // vector's length and the record is read again (below).
        headingAxis: () => this.buildRecord().then((r) => r.headingAxis, () => false),
        useNetwork: this.opts.useNetwork,
        semanticFloor: similarityFloor(this.opts.vectorModel ?? '').semantic,
      })
    try {
      return await run()
    } catch (err) {
      // The record is read again after a failure: another process (npm run index) may have swapped in a build
      // whose vectors are laid out otherwise, and a vector search then asks once more with the new layout.
      const before = this.record
      this.record = null
      this.known = null
      if (!query.vector || !before) throw err
      const [was, now] = await Promise.all([before.catch(() => null), this.buildRecord().catch(() => null)])
      if (!was || !now || was.headingAxis === now.headingAxis) throw err
      return run()
    }
  }

  /**
   * What the live build records about its index, read once per build: builds before maxTotalHits was recorded
   * used the configured one, and builds before the heading-only axis store the model's own vectors.
   */
  private buildRecord(): Promise<{ cap: number; headingAxis: boolean }> {
    this.record ??= readOne<MeiliBuildDoc>(this.conn, 'reading the build record', this.conn.planUid, 'kind = "build"')
      .then((build) => ({ cap: build?.maxTotalHits ?? this.maxTotalHits, headingAxis: build?.headingAxis === true }))
      .catch((err: unknown) => {
        this.record = null
        throw err
      })
    return this.record
  }

  /** Which engine serves and with what limits, in words (for /api/health and logs). */
  describe(): string {
    return describeMeiliEngine({
      url: this.conn.redact(this.opts.url),
      candidateLimit: this.candidateLimit,
      useNetwork: this.opts.useNetwork ?? false,
    })
  }

  facets(filters?: SearchFilters): Promise<Facets> {
    return corpusFacets(this.conn, filters)
  }

  async getClause(id: string): Promise<ClauseRecord | null> {
    const quoted = quoteFilterValue(id)
    if (quoted === null) return null
    const doc = await readOne<MeiliClauseDoc>(this.conn, 'reading a clause', this.conn.clauseUid, `id = ${quoted}`, {
      attributesToRetrieve: [...CLAUSE_ATTRIBUTES],
    })
    return doc ? fromClauseDoc(doc) : null
  }

  async getPlan(id: string): Promise<PlanRecord | null> {
    const quoted = quoteFilterValue(id)
    if (quoted === null) return null
    const doc = await readOne<MeiliPlanDoc>(this.conn, 'reading a plan', this.conn.planUid, `kind = "plan" AND id = ${quoted}`)
    return doc ? fromPlanDoc(doc) : null
  }

  async listPlans(): Promise<PlanRecord[]> {
    const docs = await readAll<MeiliPlanDoc>(this.conn, 'listing plans', this.conn.planUid, 'kind = "plan"', ['seq:asc'])
    // By id, as the SQLite engine lists them.
    return docs.map(fromPlanDoc).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }

  async planClauses(planId: string): Promise<ClauseRecord[]> {
    const quoted = quoteFilterValue(planId)
    if (quoted === null) return []
    const docs = await readAll<MeiliClauseDoc>(this.conn, 'reading a plan\'s clauses', this.conn.clauseUid, `planId = ${quoted}`,
      ['order:asc'], [...CLAUSE_ATTRIBUTES])
    return docs.map(fromClauseDoc)
  }

  async getVector(id: string): Promise<Float32Array | null> {
    const quoted = quoteFilterValue(id)
    if (quoted === null) return null
    const doc = await readOne<{ _vectors?: Record<string, unknown> }>(this.conn, 'reading a vector', this.conn.clauseUid, `id = ${quoted}`, {
      retrieveVectors: true,
      attributesToRetrieve: ['id'],
    })
    const stored = vectorOf(doc?._vectors?.[EMBEDDER_NAME])
    return stored && (await this.buildRecord()).headingAxis ? restoredVector(stored) : stored
  }

  /**
   * probe: false (asked by every keyword search and place lookup) answers from the last read that found the index, with
   * no request: a round trip per search, whose failure failed the answer. Older than KNOWN_HEALTH_MS, it is read again
   * behind the answer (a build another process swapped in is seen so); nothing found yet or a search failed since: now.
   */
  async health(options: HealthOptions = {}): Promise<EngineHealth> {
    const known = this.known
    if (options.probe !== false || !known) return this.readHealth()
    if (Date.now() - known.at > KNOWN_HEALTH_MS) void this.readHealth()
    return known.health
  }

  /** One read at a time, shared by those who ask meanwhile; kept if it finds the index and no replaceAll came between. */
  private readHealth(): Promise<EngineHealth> {
    if (this.reading) return this.reading
    const reading: Promise<EngineHealth> = this.liveHealth().then((health) => {
      if (this.reading === reading) [this.reading, this.known] = [null, health.ok ? { health, at: Date.now() } : null]
      return health
    })
    return (this.reading = reading)
  }

  private async liveHealth(): Promise<EngineHealth> {
    const down = (reason: string): EngineHealth => ({ ok: false, reason, plans: 0, clauses: 0, vectors: 0, indexedAt: null })
    try {
      await pingMeili(this.conn)
      const build = await readOne<MeiliBuildDoc>(this.conn, 'reading the build record', this.conn.planUid, 'kind = "build"')
      if (!build) return down(`Meilisearch at ${this.conn.redact(this.opts.url)} has no search index yet. Build it with \`npm run index\` while MEILI_URL is set.`)
      return {
        ok: true, plans: build.plans, clauses: build.clauses, vectors: build.vectors, indexedAt: build.builtAt, description: this.describe(),
      }
    } catch (err) {
      return down(err instanceof EngineError ? err.message : this.conn.redact(String((err as Error)?.message ?? err)))
    }
  }

  async close(): Promise<void> {
    // fetch-based client: no sockets or handles of our own to release.
  }
}

/** The engine and its limits in plain Chinese, as /api/health shows them. */
export function describeMeiliEngine(o: { url: string; candidateLimit: number; useNetwork: boolean }): string {
  const where = o.useNetwork ? `Meilisearch 网络（分片复制，企业版 ≥ 1.37），入口 ${o.url}` : `Meilisearch（单机），地址 ${o.url}`
  return (
    `${where}。单个汉字连续短语（不含标点、OR、排除）的总数与分面为精确值；` +
    `其他关键词检索先取至多 ${o.candidateLimit.toLocaleString('en-US')} 条候选再逐条核对，超过时总数、分面与按计划分组为下限（totalIsLowerBound）。`
  )
}

/** `_vectors.<embedder>` is `{embeddings: number[][]}` since Meilisearch 1.9, a plain array before. */
export function vectorOf(entry: unknown): Float32Array | null {
  if (entry === null || entry === undefined) return null
  const embeddings = Array.isArray(entry) ? entry : (entry as { embeddings?: unknown }).embeddings
  if (!Array.isArray(embeddings) || embeddings.length === 0) return null
  const first = Array.isArray(embeddings[0]) ? embeddings[0] : embeddings
  return first.every((x: unknown) => typeof x === 'number') ? Float32Array.from(first as number[]) : null
}
