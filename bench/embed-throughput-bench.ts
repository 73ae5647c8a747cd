/**
 * Embedding throughput of the model under different session settings, on the same passages in one run:
 * `npx tsx bench/embed-throughput-bench.ts [--passages 2000] [--batch-passages 500]`.
 *
 * Passages are the distinct passage texts (indexer/embed/passage-text.ts) of the synthetic corpus
 * (bench/synthetic-corpus.ts, built from real clause text). Each configuration loads its own session and
 * embeds the passages shortest first; "min cosine" compares every vector with today's configuration
 * (one passage per forward pass, default threads, no spinning), since the int8 model quantises activations
 * per batch and batch mates change a passage's vector. Batched rows run on the first --batch-passages only
 * (they are slow). "2 sessions" splits the passages between two worker threads, each with its own one-thread
 * session; "cut to N characters" embeds shorter passages (it changes the vectors, hence the cosine column).
 * Prints a markdown table for bench/RESULTS.md ("Semantic").
 */
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { cutToLength, passageText } from '../indexer/embed/passage-text.js'
import { locateModel } from '../server/semantic/model-location.js'
import { loadEmbedder } from '../server/semantic/embedder.js'
import { embedderPool } from '../server/semantic/embedder-pool.js'
import { syntheticBuild } from './synthetic-corpus.js'

const { values } = parseArgs({ options: { passages: { type: 'string', default: '2000' }, 'batch-passages': { type: 'string', default: '500' } } })
const count = Number(values.passages)

type Extract = (texts: string[], options: { pooling: 'cls'; normalize: boolean }) => Promise<{ data: ArrayLike<number>; dims: number[] }>

interface Config {
  label: string
  threads?: number
  batch: number
  passages: number
  /** Worker threads, each with its own session, sharing the passages (default: one session here). */
  sessions?: number
  /** Passages cut to this many characters (passage-text.ts cutToLength). */
  maxChars?: number
  /**
   * The indexer's own embedder (server/semantic/embedder-pool.ts) with this many sessions, asked 32 passages a call
   * as indexer/embed/embed-clauses.ts asks; the clock includes starting the sessions.
   */
  indexerSessions?: number
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

if (!isMainThread) {
  // One session of a "sessions" row: embeds its share when told to, then hands the vectors back.
  const { texts, threads } = workerData as { texts: string[]; threads?: number }
  const extract = await session(threads)
  await extract([texts[0]], { pooling: 'cls', normalize: true })
  parentPort!.postMessage('ready')
  parentPort!.once('message', async () => parentPort!.postMessage(await embedAll(extract, texts, 1)))
} else {
  await main()
}

/** Under tsx a worker thread cannot load TypeScript by itself on Node 20: it registers tsx's loader first. */
function startSession(texts: string[], threads?: number): Worker {
  const code = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}) })`
  return new Worker(code, { eval: true, workerData: { texts, threads } })
}

/** Embeds `texts` split over `sessions` worker threads; the clock starts once every session is loaded. */
async function embedInSessions(texts: string[], sessions: number, threads?: number): Promise<{ vectors: Float32Array[]; seconds: number }> {
  const shares = Array.from({ length: sessions }, (_, k) => texts.map((_, i) => i).filter((i) => i % sessions === k))
  const workers = shares.map((share) => startSession(share.map((i) => texts[i]), threads))
  const next = (w: Worker) => new Promise<unknown>((resolve, reject) => (w.once('message', resolve), w.once('error', reject)))
  await Promise.all(workers.map(next))
  const t = performance.now()
  const parts = (await Promise.all(workers.map((w) => (w.postMessage('go'), next(w))))) as Float32Array[][]
  const seconds = (performance.now() - t) / 1000
  await Promise.all(workers.map((w) => w.terminate()))
  const vectors = new Array<Float32Array>(texts.length)
  shares.forEach((share, k) => share.forEach((i, j) => (vectors[i] = parts[k][j])))
  return { vectors, seconds }
}

async function embedAsIndexer(texts: string[], sessions: number): Promise<{ vectors: Float32Array[]; seconds: number }> {
  const local = await loadEmbedder()
  if (!local) throw new Error('The embedding model is not installed (see server/semantic/embedder.ts).')
  await local.embedPassages([texts[0]])
  const embedder = embedderPool(local, { sessions })
  const t = performance.now()
  const vectors: Float32Array[] = []
  for (let at = 0; at < texts.length; at += 32) vectors.push(...(await embedder.embedPassages(texts.slice(at, at + 32))))
  const seconds = (performance.now() - t) / 1000
  await embedder.close?.()
  return { vectors, seconds }
}

async function main(): Promise<void> {
  const build = await syntheticBuild(Math.max(1000, Math.ceil(count * 1.2)))
  const texts = [...new Set(build.clauses.map((c) => passageText(c)))].slice(0, count)
  const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length
  const configs: Config[] = [
    { label: 'today: 1 passage a pass, default threads', batch: 1, passages: texts.length },
    { label: '1 passage a pass, 1 thread', threads: 1, batch: 1, passages: texts.length },
    { label: '1 passage a pass, 2 threads', threads: 2, batch: 1, passages: texts.length },
    { label: '8 passages of similar length a pass', batch: 8, passages: Math.min(texts.length, Number(values['batch-passages'])) },
    { label: '32 passages of similar length a pass', batch: 32, passages: Math.min(texts.length, Number(values['batch-passages'])) },
    { label: '2 sessions of 1 thread (worker threads), 1 passage a pass', sessions: 2, threads: 1, batch: 1, passages: texts.length },
    { label: 'passages cut to 160 characters, 1 passage a pass', maxChars: 160, batch: 1, passages: texts.length },
    { label: "the indexer's embedder, 1 session (EMBED_SESSIONS=1), 32 passages a call", indexerSessions: 1, batch: 1, passages: texts.length },
    { label: "the indexer's embedder, 2 sessions (EMBED_SESSIONS=2), 32 passages a call, sessions' start included", indexerSessions: 2, batch: 1, passages: texts.length },
  ]
  console.log(`${texts.length} passages, ${chars.toFixed(0)} characters on average`)
  console.log('| configuration | passages | passages/s | min cosine with today | load avg |')
  console.log('| --- | ---: | ---: | ---: | --- |')
  let reference: Float32Array[] = []
  for (const c of configs) {
    const some = texts.slice(0, c.passages).map((t) => (c.maxChars ? cutToLength(t, c.maxChars) : t))
    const loadBefore = loadavg()[0].toFixed(1)
    let vectors: Float32Array[]
    let seconds: number
    if (c.sessions) ({ vectors, seconds } = await embedInSessions(some, c.sessions, c.threads))
    else if (c.indexerSessions) ({ vectors, seconds } = await embedAsIndexer(some, c.indexerSessions))
    else {
      const extract = await session(c.threads)
      await extract([texts[0]], { pooling: 'cls', normalize: true })
      const t = performance.now()
      vectors = await embedAll(extract, some, c.batch)
      seconds = (performance.now() - t) / 1000
    }
    const perSecond = some.length / seconds
    if (reference.length === 0) reference = vectors
    let minCos = 1
    vectors.forEach((v, i) => (minCos = Math.min(minCos, v.reduce((s, x, k) => s + x * reference[i][k], 0))))
    console.log(`| ${c.label} | ${some.length} | ${perSecond.toFixed(1)} | ${minCos.toFixed(4)} | ${loadBefore}→${loadavg()[0].toFixed(1)} |`)
  }
}
