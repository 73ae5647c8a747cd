/**
 * How the graph's stored vectors (f16, i8, f32) change the graph itself, measured raw on usearch, outside the
 * engine: `npx tsx bench/graph-quantization.ts [--size 100000] [--kinds f16,i8] [--ef 1024,2048]`.
 *
 * 1. Cosine error: how far the graph's cosine (1 − usearch's distance) lies from the exact f32 cosine, over
 *    every question × neighbour pair of a deep search, on the bundled clauses' real bge-small-zh vectors and on
 *    20k SYNTHETIC ones (bench/synthetic-vectors.ts). ann-index.ts's `cosineShortfall` per kind comes from this.
 * 2. Per kind at `--size` SYNTHETIC vectors (M and build list as annOptions): build time on the machine's
 *    threads, search p50 / p95 per search list (the evaluation questions × 3), and recall@10 / @100 of the
 *    list against the exact top 100.
 * Prints the rows; bench/RESULTS.md ("Vector graph quantization") quotes them.
 */
import { cpus, loadavg } from 'node:os'
import { createRequire } from 'node:module'
import { parseArgs } from 'node:util'
import type * as Usearch from 'usearch'
import { passageText } from '../indexer/embed/passage-text.js'
import { annOptions } from '../server/engine/sqlite/ann-index.js'
import { loadEmbedder } from '../server/semantic/embedder.js'
import { loadCorpusBuild } from '../test/fixtures/corpus-build.js'
import { EVAL_QUESTIONS } from '../test/eval/judgments.js'
import { syntheticVectors } from './synthetic-vectors.js'

const { Index, MetricKind, ScalarKind } = createRequire(import.meta.url)('usearch') as typeof Usearch
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    kinds: { type: 'string', default: 'f16,i8' },
    ef: { type: 'string', default: '1024,2048,4096' },
  },
})
const SCALARS = { f16: ScalarKind.F16, i8: ScalarKind.I8, f32: ScalarKind.F32 } as const
type Kind = keyof typeof SCALARS
const kinds = values.kinds!.split(',') as Kind[]
for (const k of kinds) if (!(k in SCALARS)) throw new Error(`--kinds: unknown kind ${k} (f16, i8 or f32)`)
const searchLists = values.ef!.split(',').map(Number)
const size = Number(values.size)

const embedder = await loadEmbedder()
if (!embedder) throw new Error('This benchmark needs the embedding model (see server/semantic/embedder.ts).')
const build = await loadCorpusBuild()
const real = await embedder.embedPassages(build.clauses.map((c) => passageText(c)))
const dimension = real[0].length
const queries = await Promise.all(EVAL_QUESTIONS.map((q) => embedder.embedQuery(q.query)))
const pct = (s: number[], p: number) => s.slice().sort((a, b) => a - b)[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]

/** Row-major vectors with keys 1…n (usearch keys are bigint). */
function flatten(vectors: Float32Array[]): { flat: Float32Array; keys: BigUint64Array } {
  const flat = new Float32Array(vectors.length * dimension)
  vectors.forEach((v, i) => flat.set(v, i * dimension))
  return { flat, keys: BigUint64Array.from(vectors, (_, i) => BigInt(i + 1)) }
}

function graph(kind: Kind, searchList: number): Usearch.Index {
  return new Index({
    dimensions: dimension,
    metric: MetricKind.Cos,
    quantization: SCALARS[kind],
    connectivity: annOptions.connectivity,
    expansion_add: annOptions.expansionAdd,
    expansion_search: searchList,
    multi: false,
  })
}

const dot = (flat: Float32Array, row: number, q: Float32Array) => {
  let d = 0
  for (let k = 0; k < dimension; k++) d += flat[row * dimension + k] * q[k]
  return d
}

console.log(`graph-quantization · ${new Date().toISOString()} · ${cpus().length} cores · load ${loadavg()[0].toFixed(1)} · M ${annOptions.connectivity}, build list ${annOptions.expansionAdd}`)
console.log('\nCosine error, graph − exact, every question × neighbour pair of a 2 048-deep search:')
const synthetic = [...syntheticVectors(Array.from({ length: 20_000 }, (_, i) => String(i)), real, dimension, 'bench').byId.values()]
for (const kind of kinds) {
  for (const [label, vectors] of [[`${real.length} real`, real], ['20000 SYNTHETIC', synthetic]] as const) {
    const { flat, keys } = flatten(vectors)
    const index = graph(kind, 2048)
    index.add(keys, flat, cpus().length)
    const errors: number[] = []
    for (const q of queries) {
      const found = index.search(q, Math.min(vectors.length, 2048), 0)
      for (let j = 0; j < found.keys.length; j++) errors.push(1 - found.distances[j] - dot(flat, Number(found.keys[j]) - 1, q))
    }
    const abs = errors.map(Math.abs)
    const e = (x: number) => x.toExponential(1)
    console.log(`  ${kind} · ${label}: ${errors.length} pairs · |error| p50 ${e(pct(abs, 50))}, p99 ${e(pct(abs, 99))}, max ${e(Math.max(...abs))} · signed ${e(Math.min(...errors))} … ${e(Math.max(...errors))}`)
  }
}

console.log(`\n${size} SYNTHETIC vectors, searched raw (${queries.length} questions × 3; recall of the search list against the exact top 100):`)
const vectors = [...syntheticVectors(Array.from({ length: size }, (_, i) => String(i)), real, dimension, 'bench').byId.values()]
const { flat, keys } = flatten(vectors)
const exactTop = queries.map((q) => {
  const sims = Float32Array.from({ length: size }, (_, row) => dot(flat, row, q))
  return new Set(Array.from(sims.keys()).sort((a, b) => sims[b] - sims[a]).slice(0, 100).map((row) => row + 1))
})
const exactTop10 = exactTop.map((top) => new Set([...top].slice(0, 10)))
console.log('| kind | build (s) | search list | p50 / p95 (ms) | recall@10 | recall@100 |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
for (const kind of kinds) {
  const started = performance.now()
  const index = graph(kind, Math.min(...searchLists))
  index.add(keys, flat, cpus().length)
  const buildSeconds = (performance.now() - started) / 1000
  // usearch searches with a list of max(k, expansion_search), and the JS API cannot change the latter after
  // construction: asking for `ef` neighbours is a search with a list of `ef`, as the engine does.
  for (const ef of searchLists) {
    const times: number[] = []
    let hit10 = 0
    let hit100 = 0
    for (let round = 0; round < 3; round++) {
      queries.forEach((q, i) => {
        const t = performance.now()
        const found = index.search(q, ef, 0)
        times.push(performance.now() - t)
        if (round > 0) return
        const got = new Set(Array.from(found.keys, Number))
        for (const key of exactTop10[i]) if (got.has(key)) hit10++
        for (const key of exactTop[i]) if (got.has(key)) hit100++
      })
    }
    const recall = (hits: number, per: number) => (hits / queries.length / per).toFixed(3)
    console.log(`| ${kind} | ${buildSeconds.toFixed(0)} | ${ef} | ${pct(times, 50).toFixed(1)} / ${pct(times, 95).toFixed(1)} | ${recall(hit10, 10)} | ${recall(hit100, 100)} |`)
  }
}
