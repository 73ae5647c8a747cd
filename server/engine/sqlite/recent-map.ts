/**
 * A map that keeps its `capacity` most recently used entries: the caches of one open index (matches by
 * plan, facet counts by match set and filters). Capacity 0 keeps nothing, for benchmarks of cold queries.
 */
export class RecentMap<K, V> {
  private readonly entries = new Map<K, V>()

  constructor(readonly capacity: number) {}

  /** The value for `key`, computed and kept when absent. */
  get(key: K, compute: () => V): V {
    if (this.capacity === 0) return compute()
    let value = this.entries.get(key)
    if (value !== undefined || this.entries.has(key)) {
      this.entries.delete(key)
    } else {
      value = compute()
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!)
    }
    this.entries.set(key, value as V)
    return value as V
  }
}
