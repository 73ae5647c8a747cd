/**
 * Load test of the real server in its own process, on loopback only, bounded in time: the bundled corpus and
 * a synthetic 100k-clause corpus (plan files from bench/synthetic-documents.ts, indexed by runIndexer
 * without embeddings). Mixed queries (phrases, free text, facets, paging, export, suggest) with autocannon
 * at 50 connections three times in a row (RSS after each: no leak) and at 200 connections; event-loop delay
 * p99 measured inside the server; then each query kind alone on one connection, to find what blocks the
 * event loop, on the server as configured (searches on worker threads unless SEARCH_WORKERS=0) and again on
 * a server searching in-process (SEARCH_WORKERS=0), side by side. Writes the "Reliability" section of
 * bench/RESULTS.md.
 *
 *   npx tsx bench/load-test.ts [--duration 30] [--sizes bundled,100000] [--dry-run]
 */
import { fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { readBuild } from '../indexer/build-files.js'
import { runIndexer } from '../server/startup/run-indexer.js'
import type { IndexBuild } from '../indexer/types.js'
import { writeResultsSection } from './results-file.js'
import { writeSyntheticCorpus } from './synthetic-documents.js'

const { values } = parseArgs({ options: { duration: { type: 'string', default: '30' }, sizes: { type: 'string', default: 'bundled,100000' }, 'dry-run': { type: 'boolean', default: false } } })
const DURATION = Number(values.duration)
const KIND_DURATION = Math.min(5, DURATION)
const q = encodeURIComponent

interface Stats { eventLoopP99Ms: number; eventLoopMaxMs: number; peakRssMb: number; rssAfterGcMb: number }
interface Run { label: string; connections: number; rps: number; p50: number; p99: number; errors: number; non2xx: number; requests: number; stats: Stats }

type Kind = 'phrase' | 'free text' | 'facets' | 'paging' | 'export' | 'suggest'

/** Query paths by kind, with filter values taken from the corpus being served. */
function queryPaths(build: IndexBuild): Record<Kind, string[]> {
  const count = (key: 'city' | 'year' | 'level') => {
    const m = new Map<string, number>()
    for (const c of build.clauses) if (c[key] !== null) m.set(String(c[key]), (m.get(String(c[key])) ?? 0) + 1)
    return [...m.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v)
  }
  const [city1, city2] = count('city')
  const [year] = count('year')
  const theme = build.clauses.find((c) => c.themes.length > 0)?.themes[0] ?? '教师队伍'
  return {
    phrase: ['双减', '课后服务', '集团化办学', '学前教育', '"心理健康"', '职业教育'].map((t) => `/api/search?q=${q(t)}`),
    'free text': ['推进教育数字化转型', '加强教师队伍建设', '提升学校安全管理水平', '深化产教融合 校企合作'].map((t) => `/api/search?q=${q(t)}`),
    facets: [`/api/search?city=${q(city1)}&city=${q(city2 ?? city1)}`, `/api/search?q=${q('教师')}&year=${year}&level=${q('市')}`, `/api/search?theme=${q(theme)}`, '/api/facets'],
    paging: [`/api/search?q=${q('教育')}&page=3&limit=20`, `/api/search?q=${q('学校')}&page=10&limit=50`, `/api/search?q=${q('教育')}&sort=date&page=2`],
    export: [`/api/export?format=csv&q=${q('双减')}`, `/api/export?format=json&q=${q('课后服务')}&city=${q(city1)}`],
    suggest: ['课', '双减', '教师', '荆', '学前'].map((t) => `/api/suggest?q=${q(t)}`),
  }
}

function startServer(dataDir: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = fork('bench/load-server.ts', [], {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT: '0', MEILI_URL: '', ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    child.once('message', (m: { url?: string }) => (m.url ? resolve({ child, url: m.url }) : reject(new Error('no URL'))))
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
}

function ask<T>(child: ChildProcess, cmd: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T))
    child.send({ cmd })
  })
}

async function load(child: ChildProcess, url: string, label: string, paths: string[], connections: number, duration: number): Promise<Run> {
  await drained(url)
  await ask(child, 'reset')
  const result = await autocannon({ url, connections, duration, requests: paths.map((p) => ({ method: 'GET', path: p })) })
  const stats = await ask<Stats>(child, 'stats')
  const run: Run = {
    label,
    connections,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
    stats,
  }
  console.log(
    `${label}: ${connections} conns ${run.rps.toFixed(0)} req/s p50 ${run.p50} ms p99 ${run.p99} ms errors ${run.errors} non-2xx ${run.non2xx} · ` +
      `event loop p99 ${stats.eventLoopP99Ms.toFixed(1)} ms max ${stats.eventLoopMaxMs.toFixed(0)} ms · peak RSS ${stats.peakRssMb.toFixed(0)} MB, after GC ${stats.rssAfterGcMb.toFixed(0)} MB`,
  )
  return run
}

async function prepare(size: string): Promise<{ name: string; dataDir: string; build: IndexBuild }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `load-test-${size}-`))
  const buildDir = path.join(dataDir, 'build')
  let inputs = ['data/corpus']
  if (size !== 'bundled') {
    const t = performance.now()
    inputs = [writeSyntheticCorpus(path.join('bench/data', `docs-${size}`), Number(size)).dir]
    console.log(`wrote ${size} synthetic clauses in ${((performance.now() - t) / 1000).toFixed(0)} s`)
  }
  const t = performance.now()
  await runIndexer({ inputs, buildDir, embed: false })
  const build = readBuild(buildDir)
  console.log(`indexed ${build.clauses.length} clauses (${build.plans.length} plans) in ${((performance.now() - t) / 1000).toFixed(0)} s`)
  return { name: size === 'bundled' ? `bundled corpus (${build.clauses.length} clauses)` : `synthetic (${build.clauses.length} clauses, ${build.plans.length} plans)`, dataDir, build }
}

interface KindRun { rps: number; p50: number; p99: number; max: number; loopMax: number }

/**
 * After a load run the server still answers what the closed connections had asked (the search threads
 * work through their queues): wait until a search comes back quickly, so one run does not time the last.
 */
async function drained(url: string): Promise<void> {
  const until = Date.now() + 120_000
  while (Date.now() < until) {
    const t = performance.now()
    await fetch(`${url}/api/search?q=${q('双减')}`).then((r) => r.arrayBuffer())
    if (performance.now() - t < 100) return
    await new Promise((r) => setTimeout(r, 500))
  }
}

/** Each query kind alone on one connection: its latency is about how long one request holds the server. */
async function eachKind(child: ChildProcess, url: string, byKind: Record<Kind, string[]>, label: string): Promise<Map<string, KindRun>> {
  const out = new Map<string, KindRun>()
  await drained(url)
  for (const [kind, paths] of Object.entries(byKind)) {
    await ask(child, 'reset')
    const r = await autocannon({ url, connections: 1, duration: KIND_DURATION, requests: paths.map((p) => ({ method: 'GET', path: p })) })
    const stats = await ask<Stats>(child, 'stats')
    console.log(`  ${label} ${kind}: p50 ${r.latency.p50} ms p99 ${r.latency.p99} ms max ${r.latency.max} ms, event loop max ${stats.eventLoopMaxMs.toFixed(0)} ms, non-2xx ${r.non2xx}`)
    out.set(kind, { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, loopMax: stats.eventLoopMaxMs })
  }
  return out
}

const WORKERS = process.env.SEARCH_WORKERS?.trim() || 'default (min(2, cores))'
const lines: string[] = [
  `Real server (\`startPortal\`, SQLite engine, request logging on, SEARCH_WORKERS ${WORKERS}: searches, facets and exports on worker threads) in its own process on 127.0.0.1; autocannon in the bench process. ` +
    `Mixed queries: phrases, free text, facet filters, paging, CSV/JSON export and suggest, cycled per connection. ` +
    `Event-loop delay is \`perf_hooks.monitorEventLoopDelay\` (10 ms resolution) inside the server process; RSS "after" is after a forced GC at the end of each run.`,
  '',
  `Reproduce: \`npx tsx bench/load-test.ts --duration ${DURATION}\` (takes about ${Math.ceil((DURATION * 8 + KIND_DURATION * 24) / 60) + 3} minutes). ` +
    `The per-kind tables compare the same server searching in-process (SEARCH_WORKERS=0, as before the worker pool).`,
  '',
]
const kindLines: string[] = []
for (const size of values.sizes!.split(',')) {
  const corpus = await prepare(size)
  const { child, url } = await startServer(corpus.dataDir)
  try {
    const byKind = queryPaths(corpus.build)
    const mixed = Object.values(byKind).flat()
    const runs: Run[] = []
    for (let i = 1; i <= 3; i++) runs.push(await load(child, url, `mixed run ${i}`, mixed, 50, DURATION))
    runs.push(await load(child, url, 'mixed', mixed, 200, DURATION))
    lines.push(`**${corpus.name}**`, '', '| run | connections | req/s | p50 (ms) | p99 (ms) | errors | non-2xx | requests | event-loop p99 / max (ms) | peak RSS (MB) | RSS after (MB) |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for (const r of runs) {
      lines.push(`| ${r.label} | ${r.connections} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.requests} | ${r.stats.eventLoopP99Ms.toFixed(1)} / ${r.stats.eventLoopMaxMs.toFixed(0)} | ${r.stats.peakRssMb.toFixed(0)} | ${r.stats.rssAfterGcMb.toFixed(0)} |`)
    }
    lines.push('')
    const pooled = await eachKind(child, url, byKind, 'workers')
    const plain = await startServer(corpus.dataDir, { SEARCH_WORKERS: '0' })
    let inProcess: Map<string, KindRun>
    try {
      inProcess = await eachKind(plain.child, plain.url, byKind, 'in-process')
    } finally {
      plain.child.kill('SIGTERM')
    }
    kindLines.push(
      `**${corpus.name}**, each kind alone, 1 connection, ${KIND_DURATION} s (latency ≈ how long one request holds the server; event-loop max = the longest the server's thread was held):`,
      '',
      '| kind | req/s | p50 (ms) | p99 (ms) | max (ms) | event-loop max (ms) | in-process req/s | in-process p99 (ms) | in-process event-loop max (ms) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    )
    for (const kind of Object.keys(byKind)) {
      const w = pooled.get(kind)!
      const p = inProcess.get(kind)!
      kindLines.push(`| ${kind} | ${w.rps.toFixed(0)} | ${w.p50} | ${w.p99} | ${w.max} | ${w.loopMax.toFixed(0)} | ${p.rps.toFixed(0)} | ${p.p99} | ${p.loopMax.toFixed(0)} |`)
    }
    kindLines.push('')
  } finally {
    child.kill('SIGTERM')
    rmSync(corpus.dataDir, { recursive: true, force: true })
  }
}
if (!values['dry-run']) writeResultsSection('Reliability', [...lines, ...kindLines])
process.exit(0)
