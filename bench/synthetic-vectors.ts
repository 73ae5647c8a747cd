/**
 * Vectors for benchmarks past the corpus's size: each is one of the real model's vectors plus Gaussian noise
 * (σ 0.03 a dimension), re-normalised, drawn from a fixed seed. Labelled SYNTHETIC wherever reported.
 */
import type { ClauseVectors } from '../server/engine/types.js'
import { random } from './synthetic-documents.js'

/** 100k-scale vectors: real vectors plus noise, normalised. Labelled synthetic wherever reported. */
export function syntheticVectors(ids: string[], real: Float32Array[], dimension: number, model: string): ClauseVectors {
  const rand = random(7)
  const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand())
  const byId = new Map<string, Float32Array>()
  ids.forEach((id, i) => {
    const base = real[i % real.length]
    const v = new Float32Array(dimension)
    let norm = 0
    for (let k = 0; k < dimension; k++) {
      v[k] = base[k] + 0.03 * gauss()
      norm += v[k] * v[k]
    }
    norm = Math.sqrt(norm)
    for (let k = 0; k < dimension; k++) v[k] /= norm
    byId.set(id, v)
  })
  return { model: `${model} (synthetic)`, dimension, byId }
}
