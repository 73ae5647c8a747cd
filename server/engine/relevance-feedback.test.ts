import { describe, expect, it } from 'vitest'
import { fedBackVector } from './relevance-feedback.js'

describe('fedBackVector', () => {
  it('returns the query moved towards the mean of the passages, normalised', () => {
    // q + 0.5 × mean((0, 1), (0, 1)) = (1, 0.5), of length √1.25.
    const out = fedBackVector(Float32Array.of(1, 0), [Float32Array.of(0, 1), Float32Array.of(0, 1)], 0.5)
    expect(Array.from(out).map((x) => x.toFixed(4))).toEqual(['0.8944', '0.4472'])
  })

  it('weighs the mean, not the sum: more passages pull no harder', () => {
    const one = fedBackVector(Float32Array.of(1, 0), [Float32Array.of(0, 1)], 1)
    const three = fedBackVector(Float32Array.of(1, 0), [Float32Array.of(0, 1), Float32Array.of(0, 1), Float32Array.of(0, 1)], 1)
    expect(Array.from(three)).toEqual(Array.from(one))
    expect(Array.from(one).map((x) => x.toFixed(4))).toEqual(['0.7071', '0.7071'])
  })

  it('returns a copy of the query when there is nothing to feed back or no weight', () => {
    const query = Float32Array.of(0.6, 0.8)
    const out = fedBackVector(query, [], 0.7)
    expect(Array.from(out)).toEqual(Array.from(query))
    expect(out).not.toBe(query)
    expect(Array.from(fedBackVector(query, [Float32Array.of(1, 0)], 0))).toEqual(Array.from(query))
  })
})
