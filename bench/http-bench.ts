/**
 * HTTP benchmark, one run on one index (synthetic clauses built from the real ones):
 *  1. overhead of the HTTP layer: the same queries answered by the engine in-process (parse + search with
 *     facets, as the route asks) and through GET /api/search on the real server (validation, snippets,
 *     citations, JSON, logging, loopback HTTP); p50/p95 of each, interleaved query by query;
 *  2. throughput: autocannon for 20 s at 50 connections on the mixed queries against the server in its own
 *     process (loopback only): requests/s, latency p50/p99, errors.
 *
 *   npx tsx bench/http-bench.ts [--clauses 10000] [--duration 20] [--connections 50]
 *
 * Writes the "Server" section of bench/RESULTS.md.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { createSegmenter } from '../indexer/segment/segmenter.js'
import { openSqliteEngine } from '../server/engine/sqlite/sqlite-engine.js'
import type { SearchFilters } from '../server/engine/types.js'
import { parseQuery } from '../server/query/parse-query.js'
import { loadCorpusBuild } from '../test/fixtures/corpus-build.js'
import { benchQueries, type BenchQuery } from './engine-queries.js'
import { writeResultsSection } from './results-file.js'
import { syntheticBuild } from './synthetic-corpus.js'

const { values } = parseArgs({
  options: {
    clauses: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
  },
})
const size = Number(values.clauses)
const duration = Number(values.duration)
const connections = Number(values.connections)

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const ms = (n: number) => n.toFixed(2)

function searchPath(q: BenchQuery): string {
  const params = new URLSearchParams({ q: q.text, limit: '20' })
  const f: SearchFilters = q.filters
  for (const city of f.city ?? []) params.append('city', city)
  for (const year of f.year ?? []) params.append('year', String(year))
  return `/api/search?${params}`
}

const loadBefore = os.loadavg()[0]
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'http-bench-'))
const buildDir = path.join(dataDir, 'build')
fs.mkdirSync(buildDir, { recursive: true })
fs.mkdirSync(path.join(dataDir, 'corpus'))

console.log(`building ${size} synthetic clauses…`)
const [real, synthetic] = await Promise.all([loadCorpusBuild(), syntheticBuild(size)])
const segmenter = createSegmenter()
const engine = await openSqliteEngine({ path: path.join(buildDir, 'index.sqlite'), tokenizer: segmenter })
await engine.replaceAll(synthetic)
const queries = benchQueries(real, synthetic, segmenter)

console.log('starting the server process…')
const child = spawn(process.execPath, ['--import', 'tsx', 'bench/http-bench-server.ts'], {
  env: { ...process.env, DATA_DIR: dataDir, CORPUS_DIR: path.join(dataDir, 'corpus'), PORT: '0', HOST: '127.0.0.1', RATE_LIMIT: '0', LOG_LEVEL: 'info', MEILI_URL: '', MEILI_MASTER_KEY: '' },
  stdio: ['ignore', 'pipe', 'inherit'],
})
const url = await new Promise<string>((resolve, reject) => {
  let out = ''
  child.stdout!.on('data', (d) => {
    out += d
    const m = /URL (http:\/\/\S+)/.exec(out)
    if (m) resolve(m[1])
  })
  child.on('exit', (code) => reject(new Error(`server exited with ${code}`)))
})

try {
  // Warm both paths (page cache, JIT, the server's suggest/citation caches).
  for (const q of queries.slice(0, 100)) {
    await engine.search({ query: parseQuery(q.text, segmenter), filters: q.filters, mode: 'keyword', sort: 'relevance', offset: 0, limit: 20, facets: true })
    await (await fetch(url + searchPath(q))).arrayBuffer()
  }

  console.log(`latency: ${queries.length} queries, engine in-process vs HTTP…`)
  const direct: number[] = []
  const http: number[] = []
  const overhead: number[] = []
  let failures = 0
  for (const q of queries) {
    let t = performance.now()
    await engine.search({ query: parseQuery(q.text, segmenter), filters: q.filters, mode: 'keyword', sort: 'relevance', offset: 0, limit: 20, facets: true })
    const d = performance.now() - t
    t = performance.now()
    const res = await fetch(url + searchPath(q))
    await res.arrayBuffer()
    const h = performance.now() - t
    if (res.status !== 200) failures++
    direct.push(d)
    http.push(h)
    overhead.push(h - d)
  }
  for (const list of [direct, http, overhead]) list.sort((a, b) => a - b)

  console.log(`throughput: autocannon ${duration} s × ${connections} connections…`)
  let next = 0
  const paths = queries.map(searchPath)
  const load = await autocannon({
    url,
    connections,
    duration,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
  })

  const lines = [
    `The real server (\`startPortal\`, SQLite engine, request logging on) over ${size.toLocaleString('en-US')} synthetic clauses built from the real ones; the mixed query set of the engine benchmark (${queries.length} queries: 2-character phrases, dictionary terms, 3-word free text, filtered, faceted), first page of 20 with all facets. Loopback only. \`npx tsx bench/http-bench.ts\`.`,
    '',
    '**HTTP overhead** (same queries, interleaved; "engine" = parse + `engine.search` in-process; "HTTP" = `GET /api/search` end to end: validation, snippets, citations, JSON, logging, loopback):',
    '',
    '| path | p50 (ms) | p95 (ms) | p99 (ms) |',
    '| --- | ---: | ---: | ---: |',
    `| engine in-process | ${ms(percentile(direct, 50))} | ${ms(percentile(direct, 95))} | ${ms(percentile(direct, 99))} |`,
    `| HTTP | ${ms(percentile(http, 50))} | ${ms(percentile(http, 95))} | ${ms(percentile(http, 99))} |`,
    `| HTTP − engine, per query | ${ms(percentile(overhead, 50))} | ${ms(percentile(overhead, 95))} | ${ms(percentile(overhead, 99))} |`,
    '',
    `Non-200 answers in the latency run: ${failures}.`,
    '',
    `**Throughput** (autocannon, ${connections} connections, ${duration} s, server in its own process, mixed queries):`,
    '',
    '| requests/s (mean) | requests | latency p50 (ms) | latency p99 (ms) | errors | timeouts | non-2xx |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${load.requests.average.toFixed(0)} | ${load.requests.total} | ${load.latency.p50} | ${load.latency.p99} | ${load.errors} | ${load.timeouts} | ${load.non2xx} |`,
    '',
    `Machine load (1-minute load average) before the run: ${loadBefore.toFixed(1)}, after: ${os.loadavg()[0].toFixed(1)}; the machine has ${os.cpus().length} cores shared with other work, so figures taken under load are upper bounds.`,
  ]
  writeResultsSection('Server', lines)
  console.log(lines.join('\n'))
} finally {
  child.kill('SIGTERM')
  await engine.close()
  await new Promise((r) => setTimeout(r, 300))
  fs.rmSync(dataDir, { recursive: true, force: true })
}
