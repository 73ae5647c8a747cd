/**
 * What one cache miss costs: every distinct query of the load test (bench/load-queries.ts) sent once, one at
 * a time, to the real server in its own process, so that each is computed rather than served from the
 * result cache. Prints the latency by query kind (p50, p95, p99, mean) and the slowest requests: under load
 * the tail is misses waiting behind misses, so their mean cost bounds what a closed-loop load can get.
 *
 *   npx tsx bench/miss-cost.ts [--size 100000] [--limit 2000]
 */
import { parseArgs } from 'node:util'
import { corpusQueries, loadCorpus } from './load-corpus.js'
import type { QueryKind } from './load-queries.js'
import { startLoadServer } from './load-server-process.js'

const { values } = parseArgs({ options: { size: { type: 'string', default: '100000' }, limit: { type: 'string', default: '2000' } } })
const dataDir = await loadCorpus(values.size!)
const { build, queries } = corpusQueries(dataDir)
const { child, url } = await startLoadServer(process.cwd(), dataDir)
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
