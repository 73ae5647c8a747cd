import { describe, expect, it } from 'vitest'
import { parseRowids } from './keyword-searcher.js'

describe('parseRowids', () => {
  it("reads group_concat's comma-separated rowids in their order, at their exact count", () => {
    const rowids = parseRowids('7,1000000,42,3')
    expect(Array.from(rowids)).toEqual([7, 1000000, 42, 3])
    expect(rowids.buffer.byteLength).toBe(4 * 4)
  })

  it('reads one rowid, and no match (NULL) as an empty list', () => {
    expect(Array.from(parseRowids('1'))).toEqual([1])
    expect(parseRowids(null).length).toBe(0)
  })
})
