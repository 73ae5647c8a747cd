import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Embedder } from '../../indexer/types.js'
import { defaultEmbedSessions, embedderPool } from './embedder-pool.js'
import { loadEmbedder } from './embedder.js'
import { PROJECT_ROOT } from './model-location.js'
import { modelForTests } from '../testing/model-for-tests.js'

describe('defaultEmbedSessions', () => {
  it('takes one session per core, at most 4, only when the cores are idle, and EMBED_SESSIONS when set', () => {
    expect([
      defaultEmbedSessions({}, 2, 0.1),
      defaultEmbedSessions({}, 2, 1.2),
      defaultEmbedSessions({}, 1, 0),
      defaultEmbedSessions({}, 16, 2),
      defaultEmbedSessions({ EMBED_SESSIONS: '3' }, 2, 9),
      defaultEmbedSessions({ EMBED_SESSIONS: '1' }, 8, 0),
      defaultEmbedSessions({ EMBED_SESSIONS: 'many' }, 2, 0.1),
    ]).toEqual([2, 1, 1, 4, 3, 1, 2])
  })
})

/** Lines of the bundled corpus long enough to be clauses: real passages of the lengths the indexer embeds. */
const passages = readdirSync(join(PROJECT_ROOT, 'data', 'corpus'))
  .flatMap((f) => readFileSync(join(PROJECT_ROOT, 'data', 'corpus', f), 'utf8').split('\n'))
  .map((l) => l.trim())
  .filter((l) => l.length >= 40 && /[\u4e00-\u9fff]/.test(l))
  .slice(0, 40)

describe.skipIf(modelForTests().skipped)('embedderPool', () => {
  const modelDir = modelForTests().location?.modelsDir
  let local: Embedder

  beforeAll(async () => {
    local = (await loadEmbedder({ modelDir }))!
  }, 60_000)

  afterAll(async () => {
    await local?.close?.()
  })

  it('gives the vectors one session gives, in the order asked, when two worker sessions share the passages', async () => {
    expect(passages).toHaveLength(40)
    const pool = embedderPool(local, { sessions: 2, minTexts: 16, modelDir })
    try {
      const [alone, shared] = [await local.embedPassages(passages), await pool.embedPassages(passages)]
      const cosines = alone.map((a, i) => a.reduce((sum, x, d) => sum + x * shared[i][d], 0))
      expect(Math.min(...cosines)).toBeGreaterThan(0.9999)
      expect(shared.map((v) => v.length)).toEqual(passages.map(() => 512))
    } finally {
      await pool.close?.()
    }
  }, 120_000)

  it('embeds a call smaller than minTexts and every query in the calling thread, starting no session', async () => {
    const pool = embedderPool(local, { sessions: 2, minTexts: 16, modelDir: '/nonexistent-models' })
    const [few] = await pool.embedPassages(passages.slice(0, 3))
    expect(few).toEqual((await local.embedPassages(passages.slice(0, 1)))[0])
    expect((await pool.embedQuery('双减')).length).toBe(512)
    await pool.close?.()
  }, 60_000)

  it('embeds in the calling thread, with the reason logged, when its sessions cannot load the model', async () => {
    const logged: string[] = []
    const pool = embedderPool(local, { sessions: 2, minTexts: 2, modelDir: '/nonexistent-models', log: (m) => logged.push(m) })
    const vectors = await pool.embedPassages(passages.slice(0, 4))
    expect(vectors).toEqual(await local.embedPassages(passages.slice(0, 4)))
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatch(/^Embedding sessions could not start \(/)
    await pool.close?.()
  }, 60_000)

  it('is the local embedder itself when asked for fewer than two sessions', () => {
    expect(embedderPool(local, { sessions: 1 })).toBe(local)
  })
})
