/**
 * A map that keeps its `capacity` most recently used entries: the caches of one open index (matches by
 * plan, facet counts by match set and filters). Capacity 0 keeps nothing, for benchmarks of cold queries.
 * With a `budget`, it also keeps no more than that many bytes by `weigh`: at a million clauses one match of a
 * common pair holds ~10 MB, and 32 of them per thread would hold a gigabyte in a three-thread process.
 */
export class RecentMap<K, V> {
  private readonly entries = new Map<K, V>()
  private weight = 0

  constructor(
    readonly capacity: number,
    private readonly budget?: { bytes: number; weigh: (value: V) => number },
  ) {}

  /** The value for `key`, computed and kept when absent. */
  get(key: K, compute: () => V): V {
    if (this.capacity === 0) return compute()
    let value = this.entries.get(key)
    if (value !== undefined || this.entries.has(key)) {
      this.entries.delete(key)
      this.entries.set(key, value as V)
      return value as V
    }
    value = compute()
    const weight = this.budget?.weigh(value) ?? 0
    // One value over the whole budget is answered but not kept, rather than emptying the map for it.
    if (this.budget && weight > this.budget.bytes) return value
    this.entries.set(key, value)
    this.weight += weight
    while (this.entries.size > this.capacity || (this.budget && this.weight > this.budget.bytes)) this.evictOldest()
    return value
  }

  private evictOldest(): void {
    const [key, value] = this.entries.entries().next().value as [K, V]
    this.entries.delete(key)
    this.weight -= this.budget?.weigh(value) ?? 0
  }
}
