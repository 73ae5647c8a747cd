/**
 * Embedding throughput of the model under different session settings, on the same passages in one run:
 * `npx tsx bench/embed-throughput-bench.ts [--passages 2000] [--batch-passages 500]`.
 *
 * Passages are the distinct passage texts (indexer/embed/passage-text.ts) of the synthetic corpus
 * (bench/synthetic-corpus.ts, built from real clause text). Each configuration loads its own session and
 * embeds the passages shortest first; "min cosine" compares every vector with today's configuration
 * (one passage per forward pass, default threads, no spinning), since the int8 model quantises activations
 * per batch and batch mates change a passage's vector. Batched rows run on the first --batch-passages only
 * (they are slow). Prints a markdown table for bench/RESULTS.md ("Semantic").
 */
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { passageText } from '../indexer/embed/passage-text.js'
import { locateModel } from '../server/semantic/model-location.js'
import { syntheticBuild } from './synthetic-corpus.js'

const { values } = parseArgs({ options: { passages: { type: 'string', default: '2000' }, 'batch-passages': { type: 'string', default: '500' } } })
const count = Number(values.passages)

type Extract = (texts: string[], options: { pooling: 'cls'; normalize: boolean }) => Promise<{ data: ArrayLike<number>; dims: number[] }>

interface Config {
  label: string
  threads?: number
  batch: number
  passages: number
}

async function session(threads?: number): Promise<Extract> {
  const { env, pipeline } = await import('@huggingface/transformers')
  const { location } = locateModel()
  if (!location) throw new Error('The embedding model is not installed (see server/semantic/embedder.ts).')
  env.localModelPath = `${location.modelsDir}/`
  env.allowLocalModels = true
  env.allowRemoteModels = false
  const options: Record<string, unknown> = { extra: { session: { intra_op: { allow_spinning: '0' } } } }
  if (threads) options.intraOpNumThreads = threads
  return (await pipeline('feature-extraction', location.modelId, { dtype: 'q8', session_options: options })) as unknown as Extract
}

async function embedAll(extract: Extract, texts: string[], batch: number): Promise<Float32Array[]> {
  const order = texts.map((_, i) => i).sort((a, b) => texts[a].length - texts[b].length)
  const out = new Array<Float32Array>(texts.length)
  for (let at = 0; at < order.length; at += batch) {
    const idx = order.slice(at, at + batch)
    const { data, dims } = await extract(idx.map((i) => texts[i]), { pooling: 'cls', normalize: true })
    const flat = Float32Array.from(data)
    idx.forEach((i, k) => (out[i] = flat.slice(k * dims[1], (k + 1) * dims[1])))
  }
  return out
}

const build = await syntheticBuild(Math.max(1000, Math.ceil(count * 1.2)))
const texts = [...new Set(build.clauses.map((c) => passageText(c)))].slice(0, count)
const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length
const configs: Config[] = [
  { label: 'today: 1 passage a pass, default threads', batch: 1, passages: texts.length },
  { label: '1 passage a pass, 1 thread', threads: 1, batch: 1, passages: texts.length },
  { label: '1 passage a pass, 2 threads', threads: 2, batch: 1, passages: texts.length },
  { label: '8 passages of similar length a pass', batch: 8, passages: Math.min(texts.length, Number(values['batch-passages'])) },
  { label: '32 passages of similar length a pass', batch: 32, passages: Math.min(texts.length, Number(values['batch-passages'])) },
]
console.log(`${texts.length} passages, ${chars.toFixed(0)} characters on average`)
console.log('| configuration | passages | passages/s | min cosine with today | load avg |')
console.log('| --- | ---: | ---: | ---: | --- |')
let reference: Float32Array[] = []
for (const c of configs) {
  const extract = await session(c.threads)
  await extract([texts[0]], { pooling: 'cls', normalize: true })
  const some = texts.slice(0, c.passages)
  const loadBefore = loadavg()[0].toFixed(1)
  const t = performance.now()
  const vectors = await embedAll(extract, some, c.batch)
  const perSecond = some.length / ((performance.now() - t) / 1000)
  if (reference.length === 0) reference = vectors
  let minCos = 1
  vectors.forEach((v, i) => (minCos = Math.min(minCos, v.reduce((s, x, k) => s + x * reference[i][k], 0))))
  console.log(`| ${c.label} | ${some.length} | ${perSecond.toFixed(1)} | ${minCos.toFixed(4)} | ${loadBefore}→${loadavg()[0].toFixed(1)} |`)
}
