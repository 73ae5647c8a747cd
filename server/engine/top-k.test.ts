import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { topK } from './top-k.js'

describe('topK', () => {
  it('equals sorting the whole list and taking the first k', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 400 }), fc.integer({ min: 0, max: 60 }), (items, k) => {
        const compare = (a: number, b: number) => b - a
        expect(topK(items, k, compare)).toEqual([...items].sort(compare).slice(0, k))
      }),
    )
  })
})
