/**
 * Vector search at scale, for bench/semantic-bench.ts: the same clauses and vectors indexed with the exact
 * scan and with the HNSW graph (server/engine/sqlite/ann-index.ts), and the candidate packages measured
 * raw on the same vectors: recall@10 against the exact scan, latency, memory held per engine.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type * as Usearch from 'usearch'
import { annOptions, searchListFor } from '../server/engine/sqlite/ann-index.js'
import { openSqliteEngine } from '../server/engine/sqlite/sqlite-engine.js'
import type { IndexBuild } from '../indexer/types.js'
import type { ClauseVectors, ParsedQuery, SearchEngine, SearchFilters, SearchQuery } from '../server/engine/types.js'

const require = createRequire(import.meta.url)
const { Index, MetricKind, ScalarKind } = require('usearch') as typeof Usearch

export interface Question {
  query: ParsedQuery
  vector: Float32Array
}

function percentile(samples: number[], p: number): number {
  const sorted = samples.slice().sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const ms = (x: number) => x.toFixed(1)
const load = () => loadavg()[0].toFixed(1)

function timed(samples: number[], fn: () => void): void {
  const t = performance.now()
  fn()
  samples.push(performance.now() - t)
}

async function timedAsync<T>(samples: number[], fn: () => Promise<T>): Promise<T> {
  const t = performance.now()
  const out = await fn()
  samples.push(performance.now() - t)
  return out
}

const recallAt10 = (found: (string | number)[], truth: (string | number)[]) => {
  const top = new Set(truth.slice(0, 10))
  return top.size === 0 ? 1 : found.slice(0, 10).filter((x) => top.has(x)).length / top.size
}

/** Filters shaped like the portal's: none, a broad year range, a narrow city, city + theme, and all five fields. */
function filterCases(build: IndexBuild): { label: string; filters: SearchFilters }[] {
  const count = <T>(values: T[]) => [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<T, number>())].sort((a, b) => b[1] - a[1])
  const city = count(build.clauses.map((c) => c.city).filter((c): c is string => !!c))[0][0]
  const theme = count(build.clauses.flatMap((c) => c.themes))[0][0]
  const one = build.clauses.find((c) => c.city === city && c.themes.includes(theme))!
  return [
    { label: 'no filter', filters: {} },
    { label: 'years 2020–2024', filters: { yearFrom: 2020, yearTo: 2024 } },
    { label: `city ${city}`, filters: { city: [city] } },
    { label: `city + theme ${theme}`, filters: { city: [city], theme: [theme] } },
    {
      label: 'city, province, year, theme, level',
      filters: { city: [one.city!], province: [one.province!], year: [one.year!], theme: [theme], level: [one.level!] },
    },
  ]
}

/**
 * `baseline`: a folder holding another commit's server/ (e.g. `git archive <commit> server | tar -x -C dir`
 * with node_modules linked): its engine searches the same graph index in the same run, as "before".
 */
export async function benchVectorSearch(build: IndexBuild, vectors: ClauseVectors, questions: Question[], label: string, repeat: number, packages = true, baseline = ''): Promise<string[]> {
  const size = build.clauses.length
  const dir = mkdtempSync(join(tmpdir(), 'vector-bench-'))
  const lines: string[] = []
  try {
    const saved = annOptions.minVectors
    const exactFile = join(dir, 'exact.sqlite')
    const graphFile = join(dir, 'graph.sqlite')
    annOptions.minVectors = Number.POSITIVE_INFINITY
    const exactEngine = await openSqliteEngine({ path: exactFile, matchCache: 0 })
    await exactEngine.replaceAll(build, vectors)
    annOptions.minVectors = 0
    const graphEngine = await openSqliteEngine({ path: graphFile, matchCache: 0 })
    let t = performance.now()
    const loadBefore = load()
    await graphEngine.replaceAll(build, vectors)
    const graphWriteMs = performance.now() - t
    annOptions.minVectors = saved
    const annBytes = annChunkBytes(graphFile)
    console.log(`${size}: index with the graph written in ${(graphWriteMs / 1000).toFixed(0)} s (load ${loadBefore}→${load()}); graph ${(annBytes / 2 ** 20).toFixed(0)} MiB`)

    const memory = { exact: await heldBy(exactEngine, questions[0]), graph: await heldBy(graphEngine, questions[0]) }
    const beforeEngine = baseline ? await openBaseline(baseline, graphFile) : null
    const cases = filterCases(build)
    const engineRows: string[] = []
    const pair = (samples: number[]) => `${ms(percentile(samples, 50))} / ${ms(percentile(samples, 95))}`
    for (const c of cases) {
      for (const facets of c.label === 'no filter' ? [false, true] : [true]) {
        const ask = (engine: SearchEngine, q: Question, limit = 20) => engine.search(semanticQuery(q, c.filters, facets, limit))
        const samples = { exact: [] as number[], before: [] as number[], graph: [] as number[], cpu: [] as number[] }
        const recall = { before: 0, graph: 0 }
        for (const q of questions) {
          const truth = (await ask(exactEngine, q, 10)).hits.map((h) => h.clause.id)
          recall.graph += recallAt10((await ask(graphEngine, q, 10)).hits.map((h) => h.clause.id), truth)
          if (beforeEngine) recall.before += recallAt10((await ask(beforeEngine, q, 10)).hits.map((h) => h.clause.id), truth)
        }
        for (let r = 0; r < repeat; r++) {
          for (const q of questions) {
            await timedAsync(samples.exact, () => ask(exactEngine, q))
            if (beforeEngine) await timedAsync(samples.before, () => ask(beforeEngine, q))
            const cpu = process.cpuUsage()
            await timedAsync(samples.graph, () => ask(graphEngine, q))
            const used = process.cpuUsage(cpu)
            samples.cpu.push((used.user + used.system) / 1000)
          }
        }
        const before = beforeEngine ? ` ${pair(samples.before)} | ${(recall.before / questions.length).toFixed(3)} |` : ''
        const row = `| ${c.label}${facets ? ', 5 facets' : ', facets off'} | ${pair(samples.exact)} |${before} ${pair(samples.graph)} | ${pair(samples.cpu)} | ${(recall.graph / questions.length).toFixed(3)} |`
        console.log(row)
        engineRows.push(row)
      }
    }
    await exactEngine.close()
    await graphEngine.close()
    await beforeEngine?.close()

    const packageRows = packages ? await rawPackages(vectors, questions, repeat) : ['| (not run: `--no-packages`) | | | | |']
    lines.push(
      `**${size} clauses, ${label}.** Search through the SQLite engine (semantic mode, 20 hits, the ${questions.length} evaluation questions × ${repeat} after a warm-up; query embedding not included); recall@10 of the graph engine against the exact engine, same filters. Load average ${loadBefore}→${load()} on 2 shared cores: latencies include waiting for the cores.`,
      '',
      baseline
        ? '| filters | exact scan p50 / p95 (ms) | graph before p50 / p95 (ms) | recall@10 before | graph now p50 / p95 (ms) | now, CPU time p50 / p95 (ms) | recall@10 now |'
        : '| filters | exact scan p50 / p95 (ms) | HNSW graph p50 / p95 (ms) | HNSW graph, CPU time p50 / p95 (ms) | recall@10 |',
      baseline ? '| --- | ---: | ---: | ---: | ---: | ---: | ---: |' : '| --- | ---: | ---: | ---: | ---: |',
      ...engineRows,
      '',
      `Graph: usearch ${annOptions.quantization}, M ${annOptions.connectivity}, ef ${searchListFor(build.clauses.length)} while searching. Memory one engine (one thread) holds after its first semantic query: exact scan ${(memory.exact / 2 ** 20).toFixed(0)} MiB of vectors per thread; graph ${(memory.graph / 2 ** 20).toFixed(0)} MiB per thread, plus the ${(annBytes / 2 ** 20).toFixed(0)} MiB graph file memory-mapped once per machine (shared by every thread and process through the page cache). Index written with the graph in ${(graphWriteMs / 1000).toFixed(0)} s.`,
      '',
      'The packages measured raw on the same vectors (unfiltered unless said; recall@10 against the exact scan; build time on 2 shared cores):',
      '',
      '| package, configuration | build (s) | p50 / p95 (ms) | recall@10 | filters inside the search? |',
      '| --- | ---: | ---: | ---: | --- |',
      ...packageRows,
    )
    return lines
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The engine of another commit (see benchVectorSearch), opened on the same index file. */
async function openBaseline(dir: string, file: string): Promise<SearchEngine> {
  const module = (await import(join(dir, 'server/engine/sqlite/sqlite-engine.ts'))) as { openSqliteEngine: typeof openSqliteEngine }
  return module.openSqliteEngine({ path: file, matchCache: 0 })
}

function semanticQuery(q: Question, filters: SearchFilters, facets: boolean, limit: number): SearchQuery {
  return { query: q.query, filters, mode: 'semantic', vector: q.vector, sort: 'relevance', offset: 0, limit, facets }
}

function annChunkBytes(file: string): number {
  const db = new Database(file, { readonly: true })
  try {
    return (db.prepare('SELECT coalesce(sum(length(data)), 0) FROM ann_chunks').pluck().get() as number) ?? statSync(file).size
  } finally {
    db.close()
  }
}

/** ArrayBuffer bytes an engine holds after loading its vectors (the exact matrix, or the graph's bookkeeping). */
async function heldBy(engine: SearchEngine, q: Question): Promise<number> {
  globalThis.gc?.()
  const before = process.memoryUsage().arrayBuffers
  await engine.search(semanticQuery(q, {}, true, 20))
  globalThis.gc?.()
  return Math.max(0, process.memoryUsage().arrayBuffers - before)
}

/** usearch i8 and f16, and sqlite-vec binary + exact re-scoring, on the same vectors, outside the engine. */
async function rawPackages(vectors: ClauseVectors, questions: Question[], repeat: number): Promise<string[]> {
  const d = vectors.dimension
  const list = [...vectors.byId.values()]
  const n = list.length
  const flat = new Float32Array(n * d)
  list.forEach((v, i) => flat.set(v, i * d))
  const exactTop = (q: Float32Array, k: number, accept: (i: number) => boolean = () => true) => {
    const scored: [number, number][] = []
    for (let i = 0; i < n; i++) {
      if (!accept(i)) continue
      let s = 0
      for (let k2 = 0; k2 < d; k2++) s += flat[i * d + k2] * q[k2]
      scored.push([s, i])
    }
    return scored.sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, k).map((x) => x[1])
  }
  const truth = questions.map((q) => exactTop(q.vector, 10))
  const rows: string[] = []

  for (const [name, kind] of [['usearch HNSW f16 (M 16, ef 256)', ScalarKind.F16], ['usearch HNSW i8 (M 16, ef 256)', ScalarKind.I8]] as const) {
    const index = new Index({ dimensions: d, metric: MetricKind.Cos, quantization: kind, connectivity: 16, expansion_add: 128, expansion_search: 256, multi: false })
    const keys = BigUint64Array.from({ length: n }, (_, i) => BigInt(i))
    let t = performance.now()
    index.add(keys, flat, 2)
    const buildS = (performance.now() - t) / 1000
    for (const k of [10, 1000]) {
      const samples: number[] = []
      let recall = 0
      questions.forEach((q, i) => (recall += recallAt10(Array.from(index.search(q.vector, k, 1).keys, Number), truth[i])))
      for (let r = 0; r < repeat; r++) for (const q of questions) timed(samples, () => index.search(q.vector, k, 1))
      const row = `| ${name}, k = ${k} | ${buildS.toFixed(0)} | ${ms(percentile(samples, 50))} / ${ms(percentile(samples, 95))} | ${(recall / questions.length).toFixed(3)} | no (JS API has no predicate) |`
      console.log(row)
      rows.push(row)
    }
  }

  // sqlite-vec: a brute-force scan of sign bits (64 bytes a vector) with a metadata column, then exact cosine.
  const sqliteVec = require('sqlite-vec') as { load(db: Database.Database): void }
  const db = new Database(':memory:')
  sqliteVec.load(db)
  db.exec(`CREATE VIRTUAL TABLE v USING vec0(embedding bit[${d}], bucket integer)`)
  const insert = db.prepare('INSERT INTO v (rowid, embedding, bucket) VALUES (?, vec_quantize_binary(?), ?)')
  let t = performance.now()
  db.transaction(() => list.forEach((v, i) => insert.run(BigInt(i + 1), Buffer.from(v.buffer, v.byteOffset, v.byteLength), BigInt(i % 20))))()
  const buildS = (performance.now() - t) / 1000
  for (const [candidates, filtered] of [[100, false], [400, false], [400, true]] as const) {
    const stmt = db.prepare(`SELECT rowid FROM v WHERE embedding MATCH vec_quantize_binary(?) AND k = ${candidates}${filtered ? ' AND bucket = 3' : ''}`).pluck()
    const search = (q: Float32Array) => {
      const ids = (stmt.all(Buffer.from(q.buffer, q.byteOffset, q.byteLength)) as number[]).map((r) => r - 1)
      const scored = ids.map((i) => {
        let s = 0
        for (let k2 = 0; k2 < d; k2++) s += flat[i * d + k2] * q[k2]
        return [s, i] as const
      })
      return scored.sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, 10).map((x) => x[1])
    }
    let recall = 0
    questions.forEach((q, i) => (recall += recallAt10(search(q.vector), filtered ? exactTop(q.vector, 10, (j) => j % 20 === 3) : truth[i])))
    const samples: number[] = []
    for (let r = 0; r < repeat; r++) for (const q of questions) timed(samples, () => search(q.vector))
    const row = `| sqlite-vec 0.1.9 bit[${d}], ${candidates} candidates re-scored exactly${filtered ? ', metadata filter (1/20 of rows)' : ''} | ${buildS.toFixed(0)} | ${ms(percentile(samples, 50))} / ${ms(percentile(samples, 95))} | ${(recall / questions.length).toFixed(3)} | yes (metadata columns; no multi-valued theme) |`
    console.log(row)
    rows.push(row)
  }
  db.close()
  return rows
}
