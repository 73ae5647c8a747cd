import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeModelStatus, loadEmbedder } from '../../server/semantic/embedder.js'
import type { Embedder } from '../../server/engine/types.js'
import type { ClauseRecord } from '../types.js'
import { embedClauses, type EmbedProgress } from './embed-clauses.js'
import { openVectorCache, type VectorCache } from './vector-cache.js'
import { modelForTests } from '../../server/testing/model-for-tests.js'

/**
 * The numbered clauses of chapter 四 (teachers) of data/corpus/000_…: real text, shaped as the indexer's records.
 * Built here from the file's lines so this test does not depend on the clause splitter.
 */
function chapterFourClauses(): ClauseRecord[] {
  const lines = readFileSync(new URL('../../data/corpus/000_d9ce88d6bc3921ac.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
  const chapterAt = lines.findIndex((l) => l.startsWith('四、'))
  const chapterTitle = lines[chapterAt].slice(2)
  const nextChapter = lines.findIndex((l, i) => i > chapterAt && /^[一二三四五六七八九十]+、/.test(l))
  return lines
    .slice(chapterAt + 1, nextChapter)
    .filter((l) => /^\d+\./.test(l))
    .map((text, order) => {
      const number = Number(text.match(/^(\d+)\./)![1])
      return {
        id: `jm-2025-四-${number}`,
        planId: 'jm-2025',
        planTitle: '市教育局2025年教育工作要点',
        city: '荆门市',
        province: '湖北省',
        level: '市',
        year: 2025,
        chapter: { number: '四', title: chapterTitle },
        section: null,
        number,
        heading: text.replace(/^\d+\./, '').split('。')[0],
        text,
        themes: [],
        outlineOnly: false,
        start: 0,
        end: 0,
        order,
        firstIndexed: '2026-01-01T00:00:00.000Z',
      }
    })
}

describe.skipIf(modelForTests().skipped)('embedClauses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'embed-clauses-'))
  const clauses = chapterFourClauses()
  let embedder: Embedder
  let cache: VectorCache

  beforeAll(async () => {
    const loaded = await loadEmbedder({ modelDir: modelForTests().location!.modelsDir })
    if (!loaded) throw new Error(describeModelStatus().reason)
    embedder = loaded
    cache = openVectorCache(join(dir, 'vector-cache.sqlite'))
  })
  afterAll(() => {
    cache.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('embeds every clause on the first run, reporting progress per batch', async () => {
    expect(clauses.map((c) => c.number)).toEqual([12, 13, 14])
    const reports: EmbedProgress[] = []
    const vectors = await embedClauses(clauses, embedder, cache, (p) => reports.push(p), { batchSize: 2 })
    expect(vectors.model).toBe('bge-small-zh-v1.5-q8')
    expect(vectors.dimension).toBe(512)
    expect([...vectors.byId.keys()]).toEqual(['jm-2025-四-12', 'jm-2025-四-13', 'jm-2025-四-14'])
    expect(reports).toEqual([
      { done: 0, total: 3, embedded: 0, cached: 0 },
      { done: 2, total: 3, embedded: 2, cached: 0 },
      { done: 3, total: 3, embedded: 3, cached: 0 },
    ])
    expect(cache.size()).toBe(3)
  })

  it('embeds 0 new passages on a second run and returns the same vectors', async () => {
    const first = await embedClauses(clauses, embedder, cache)
    const reports: EmbedProgress[] = []
    const second = await embedClauses(clauses, embedder, cache, (p) => reports.push(p))
    expect(reports).toEqual([{ done: 3, total: 3, embedded: 0, cached: 3 }])
    for (const [id, v] of first.byId) expect(Array.from(second.byId.get(id)!)).toEqual(Array.from(v))
  })

  it('embeds only the clause whose text changed, and a duplicate text once', async () => {
    const edited = clauses.map((c) => (c.number === 14 ? { ...c, text: `${c.text}确保教师平均工资收入水平不低于当地公务员。` } : c))
    const duplicate = { ...edited[0], id: 'other-plan-1' }
    const reports: EmbedProgress[] = []
    const vectors = await embedClauses([...edited, duplicate], embedder, cache, (p) => reports.push(p))
    expect(reports.at(-1)).toEqual({ done: 4, total: 4, embedded: 1, cached: 3 })
    expect(Array.from(vectors.byId.get('other-plan-1')!)).toEqual(Array.from(vectors.byId.get('jm-2025-四-12')!))
  })

  it('keeps every finished batch when a run is stopped, so the next run embeds only the rest', async () => {
    const fresh = openVectorCache(join(dir, 'interrupted.sqlite'))
    try {
      let calls = 0
      // The real model, stopped at its second batch as a killed process would be.
      const stopping: Embedder = {
        modelId: embedder.modelId,
        dimension: embedder.dimension,
        embedQuery: (text) => embedder.embedQuery(text),
        embedPassages: (texts) => (++calls === 2 ? Promise.reject(new Error('killed')) : embedder.embedPassages(texts)),
      }
      await expect(embedClauses(clauses, stopping, fresh, undefined, { batchSize: 2 })).rejects.toThrow('killed')
      expect(fresh.size()).toBe(2)
      const reports: EmbedProgress[] = []
      await embedClauses(clauses, embedder, fresh, (p) => reports.push(p), { batchSize: 2 })
      expect(reports).toEqual([
        { done: 2, total: 3, embedded: 0, cached: 2 },
        { done: 3, total: 3, embedded: 1, cached: 2 },
      ])
    } finally {
      fresh.close()
    }
  })

  it('returns the vector the model gives the clause passage (teacher pay clause near a pay question)', async () => {
    const vectors = await embedClauses(clauses, embedder, cache)
    const query = await embedder.embedQuery('提高老师的收入')
    const score = (id: string) => vectors.byId.get(id)!.reduce((s, x, i) => s + x * query[i], 0)
    // 14.落实教师权益保障 (待遇保障机制) answers the question; 12 (师德师风) and 13 (能力素养) do not.
    expect(score('jm-2025-四-14')).toBeGreaterThan(score('jm-2025-四-12'))
    expect(score('jm-2025-四-14')).toBeGreaterThan(score('jm-2025-四-13'))
  })
})
