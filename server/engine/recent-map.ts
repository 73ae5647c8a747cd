/**
 * A map that keeps its `capacity` most recently used entries: the caches of one open index (matches by
 * plan, facet counts by match set and filters) and the server's answers (result-cache.ts). Capacity 0 keeps
 * nothing, for benchmarks of cold queries. With a `budget`, it also keeps no more than that many bytes by
 * `weigh`: at a million clauses one match of a common pair holds ~10 MB, and 32 of them per thread would
 * hold a gigabyte in a three-thread process.
 */
export class RecentMap<K, V> {
  /** Map iteration order is insertion order: re-inserting on a hit keeps the least recent first. */
  private readonly entries = new Map<K, V>()
  private weight = 0

  constructor(
    readonly capacity: number,
    private readonly budget?: { bytes: number; weigh: (value: V) => number },
  ) {}

  get size(): number {
    return this.entries.size
  }

  /** Bytes kept, by the budget's `weigh` (0 without a budget). */
  get bytes(): number {
    return this.weight
  }

  /** The value for `key`, computed and kept when absent. */
  get(key: K, compute: () => V): V {
    if (this.capacity === 0) return compute()
    if (this.entries.has(key)) return this.touch(key)
    const value = compute()
    this.set(key, value)
    return value
  }

  /** The value kept for `key`, now the most recently used, or undefined. */
  lookup(key: K): V | undefined {
    return this.entries.has(key) ? this.touch(key) : undefined
  }

  /** Keeps `value` for `key` as the most recently used, dropping the oldest past the capacity or budget. */
  set(key: K, value: V): void {
    if (this.capacity === 0) return
    const weight = this.budget?.weigh(value) ?? 0
    // One value over the whole budget is answered but not kept, rather than emptying the map for it.
    if (this.budget && weight > this.budget.bytes) return
    if (this.entries.has(key)) this.remove(key)
    this.entries.set(key, value)
    this.weight += weight
    while (this.entries.size > this.capacity || (this.budget && this.weight > this.budget.bytes)) this.remove(this.entries.keys().next().value as K)
  }

  clear(): void {
    this.entries.clear()
    this.weight = 0
  }

  private touch(key: K): V {
    const value = this.entries.get(key) as V
    this.entries.delete(key)
    this.entries.set(key, value)
    return value
  }

  private remove(key: K): void {
    this.weight -= this.budget?.weigh(this.entries.get(key) as V) ?? 0
    this.entries.delete(key)
  }
}
