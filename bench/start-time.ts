/**
 * How long `npm start` takes on an existing index until it answers a search, and how much memory the
 * server holds: the real entry (server/main.ts, as `npm start` runs it, web build and index checks
 * included) on a load-test corpus (bench/load-corpus.ts), then the same Zipf request stream as the
 * load test for a while, then RSS (the whole process: server thread, search threads, SQLite caches).
 *
 *   npx tsx bench/start-time.ts --size 1000000 [--duration 20] [--connections 50]
 *   npx tsx bench/start-time.ts --data-dir /path/to/load-1000000 [--root /path/to/another/checkout]
 *
 * `--data-dir` serves an index built elsewhere (read only: the server only reads an index that is current);
 * `--root` starts the server of another checkout (its own server/main.ts and node_modules) on the same data,
 * to compare two versions in one run.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { BUILD_FILES, readBuild } from '../indexer/build-files.js'
import { buildDirOf } from '../server/startup/index-build.js'
import { harvestQueries, zipfSequence } from './load-queries.js'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    port: { type: 'string', default: '3917' },
    'data-dir': { type: 'string' },
    root: { type: 'string', default: '.' },
  },
})

const dataDir = path.resolve(values['data-dir'] ?? path.join('bench/data', `load-${values.size}`))
const size = values['data-dir'] ? path.basename(dataDir) : values.size
// An index built elsewhere is only read: without a corpus folder the server serves it as it is and never re-indexes into it.
const corpusDir = values['data-dir'] ? path.join(dataDir, 'no-corpus-read-only') : path.join(dataDir, 'docs')
const url = `http://127.0.0.1:${values.port}`
/** The whole process's resident memory (every thread's), in MB. */
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024
const load = () => loadavg().map((l) => l.toFixed(1)).join(' / ')

/** The bench may need a large heap to read a million clauses; the server starts as `npm start` would. */
function withoutNodeOptions(): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _options, ...env } = process.env
  return env
}

const loadBefore = load()
const started = performance.now()
const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  cwd: path.resolve(values.root),
  env: { ...withoutNodeOptions(), DATA_DIR: dataDir, CORPUS_DIR: corpusDir, PORT: values.port, HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT: '0', MEILI_URL: '' },
  stdio: ['ignore', 'ignore', 'inherit'],
})
let answered = 0
while (!answered) {
  if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
  try {
    const res = await fetch(`${url}/api/search?q=${encodeURIComponent('教育')}`)
    if (res.ok) answered = performance.now() - started
    await res.arrayBuffer()
  } catch {
    await new Promise((r) => setTimeout(r, 50))
  }
}
const rssReady = rssMb(child.pid!)
console.log(`${size}: first answer ${(answered / 1000).toFixed(1)} s after start, RSS ${rssReady.toFixed(0)} MB · load ${loadBefore}`)

const build = readBuild(buildDirOf(dataDir))
const termsFile = path.join(buildDirOf(dataDir), BUILD_FILES.terms)
const sequence = zipfSequence(harvestQueries(build, JSON.parse(readFileSync(termsFile, 'utf8')) as string[]).paths, 400_000)
let next = 0
let peak = rssReady
const sampler = setInterval(() => (peak = Math.max(peak, rssMb(child.pid!))), 200)
const result = await autocannon({
  url,
  connections: Number(values.connections),
  duration: Number(values.duration),
  requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: sequence[next++ % sequence.length] }) }],
})
clearInterval(sampler)
console.log(
  `${size}: mixed load ${values.connections} connections ${values.duration} s: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
    `errors ${result.errors}, non-2xx ${result.non2xx} ${JSON.stringify((result as { statusCodeStats?: unknown }).statusCodeStats ?? {})} · RSS peak ${peak.toFixed(0)} MB, after ${rssMb(child.pid!).toFixed(0)} MB · load ${load()}`,
)
child.kill('SIGTERM')
process.exit(0)
