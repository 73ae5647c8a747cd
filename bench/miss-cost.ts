/**
 * What one cache miss costs: every distinct query of the load test (bench/load-queries.ts) sent once, one at
 * a time, to the real server in its own process, so that each is computed rather than served from the
 * result cache. Prints the latency by query kind (p50, p95, p99, mean) and the slowest requests: under load
 * the tail is misses waiting behind misses, so their mean cost bounds what a closed-loop load can get.
 *
 *   npx tsx bench/miss-cost.ts [--size 100000] [--limit 2000]
 */
import { fork } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { BUILD_FILES, readBuild } from '../indexer/build-files.js'
import { buildDirOf } from '../server/startup/index-build.js'
import { loadCorpus } from './load-corpus.js'
import { harvestQueries, type QueryKind } from './load-queries.js'

const { values } = parseArgs({ options: { size: { type: 'string', default: '100000' }, limit: { type: 'string', default: '2000' } } })
const dataDir = await loadCorpus(values.size!)
const build = readBuild(buildDirOf(dataDir))
const termsFile = path.join(buildDirOf(dataDir), BUILD_FILES.terms)
const terms = existsSync(termsFile) ? (JSON.parse(readFileSync(termsFile, 'utf8')) as string[]) : []
const queries = harvestQueries(build, terms)
const child = fork('bench/load-server.ts', [], {
  execArgv: ['--import', 'tsx', '--expose-gc'],
  env: { ...process.env, NODE_OPTIONS: '', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT: '0', MEILI_URL: '' },
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
})
const url = await new Promise<string>((resolve) => child.once('message', (m: { url: string }) => resolve(m.url)))
// The first searches wait for each thread's rows (read once after listening): 50 queries of the set, not measured.
const WARM = 50
for (const p of queries.paths.slice(0, WARM)) await fetch(url + p).then((r) => r.arrayBuffer())
const byKind = new Map<QueryKind, number[]>()
const all: { ms: number; path: string }[] = []
for (const p of queries.paths.slice(WARM, WARM + Number(values.limit))) {
  const t = performance.now()
  const r = await fetch(url + p)
  await r.arrayBuffer()
  const ms = performance.now() - t
  const kind = queries.kinds.get(p)!
  byKind.set(kind, [...(byKind.get(kind) ?? []), ms])
  all.push({ ms, path: p })
}
child.kill('SIGTERM')
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]
const row = (name: string, xs: number[]) => {
  xs.sort((a, b) => a - b)
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length
  console.log(`${name.padEnd(10)} n ${String(xs.length).padStart(5)}  p50 ${pct(xs, 0.5).toFixed(1).padStart(6)}  p95 ${pct(xs, 0.95).toFixed(1).padStart(6)}  p99 ${pct(xs, 0.99).toFixed(1).padStart(6)}  mean ${mean.toFixed(2).padStart(6)} ms`)
}
console.log(`${build.clauses.length} clauses; each distinct query once, one at a time (cache misses)`)
for (const [kind, xs] of byKind) row(kind, xs)
row('all', all.map((a) => a.ms))
for (const a of all.sort((x, y) => y.ms - x.ms).slice(0, 15)) console.log(`  ${a.ms.toFixed(1)} ms  ${decodeURIComponent(a.path)}`)
process.exit(0)
