/** The per-index caches: most recent entries kept, within a count and, when given, a byte budget. */
import { describe, expect, it } from 'vitest'
import { RecentMap } from './recent-map.js'

const kept = (map: RecentMap<string, Int32Array>, keys: string[]) => keys.filter((k) => map.get(k, () => new Int32Array(0)).length > 0)

describe('RecentMap', () => {
  it('drops the least recently used entries once the bytes pass the budget, and never keeps one larger than it', () => {
    const map = new RecentMap<string, Int32Array>(32, { bytes: 100, weigh: (v) => v.byteLength })
    for (const key of ['a', 'b', 'c']) map.get(key, () => new Int32Array(8)) // 32 bytes each
    map.get('a', () => new Int32Array(0)) // used again: 'b' is now the oldest
    map.get('huge', () => new Int32Array(30)) // 120 bytes: answered, not kept
    // (A key asked for below and missing is kept empty, weighing nothing.)
    expect(kept(map, ['a', 'c'])).toEqual(['a', 'c'])
    map.get('d', () => new Int32Array(8))
    expect(kept(map, ['b', 'huge'])).toEqual([])
  })

  it('keeps at most `capacity` entries without a budget', () => {
    const map = new RecentMap<string, Int32Array>(2)
    for (const key of ['a', 'b', 'c']) map.get(key, () => new Int32Array(1))
    expect(kept(map, ['b', 'c'])).toEqual(['b', 'c'])
  })

  it('counts a replaced value once, and makes a looked-up entry the most recent', () => {
    const map = new RecentMap<string, Int32Array>(32, { bytes: 100, weigh: (v) => v.byteLength })
    map.set('a', new Int32Array(8))
    map.set('a', new Int32Array(4))
    map.set('b', new Int32Array(8))
    expect([map.size, map.bytes]).toEqual([2, 48])
    expect(map.lookup('a')?.length).toBe(4)
    map.set('c', new Int32Array(16)) // 112 bytes in all: the oldest, now 'b', goes
    expect([map.lookup('b'), map.size, map.bytes]).toEqual([undefined, 2, 80])
    map.clear()
    expect([map.size, map.bytes]).toEqual([0, 0])
  })
})
