/**
 * Load test of the real server in its own process, on loopback only, bounded in time. For each corpus
 * (bench/load-corpus.ts: built once in bench/data/, reused), the same Zipf-distributed request stream
 * (bench/load-queries.ts: ≥ 5 000 distinct queries harvested from the corpus: phrases, dictionary terms,
 * free text, filters, facets, paging, suggest; no exports) is played with autocannon against today's
 * server (a checkout of the base commit given by --baseline, started from its own folder on the same
 * index) and against this one, one after the other in the same run: at 50 connections, at 200, and at
 * 200 with one 10 000-row export started every second beside the searches. Each server first gets the
 * same short warm-up. Writes the "Throughput" section of bench/RESULTS.md, with the machine's load.
 *
 *   git worktree add --detach /tmp/base <base commit> && cp -al node_modules /tmp/base/
 *   npx tsx bench/load-test.ts --baseline /tmp/base [--baseline-data <folder of its load-<size>/>] [--duration 20] [--sizes bundled,10000,100000] [--continue] [--profile /tmp/prof] [--dry-run]
 */
import type { ChildProcess } from 'node:child_process'
import { loadavg } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { corpusQueries, loadCorpus } from './load-corpus.js'
import { zipfSequence } from './load-queries.js'
import { startLoadServer } from './load-server-process.js'
import { writeResultsSection } from './results-file.js'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    sizes: { type: 'string', default: 'bundled,10000,100000' },
    baseline: { type: 'string' },
    /**
     * A folder holding the base commit's own load-<size>/ builds, for when its index schema differs from
     * this branch's (the same plan files, indexed by the base commit); by default both serve one index.
     */
    'baseline-data': { type: 'string' },
    connections: { type: 'string', default: '50,200,200+export' },
    /** A folder for V8 CPU profiles of each server process (and its threads), e.g. /tmp/prof. */
    profile: { type: 'string' },
    /**
     * Each row goes on where the previous one stopped in the request stream, instead of replaying it from
     * its start: later rows then meet queries the cache has not seen, as a server running for a while does.
     */
    continue: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
  },
})
const DURATION = Number(values.duration)
const WARMUP = Number(values.warmup)

/** The cache counts are missing from a base commit's server that did not report them. */
interface Stats { serverCores?: number; eventLoopP99Ms: number; eventLoopMaxMs: number; peakRssMb: number; rssAfterGcMb: number; cacheHits?: number; cacheMisses?: number }
interface Run { rps: number; p50: number; p99: number; errors: number; timeouts: number; non2xx: number; requests: number; exports: number; exportsRefused: number; exportFailures: number; stats: Stats; benchCores: number }

function ask<T>(child: ChildProcess, cmd: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T))
    child.send({ cmd })
  })
}

/** Until a request comes back quickly: the previous run's closed connections may still have work queued. */
async function drained(url: string): Promise<void> {
  const until = Date.now() + 120_000
  while (Date.now() < until) {
    const t = performance.now()
    await fetch(`${url}/api/health`).then((r) => r.arrayBuffer())
    if (performance.now() - t < 50) return
    await new Promise((r) => setTimeout(r, 500))
  }
}

/** Where the next row starts in the request stream with --continue (reset for each server). */
let streamAt = 0

async function play(child: ChildProcess, url: string, sequence: string[], connections: number, duration: number, withExports: boolean): Promise<Run> {
  await drained(url)
  await ask(child, 'reset')
  let next = values.continue ? streamAt : 0
  let exports = 0
  let exportsRefused = 0
  let exportFailures = 0
  const timer = withExports
    ? setInterval(() => {
        fetch(`${url}/api/export?format=csv`)
          .then(async (r) => {
            await r.arrayBuffer()
            if (r.ok) exports++
            else if (r.status === 429) exportsRefused++
            else exportFailures++
          })
          .catch(() => exportFailures++)
      }, 1000)
    : null
  const benchCpu = process.cpuUsage()
  const benchStart = performance.now()
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: sequence[next++ % sequence.length] }) }],
  })
  if (timer) clearInterval(timer)
  const used = process.cpuUsage(benchCpu)
  const benchCores = (used.user + used.system) / 1000 / (performance.now() - benchStart)
  streamAt = next
  const stats = await ask<Stats>(child, 'stats')
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    exportFailures,
    non2xx: result.non2xx,
    requests: result.requests.total,
    exports,
    exportsRefused,
    stats,
    benchCores,
  }
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(' / ')
const servers: { name: string; root: string }[] = [...(values.baseline ? [{ name: 'today', root: path.resolve(values.baseline) }] : []), { name: 'new', root: process.cwd() }]
const variants = values.connections!.split(',').map((v) => ({ label: v, connections: Number(v.replace('+export', '')), withExports: v.endsWith('+export') }))

const lines: string[] = [
  `The real server (\`startPortal\`, SQLite engine, search threads, request logging on) in its own process on 127.0.0.1; autocannon in the bench process. ` +
    `Requests: a Zipf (s = 1) stream over ≥ 5 000 distinct queries harvested from the corpus served (bench/load-queries.ts: phrases 30 %, dictionary terms 15 %, free text 15 %, phrase + city/year/theme filter 15 %, facets 5 %, paging 10 %, suggest 10 %; no exports), the same stream for both servers. ` +
    `"today" is the base commit (${values.baseline ? 'checkout in ' + values.baseline : 'not run'}) started from its own folder on the same index, "new" this branch; both get a ${WARMUP} s warm-up at 50 connections first, then each row runs ${DURATION} s. ` +
    `"+export" starts one 10 000-row CSV export (GET /api/export?format=csv, all clauses) every second beside the searches; its requests are not in the latency figures; the new server takes two at a time and refuses more with 429. "cache hits / misses" are the result cache's counts during the row (a request that joins an identical one in flight counts as a miss). ` +
    `Load average (1/5/15 min) is the machine's, shared with other work, at the start of each row.`,
  '',
  `Reproduce: \`npx tsx bench/load-test.ts --baseline /tmp/base --duration ${DURATION}\` (see the header of bench/load-test.ts).`,
  '',
]

for (const size of values.sizes!.split(',')) {
  const dataDir = await loadCorpus(size)
  const { build, queries } = corpusQueries(dataDir)
  const sequence = zipfSequence(queries.paths, 400_000)
  console.log(`${size}: ${build.clauses.length} clauses, ${queries.paths.length} distinct queries`)
  const results = new Map<string, Map<string, Run & { load: string }>>()
  for (const server of servers) {
    const serverData = server.name === 'today' && values['baseline-data'] ? path.join(path.resolve(values['baseline-data']), path.basename(dataDir)) : dataDir
    const { child, url } = await startLoadServer(server.root, serverData, values.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values.profile)}`] : [])
    const runs = new Map<string, Run & { load: string }>()
    try {
      streamAt = 0
      await play(child, url, sequence, 50, WARMUP, false)
      for (const v of variants) {
        const at = load()
        const run = await play(child, url, sequence, v.connections, DURATION, v.withExports)
        runs.set(v.label, { ...run, load: at })
        console.log(
          `  ${server.name} ${v.label}: ${run.rps.toFixed(0)} req/s p50 ${run.p50} ms p99 ${run.p99} ms errors ${run.errors} timeouts ${run.timeouts} non-2xx ${run.non2xx}${v.withExports ? ` exports ${run.exports} refused ${run.exportsRefused} failed ${run.exportFailures}` : ''} · ` +
            `event loop p99 ${run.stats.eventLoopP99Ms.toFixed(1)} ms · cores used: server ${run.stats.serverCores?.toFixed(2) ?? '–'}, load generator ${run.benchCores.toFixed(2)} · cache ${run.stats.cacheHits} hits / ${run.stats.cacheMisses} misses · peak RSS ${run.stats.peakRssMb.toFixed(0)} MB · load ${at}`,
        )
      }
    } finally {
      child.kill('SIGTERM')
    }
    results.set(server.name, runs)
  }
  lines.push(
    `**${size === 'bundled' ? 'bundled corpus' : 'synthetic'} (${build.clauses.length} clauses, ${build.plans.length} plans, ${queries.paths.length} distinct queries)**`,
    '',
    `| connections | server | req/s | p50 (ms) | p99 (ms) | errors | timeouts (> 10 s) | non-2xx | requests | cache hits / misses | exports done / refused (429) / failed | event-loop p99 (ms) | peak RSS (MB) | load avg |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  )
  for (const v of variants) {
    for (const server of servers) {
      const r = results.get(server.name)!.get(v.label)!
      lines.push(
        `| ${v.label} | ${server.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.timeouts} | ${r.non2xx} | ${r.requests} | ${r.stats.cacheHits === undefined ? '–' : `${r.stats.cacheHits} / ${r.stats.cacheMisses}`} | ${v.withExports ? `${r.exports} / ${r.exportsRefused} / ${r.exportFailures}` : '–'} | ${r.stats.eventLoopP99Ms.toFixed(1)} | ${r.stats.peakRssMb.toFixed(0)} | ${r.load} |`,
      )
    }
  }
  lines.push('')
}
if (!values['dry-run']) writeResultsSection('Throughput', lines)
process.exit(0)
