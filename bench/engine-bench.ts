/**
 * Engine benchmark: on the same synthetic clauses (bench/synthetic-corpus.ts), index build time, query
 * latency (p50/p95/p99 over a seeded mix of ≥ 1 000 queries, first page of 20, in-process, no HTTP) and
 * exact-phrase recall of the SQLite engine, MiniSearch and Orama.
 *
 *   npx tsx bench/engine-bench.ts [--sizes 10000,100000] [--sqlite-only-sizes 1000000] [--recall 200] [--no-write]
 *
 * Writes the "Engines" section of bench/RESULTS.md.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { normalizeForMatch } from '../indexer/normalize.js'
import { createSegmenter } from '../indexer/segment/segmenter.js'
import { clauseSearchText } from '../server/engine/char-grams.js'
import { loadCorpusBuild } from '../test/fixtures/corpus-build.js'
import { miniSearchBench, oramaBench, sqliteBench, type BenchEngine } from './engine-baselines.js'
import { benchQueries, QUERY_MIX, type BenchQuery, type QueryKind } from './engine-queries.js'
import { writeResultsSection } from './results-file.js'
import { syntheticBuild } from './synthetic-corpus.js'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    'sqlite-only-sizes': { type: 'string', default: '' },
    recall: { type: 'string', default: '200' },
    /** Print the table without replacing the Engines section (for partial runs). */
    'no-write': { type: 'boolean', default: false },
  },
})
const list = (s: string) => s.split(',').filter(Boolean).map(Number)
const runs = [...list(values.sizes!).map((size) => ({ size, baselines: true })), ...list(values['sqlite-only-sizes']!).map((size) => ({ size, baselines: false }))]
const recallSample = Number(values.recall)

const KINDS: QueryKind[] = ['phrase2', 'dictionary', 'free3', 'filtered', 'faceted']
const LABEL: Record<QueryKind, string> = {
  phrase2: '2-char phrase',
  dictionary: 'dictionary term',
  free3: '3-word free text',
  filtered: 'phrase + filter',
  faceted: 'phrase + all facets',
}

interface EngineRow {
  size: number
  engine: string
  buildS: number
  latency: Record<QueryKind, number[]>
  recall: number | null
  precision: number | null
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1))

async function measure(engine: BenchEngine, size: number, build: Awaited<ReturnType<typeof syntheticBuild>>, queries: BenchQuery[], norms: string[]): Promise<EngineRow> {
  global.gc?.()
  let started = performance.now()
  await engine.build(build)
  const buildS = (performance.now() - started) / 1000
  console.log(`  ${engine.name}: built in ${buildS.toFixed(1)} s (${Math.round(size / buildS)} clauses/s)`)

  for (const q of queries.slice(0, 50)) await engine.firstPage(q)
  const latency = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<QueryKind, number[]>
  for (const q of queries) {
    started = performance.now()
    await engine.firstPage(q)
    latency[q.kind].push(performance.now() - started)
  }
  for (const k of KINDS) latency[k].sort((a, b) => a - b)

  // Exact-phrase recall and precision on unfiltered phrase queries, against a substring scan.
  let found = 0
  let expected = 0
  let returned = 0
  const sample = queries.filter((q) => (q.kind === 'phrase2' || q.kind === 'dictionary') && q.phrase).slice(0, recallSample)
  for (const q of sample) {
    const truth = new Set<string>()
    norms.forEach((n, i) => n.includes(q.phrase!) && truth.add(build.clauses[i].id))
    const ids = await engine.allIds(q)
    expected += truth.size
    returned += ids.length
    for (const id of ids) if (truth.has(id)) found++
  }
  const row: EngineRow = { size, engine: engine.name, buildS, latency, recall: expected ? found / expected : null, precision: returned ? found / returned : null }
  console.log(`  ${engine.name}: p95 ${KINDS.map((k) => `${k} ${fmt(percentile(latency[k], 95))}`).join(', ')} ms; recall ${((row.recall ?? 0) * 100).toFixed(1)} %`)
  await engine.close()
  return row
}

const segmenter = createSegmenter()
const real = await loadCorpusBuild()
const rows: EngineRow[] = []
let queryCount = 0
for (const { size, baselines } of runs) {
  console.log(`${size} clauses${baselines ? '' : ' (SQLite only)'}`)
  const build = await syntheticBuild(size)
  const queries = benchQueries(real, build, segmenter)
  queryCount = queries.length
  const norms = build.clauses.map((c) => normalizeForMatch(clauseSearchText(c)))
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-bench-'))
  const engines = [sqliteBench(path.join(dir, 'index.sqlite'), segmenter), ...(baselines ? [miniSearchBench(), oramaBench()] : [])]
  for (const engine of engines) rows.push(await measure(engine, size, build, queries, norms))
  fs.rmSync(dir, { recursive: true, force: true })
}

const lines: string[] = [
  `Synthetic clauses from the real corpus (words shuffled, varied metadata): \`npx tsx bench/engine-bench.ts\`. ${queryCount} queries per size (${KINDS.map((k) => `${QUERY_MIX[k]} ${LABEL[k]}`).join(', ')}), seeded, in-process without HTTP, first page of 20; "all facets" = city, province, year, theme and level counts over the whole result set. Recall and precision: ${recallSample} unfiltered phrase queries against a substring scan of the normalised clause text. The machine is shared with other jobs, so absolute figures carry noise; every engine ran on the same data in the same process.`,
  '',
  '| clauses | engine | build (s) | clauses/s | ' + KINDS.map((k) => `${LABEL[k]} p50 / p95 / p99 (ms)`).join(' | ') + ' | phrase recall | phrase precision |',
  '| ---: | --- | ---: | ---: | ' + KINDS.map(() => '---:').join(' | ') + ' | ---: | ---: |',
]
for (const r of rows) {
  const cells = KINDS.map((k) => [50, 95, 99].map((p) => fmt(percentile(r.latency[k], p))).join(' / '))
  const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`)
  lines.push(`| ${r.size} | ${r.engine} | ${r.buildS.toFixed(1)} | ${Math.round(r.size / r.buildS)} | ${cells.join(' | ')} | ${pct(r.recall)} | ${pct(r.precision)} |`)
}
lines.push('', 'p95 ratios (baseline ÷ SQLite; above 1 means SQLite is faster):', '')
for (const size of [...new Set(rows.map((r) => r.size))]) {
  const sqlite = rows.find((r) => r.size === size && r.engine.startsWith('SQLite'))!
  for (const other of rows.filter((r) => r.size === size && r !== sqlite)) {
    const ratios = KINDS.map((k) => `${LABEL[k]} ${(percentile(other.latency[k], 95) / percentile(sqlite.latency[k], 95)).toFixed(1)}×`)
    lines.push(`- ${size}: ${other.engine}: ${ratios.join(', ')}; build ${(other.buildS / sqlite.buildS).toFixed(2)}× the time`)
  }
}
if (!values['no-write']) writeResultsSection('Engines', lines)
console.log(lines.join('\n'))
