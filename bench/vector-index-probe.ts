/**
 * Semantic latency and recall on a large synthetic index kept between runs, for sizes whose index takes too
 * long to write on every run (300k: ≈ 20 min on 2 shared cores):
 * `npx tsx bench/vector-index-probe.ts --size 300000 --index-dir /tmp/vf [--baseline /tmp/vf/base] [--ef 2048] [--m 32] [--efc 256] [--quant i8] [--only city]`.
 *
 * The first run writes `<dir>/exact-<size>.sqlite` (no graph) and `<dir>/graph-<size>.sqlite` (graph) from
 * bench/synthetic-corpus.ts clauses and bench/synthetic-vectors.ts vectors (SYNTHETIC: the bundled clauses'
 * real vectors plus noise); later runs reuse them. Then, per filter case of bench/vector-search-bench.ts,
 * recall@10 of the graph engine against the exact engine, and wall and CPU time p50 / p95 of the graph
 * engine (semantic mode, 20 hits, facets on unless said, the evaluation questions × 4), after the
 * `--baseline` engine (another commit's server/, see vector-search-bench.ts) on the same file when given.
 * Prints the rows; bench/RESULTS.md ("Vector search") quotes them.
 */
import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { passageText } from '../indexer/embed/passage-text.js'
import { createSegmenter } from '../indexer/segment/segmenter.js'
import { annOptions, isQuantization, searchListFor } from '../server/engine/sqlite/ann-index.js'
import { openSqliteEngine } from '../server/engine/sqlite/sqlite-engine.js'
import type { SearchEngine, SearchFilters, SearchQuery } from '../server/engine/types.js'
import { parseQuery } from '../server/query/parse-query.js'
import { loadEmbedder } from '../server/semantic/embedder.js'
import { loadCorpusBuild } from '../test/fixtures/corpus-build.js'
import { EVAL_QUESTIONS } from '../test/eval/judgments.js'
import { syntheticBuild } from './synthetic-corpus.js'
import { syntheticVectors } from './synthetic-vectors.js'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '300000' },
    'index-dir': { type: 'string', default: '/tmp/vector-index-probe' },
    baseline: { type: 'string', default: '' },
    ef: { type: 'string', default: '' },
    /** HNSW edges per node of the graph written (usearch's M; default annOptions.connectivity); its own file. */
    m: { type: 'string', default: '' },
    /** Candidate list while building the graph (usearch's ef_construction; default annOptions.expansionAdd); its own file. */
    efc: { type: 'string', default: '' },
    /** How the graph written stores its vectors (f16 or i8; default annOptions.quantization); its own file. */
    quant: { type: 'string', default: '' },
    only: { type: 'string', default: '' },
  },
})
const size = Number(values.size)
const pct = (s: number[], p: number) => s.slice().sort((a, b) => a - b)[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]
const pair = (s: number[]) => `${pct(s, 50).toFixed(1)} / ${pct(s, 95).toFixed(1)}`

const embedder = await loadEmbedder()
if (!embedder) throw new Error('The probe needs the embedding model (see server/semantic/embedder.ts).')
const tokenizer = createSegmenter()
const questions = await Promise.all(EVAL_QUESTIONS.map(async (q) => ({ query: parseQuery(q.query, tokenizer), vector: await embedder.embedQuery(q.query) })))
if (values.m) annOptions.connectivity = Number(values.m)
if (values.efc) annOptions.expansionAdd = Number(values.efc)
if (values.quant) {
  if (!isQuantization(values.quant)) throw new Error(`--quant: f16 or i8, not ${values.quant}`)
  annOptions.quantization = values.quant
}
const graphName = `graph-${size}${values.m ? `-m${values.m}` : ''}${values.efc ? `-efc${values.efc}` : ''}${values.quant ? `-${values.quant}` : ''}.sqlite`
const files = { exact: join(values['index-dir']!, `exact-${size}.sqlite`), graph: join(values['index-dir']!, graphName) }
if (!existsSync(files.exact) || !existsSync(files.graph)) {
  const build = await syntheticBuild(size)
  const real = await embedder.embedPassages((await loadCorpusBuild()).clauses.map((c) => passageText(c)))
  const vectors = syntheticVectors(build.clauses.map((c) => c.id), real, embedder.dimension, embedder.modelId)
  const saved = annOptions.minVectors
  for (const [file, minVectors] of [[files.exact, Infinity], [files.graph, 0]] as const) {
    if (existsSync(file)) continue
    annOptions.minVectors = minVectors
    const engine = await openSqliteEngine({ path: file, matchCache: 0 })
    const t = performance.now()
    await engine.replaceAll(build, vectors)
    await engine.close()
    console.log(`${file} written in ${((performance.now() - t) / 1000).toFixed(0)} s`)
  }
  annOptions.minVectors = saved
}
if (values.ef) annOptions.fixedSearchList = Number(values.ef)

// The filters come from the index file, not from today's synthetic corpus: a file kept from an earlier run was
// written from the corpus as it was then.
const file = new Database(files.graph, { readonly: true })
const city = file.prepare('SELECT city FROM clauses WHERE city IS NOT NULL GROUP BY city ORDER BY count(*) DESC, city LIMIT 1').pluck().get() as string
const cityClauses = file.prepare('SELECT count(*) FROM clauses WHERE city = ?').pluck().get(city) as number
const theme = file.prepare('SELECT theme FROM clause_theme GROUP BY theme ORDER BY count(*) DESC, theme LIMIT 1').pluck().get() as string
const one = file
  .prepare('SELECT city, province, year, level FROM clauses JOIN clause_theme ON clause_rowid = clauses.rowid WHERE city = ? AND theme = ? LIMIT 1')
  .get(city, theme) as { city: string; province: string; year: number; level: string }
file.close()
const cases: [string, SearchFilters, boolean][] = [
  ['no filter, facets off', {}, false],
  ['no filter, 5 facets', {}, true],
  ['years 2020–2024, 5 facets', { yearFrom: 2020, yearTo: 2024 }, true],
  [`city ${city}, 5 facets`, { city: [city] }, true],
  [`city + theme ${theme}, 5 facets`, { city: [city], theme: [theme] }, true],
  ['city, province, year, theme, level, 5 facets', { city: [one.city], province: [one.province], year: [one.year], theme: [theme], level: [one.level] }, true],
]
const ask = (engine: SearchEngine, q: (typeof questions)[number], filters: SearchFilters, facets: boolean, limit: number) =>
  engine.search({ query: q.query, filters, mode: 'semantic', vector: q.vector, sort: 'relevance', offset: 0, limit, facets } satisfies SearchQuery)

const exact = await openSqliteEngine({ path: files.exact, matchCache: 0 })
const graph = await openSqliteEngine({ path: files.graph, matchCache: 0 })
if (values.baseline && values.ef) {
  // The baseline's own module: the same search list, so that only the code differs.
  ;((await import(join(values.baseline, 'server/engine/sqlite/ann-index.ts'))) as { annOptions: typeof annOptions }).annOptions.fixedSearchList = Number(values.ef)
}
const before = values.baseline
  ? await ((await import(join(values.baseline, 'server/engine/sqlite/sqlite-engine.ts'))) as { openSqliteEngine: typeof openSqliteEngine }).openSqliteEngine({ path: files.graph, matchCache: 0 })
  : null
console.log(`${size} clauses (SYNTHETIC vectors), city ${city}: ${cityClauses} clauses; M ${annOptions.connectivity}, ${annOptions.quantization} graph, ef ${values.ef || `${searchListFor(size)} (grows with the index)`}; load ${loadavg()[0].toFixed(1)}`)
console.log(`| filters |${before ? ' graph before p50 / p95 (ms) |' : ''} graph now p50 / p95 (ms) | now, CPU time p50 / p95 (ms) | recall@10 now |`)
for (const [label, filters, facets] of cases) {
  if (values.only && !label.startsWith(values.only)) continue
  let recall = 0
  for (const q of questions) {
    const truth = new Set((await ask(exact, q, filters, facets, 10)).hits.map((h) => h.clause.id))
    const found = (await ask(graph, q, filters, facets, 10)).hits.map((h) => h.clause.id)
    recall += truth.size === 0 ? 1 : found.filter((id) => truth.has(id)).length / truth.size
  }
  const samples = { before: [] as number[], wall: [] as number[], cpu: [] as number[] }
  for (let r = 0; r < 4; r++) {
    for (const q of questions) {
      if (before) {
        const t = performance.now()
        await ask(before, q, filters, facets, 20)
        samples.before.push(performance.now() - t)
      }
      const t = performance.now()
      const cpu = process.cpuUsage()
      await ask(graph, q, filters, facets, 20)
      samples.wall.push(performance.now() - t)
      const used = process.cpuUsage(cpu)
      samples.cpu.push((used.user + used.system) / 1000)
    }
  }
  console.log(`| ${label} |${before ? ` ${pair(samples.before)} |` : ''} ${pair(samples.wall)} | ${pair(samples.cpu)} | ${(recall / questions.length).toFixed(3)} |`)
}
console.log(`load ${loadavg()[0].toFixed(1)}`)
await Promise.all([exact.close(), graph.close(), before?.close()])
