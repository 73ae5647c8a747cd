/**
 * What 相似条款 asks for a heading printed with nothing under it, and what such a record is stored as, through
 * createApp over plans the real indexer builds: each line once. A recording embedder stands in for the model, so the
 * exact texts embedded are seen (the real model's answers are similar-heading-only.test.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildIndexFromPaths } from '../../indexer/build.js'
import { passageText } from '../../indexer/embed/passage-text.js'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { loadThemes } from '../../indexer/themes/theme-tagger.js'
import type { Embedder, IndexBuild } from '../../indexer/types.js'
import type { SimilarResponse } from '../api-types.js'
import { createApp } from '../app.js'
import { openSqliteEngine } from '../engine/sqlite/sqlite-engine.js'
import { IndexHolder } from '../index-holder.js'
import { buildSuggestIndex } from '../startup/suggest-source.js'

const ANKANG = `安康市教育局2024年教育工作要点
一、加强党的全面领导
（一）加强基层党建
1.健全“第一议题”制度，全年集中学习12次以上。
（二）深化改革
（三）强化作风建设
1.开展作风建设专项行动。
二、推进改革
三、强化保障
1.加大教育投入。
`
const HANZHONG = `汉中市教育局2024年教育工作要点
一、深化教育改革
1.推进集团化办学改革，新组建教育集团5个。
二、强化保障
1.加大教育投入，落实两个只减不增。
`

/** Deterministic unit vectors from the characters of a text, each text asked of it remembered. */
function recordingEmbedder(): Embedder & { queries: string[] } {
  const dimension = 16
  const vector = (text: string) => {
    const v = new Float32Array(dimension)
    for (const ch of text) v[ch.codePointAt(0)! % dimension] += 1
    const norm = Math.hypot(...v) || 1
    return v.map((x) => x / norm)
  }
  const queries: string[] = []
  return {
    modelId: 'recording', dimension, queries,
    embedPassages: async (texts) => texts.map(vector),
    embedQuery: async (text) => (queries.push(text), vector(text)),
  }
}

let dir: string
let index: IndexHolder
let build: IndexBuild
const embedder = recordingEmbedder()
const segmenter = createSegmenter()
const logger = pino({ level: 'silent' })

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'similar-heading-context-'))
  writeFileSync(path.join(dir, 'ankang.txt'), ANKANG)
  writeFileSync(path.join(dir, 'hanzhong.txt'), HANZHONG)
  build = (await buildIndexFromPaths([dir], { themes: loadThemes() })).build
  const vectors = await embedder.embedPassages(build.clauses.map((c) => passageText(c)))
  const engine = await openSqliteEngine({ path: path.join(dir, 'index.sqlite'), tokenizer: segmenter })
  await engine.replaceAll(build, { model: embedder.modelId, dimension: embedder.dimension, byId: new Map(build.clauses.map((c, i) => [c.id, vectors[i]])) })
  index = await IndexHolder.create(engine, { prepare: async (e) => ({ suggest: await buildSuggestIndex(e, segmenter) }), logger })
})
afterAll(async () => {
  await index.close()
  rmSync(dir, { recursive: true, force: true })
})

const headingOnly = () => build.clauses.filter((c) => c.headingOnly)

describe('相似条款 of a heading printed with nothing under it', () => {
  it('asks for a chapter’s heading once, not in its own chapter: 推进改革, not 推进改革（推进改革）', async () => {
    expect(headingOnly().map((c) => [c.id.slice(c.planId.length), c.text])).toEqual([['-1-s2', '（二）深化改革'], ['-2-', '二、推进改革']])
    const asked: string[] = []
    for (const clause of headingOnly()) {
      embedder.queries.length = 0
      const res = await createApp({ index, tokenizer: segmenter, embedder, logger, options: {} }).request(`/api/clauses/${encodeURIComponent(clause.id)}/similar?limit=5`)
      expect(res.status).toBe(200)
      expect(((await res.json()) as SimilarResponse).headingOnly).toBe(true)
      asked.push(...embedder.queries)
    }
    // A section is still asked in its chapter.
    expect(asked).toEqual(['深化改革（加强党的全面领导）', '推进改革'])
  })

  it('stores a chapter’s heading-only record as its heading once, without the chapter over it as context', () => {
    expect(headingOnly().map((c) => passageText(c))).toEqual(['加强党的全面领导\n深化改革', '推进改革'])
  })
})
