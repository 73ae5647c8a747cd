import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Embedder } from '../engine/types.js'
import { EMBEDDING_DIMENSION, EMBEDDING_MODEL_ID, describeModelStatus, loadEmbedder } from './embedder.js'
import { PROJECT_ROOT } from './model-location.js'
import { modelForTests } from '../testing/model-for-tests.js'

const corpusDir = join(PROJECT_ROOT, 'data', 'corpus')
const corpusLines = readdirSync(corpusDir).flatMap((f) => readFileSync(join(corpusDir, f), 'utf8').split('\n'))
/** A real clause of the corpus, found by the words it starts with. */
function clauseStartingWith(prefix: string): string {
  const line = corpusLines.find((l) => l.trim().startsWith(prefix))
  if (!line) throw new Error(`no corpus line starts with ${prefix}`)
  return line.trim()
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0
  for (let i = 0; i < a.length; i++) dot += a[i] * b[i]
  return dot
}

describe.skipIf(modelForTests().skipped)('loadEmbedder', () => {
  let embedder: Embedder
  const modelDir = modelForTests().location?.modelsDir

  beforeAll(async () => {
    if (!modelDir) throw new Error('bge-small-zh-v1.5 is not installed: see server/semantic/embedder.ts')
    // Loaded once for the whole file: loading costs ~0.2–0.7 s.
    const loaded = await loadEmbedder({ modelDir })
    if (!loaded) throw new Error(describeModelStatus().reason)
    embedder = loaded
  })

  it('loads bge-small-zh-v1.5 from the model folder and reports it in the status', () => {
    expect(embedder.modelId).toBe(EMBEDDING_MODEL_ID)
    expect(embedder.dimension).toBe(512)
    expect(describeModelStatus()).toEqual({
      semantic: true,
      modelId: 'bge-small-zh-v1.5-q8',
      path: join(modelDir!, 'bge-small-zh-v1.5'),
    })
  })

  it('returns L2-normalised 512-dimensional vectors', async () => {
    const [v] = await embedder.embedPassages(['减轻学生课业负担'])
    expect(v).toBeInstanceOf(Float32Array)
    expect(v.length).toBe(EMBEDDING_DIMENSION)
    expect(cosine(v, v)).toBeCloseTo(1, 5)
  })

  it('gives the same text the same vector, alone or among other passages', async () => {
    const alone = await embedder.embedPassages(['持续巩固双减成果，规范校外培训'])
    const again = await embedder.embedPassages(['持续巩固双减成果，规范校外培训'])
    const among = await embedder.embedPassages([
      '加强校园足球场地建设，举办全市中小学生体育节，全市中小学生体质健康优良率达到35%',
      '持续巩固双减成果，规范校外培训',
    ])
    expect(Array.from(again[0])).toEqual(Array.from(alone[0]))
    expect(Array.from(among[1])).toEqual(Array.from(alone[0]))
  })

  it('matches the vector published for the model (first components of 减轻学生课业负担)', async () => {
    const [v] = await embedder.embedPassages(['减轻学生课业负担'])
    const first = Array.from(v.slice(0, 5)).map((x) => Number(x.toFixed(3)))
    expect(first).toEqual([-0.073, 0.057, -0.006, 0.008, 0.009])
  })

  it('puts 减轻学生课业负担 nearer to a real 双减 clause than to a 校园足球 clause', async () => {
    const query = await embedder.embedQuery('减轻学生课业负担')
    const [shuangjian, football] = await embedder.embedPassages([
      clauseStartingWith('6.持续巩固“双减”成效'),
      clauseStartingWith('20.强化身心健康教育。夯实学校体育工作基础,持续推进校园足球改革'),
    ])
    expect(cosine(query, shuangjian)).toBeGreaterThan(cosine(query, football) + 0.05)
  })

  it('embeds a query differently from the same words as a passage (the instruction prefix)', async () => {
    const query = await embedder.embedQuery('学校安全怎么保障')
    const [passage] = await embedder.embedPassages(['学校安全怎么保障'])
    expect(cosine(query, passage)).toBeLessThan(0.999)
    expect(cosine(query, passage)).toBeGreaterThan(0.8)
  })

  it('embeds a passage longer than the model window without failing', async () => {
    const long = clauseStartingWith('6.持续巩固“双减”成效').repeat(6)
    const [v] = await embedder.embedPassages([long])
    expect(v.length).toBe(512)
  })
})

describe('loadEmbedder without a model', () => {
  const empty = mkdtempSync(join(tmpdir(), 'no-model-'))
  afterAll(() => rmSync(empty, { recursive: true, force: true }))

  it('returns null and says how to install the model when the model folder is empty', async () => {
    const logged: string[] = []
    const embedder = await loadEmbedder({ modelDir: empty, log: (m) => logged.push(m) })
    expect(embedder).toBeNull()
    const status = describeModelStatus()
    expect(status.semantic).toBe(false)
    expect(status.modelId).toBeNull()
    expect(status.reason).toContain(`looked in: ${empty}`)
    expect(status.reason).toContain('MODEL_DIR')
    expect(status.reason).toContain('onnx/model_quantized.onnx')
    expect(logged).toEqual([status.reason])
  })
})
