/**
 * Answers computed once: the response of a search or facet request, kept by its normalised request and
 * the index generation it was computed on, so a replaced index is never answered from (its generation
 * differs, and the holder drops the whole cache with the snapshot on a swap). Real users ask a few
 * queries very often (Zipf): at 100k clauses a repeated search costs microseconds instead of a search
 * thread's tens of milliseconds.
 *
 * Bounded twice, least recently used first out: by entries and by the bytes of the answers' JSON.
 * Identical requests arriving together share one computation; it is aborted only when every client
 * waiting for it has gone.
 */

import { RecentMap } from './engine/recent-map.js'

export interface ResultCacheOptions {
  /** Most answers kept. Default 5 000. */
  maxEntries?: number
  /** Most bytes of answers kept (their UTF-8 JSON, or JSON length for other values). Default 64 MB. */
  maxBytes?: number
}

export const defaultResultCacheOptions = { maxEntries: 5_000, maxBytes: 64 * 2 ** 20 } satisfies Required<ResultCacheOptions>

interface Entry {
  value: unknown
  bytes: number
}

interface Flight {
  promise: Promise<unknown>
  controller: AbortController
  /** Clients still waiting; when the last goes, the computation is aborted. */
  waiting: number
}

export class ResultCache {
  private readonly entries: RecentMap<string, Entry>
  private readonly flights = new Map<string, Flight>()
  hits = 0
  misses = 0

  constructor(options: ResultCacheOptions = {}) {
    const bytes = options.maxBytes ?? defaultResultCacheOptions.maxBytes
    this.entries = new RecentMap(options.maxEntries ?? defaultResultCacheOptions.maxEntries, { bytes, weigh: (entry) => entry.bytes })
  }

  get size(): number {
    return this.entries.size
  }

  get byteSize(): number {
    return this.entries.bytes
  }

  /**
   * The cached answer for `key`, else the answer of `compute` (shared with identical requests in flight),
   * kept unless it is larger than the whole budget. `compute` gets a signal aborted when every client
   * waiting for it has gone (`signal` is this client's).
   */
  async getOrCompute<T>(key: string, compute: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const hit = this.cached<T>(key)
    if (hit !== undefined) return hit
    this.misses++
    let flight = this.flights.get(key)
    if (!flight) {
      const controller = new AbortController()
      const started: Flight = { controller, waiting: 0, promise: Promise.resolve() }
      started.promise = compute(controller.signal).then(
        (value) => {
          if (this.flights.get(key) === started) this.flights.delete(key)
          this.store(key, value)
          return value
        },
        (error: unknown) => {
          if (this.flights.get(key) === started) this.flights.delete(key)
          throw error
        },
      )
      this.flights.set(key, started)
      flight = started
    }
    const joined = flight
    joined.waiting++
    const leave = () => {
      if (--joined.waiting === 0) joined.controller.abort()
    }
    signal?.addEventListener('abort', leave, { once: true })
    try {
      return (await joined.promise) as T
    } finally {
      signal?.removeEventListener('abort', leave)
    }
  }

  /** The kept answer for `key` (now the most recently used), or undefined: a hit as getOrCompute counts it. */
  cached<T>(key: string): T | undefined {
    const hit = this.entries.lookup(key)
    if (!hit) return undefined
    this.hits++
    return hit.value as T
  }

  clear(): void {
    this.entries.clear()
  }

  private store(key: string, value: unknown): void {
    // The server keeps answers as the UTF-8 JSON it sends (a hit is written out without serialising or
    // encoding again), and those are counted as they are.
    const bytes = value instanceof Uint8Array ? value.byteLength : (JSON.stringify(value)?.length ?? 0)
    this.entries.set(key, { value, bytes })
  }
}

/**
 * A key that is the same for the same request whatever the order of its parameters and of a parameter's
 * values (every repeated parameter of the API is a set of filter values: city=a&city=b is city=b&city=a).
 */
export function requestKey(generation: string, route: string, params: Record<string, unknown>): string {
  const sorted = Object.keys(params)
    .sort()
    .filter((k) => params[k] !== undefined)
    .map((k) => {
      const v = params[k]
      return [k, Array.isArray(v) ? [...v].map(String).sort() : typeof v === 'string' ? v.trim() : v]
    })
  return `${generation}\u0000${route}\u0000${JSON.stringify(sorted)}`
}
