import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openVectorCache, vectorCacheKey } from './vector-cache.js'

describe('openVectorCache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vector-cache-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('returns stored vectors bit for bit after the file is reopened', () => {
    const path = join(dir, 'cache.sqlite')
    const v = Float32Array.from([0.125, -0.0727, 1e-7, 3.4e38])
    const key = vectorCacheKey('bge-small-zh-v1.5-q8', '持续巩固“双减”成效')
    const first = openVectorCache(path)
    first.putMany([[key, v]])
    first.close()
    const second = openVectorCache(path)
    expect(second.size()).toBe(1)
    expect(Array.from(second.getMany([key, 'absent']).get(key)!)).toEqual(Array.from(v))
    expect(second.getMany(['absent']).size).toBe(0)
    second.close()
  })

  it('keys by model and text together', () => {
    const a = vectorCacheKey('bge-small-zh-v1.5-q8', '全力建设平安校园')
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(vectorCacheKey('bge-small-zh-v1.5-q8', '全力建设平安校园')).toBe(a)
    expect(vectorCacheKey('other-model', '全力建设平安校园')).not.toBe(a)
    // The separator keeps "model + text" from colliding with a shifted split of the same characters.
    expect(vectorCacheKey('ab', 'c')).not.toBe(vectorCacheKey('a', 'bc'))
  })
})
