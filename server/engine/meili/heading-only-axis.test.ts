import { describe, expect, it } from 'vitest'
import { HEADING_ONLY_COSINE_PENALTY, similarityFloor } from '../similarity-floor.js'
import { headingOnlyScale, queryVector, restoredVector, storedVector } from './heading-only-axis.js'

const MODEL = 'bge-small-zh-v1.5-q8'

/** A unit vector of `n` numbers from a seed (deterministic, no two alike). */
function unit(seed: number, n = 512): Float32Array {
  const v = Float32Array.from({ length: n }, (_, i) => Math.sin(seed * 12.9898 + i * 78.233) * 43758.5453 % 1)
  const norm = Math.hypot(...v)
  return v.map((x) => x / norm)
}

const cosine = (a: number[], b: number[]) => {
  let dot = 0
  for (let i = 0; i < a.length; i++) dot += a[i] * b[i]
  return dot / (Math.hypot(...a) * Math.hypot(...b))
}

describe('the heading-only axis of Meilisearch vectors', () => {
  it('puts the floor where the SQLite engine puts it: a title passes at its cosine less the penalty', () => {
    const floor = similarityFloor(MODEL).semantic
    expect(headingOnlyScale(MODEL) * (floor + HEADING_ONLY_COSINE_PENALTY)).toBeCloseTo(floor, 12)
    expect(headingOnlyScale('an-uncalibrated-model')).toBe(1)
  })

  it('gives a heading-only clause the query\'s cosine times the scale, and a clause with text its own cosine', () => {
    const scale = headingOnlyScale(MODEL)
    for (let seed = 1; seed <= 5; seed++) {
      const [q, v] = [unit(seed), unit(seed + 100)]
      const own = cosine([...q], [...v])
      expect(cosine(queryVector(q), storedVector(v, false, scale))).toBeCloseTo(own, 6)
      expect(cosine(queryVector(q), storedVector(v, true, scale))).toBeCloseTo(scale * own, 6)
    }
  })

  it('stores a clause with text with its own numbers and a 0, and keeps a vector\'s length', () => {
    const v = Float32Array.from([0.25, -0.5, 0.125])
    expect(storedVector(v, false, 0.88)).toEqual([0.25, -0.5, 0.125, 0])
    expect(Math.hypot(...storedVector(v, true, 0.88))).toBeCloseTo(Math.hypot(...v), 6)
    expect(storedVector(v, true, 1)).toEqual([0.25, -0.5, 0.125, 0])
  })

  it('gives back the clause\'s own vector from a stored one: exactly for a clause with text', () => {
    const v = unit(7)
    expect(restoredVector(Float32Array.from(storedVector(v, false, 0.88)))).toEqual(v)
    const back = restoredVector(Float32Array.from(storedVector(v, true, 0.88)))
    expect(back.length).toBe(512)
    back.forEach((x, i) => expect(x).toBeCloseTo(v[i], 5))
  })
})
