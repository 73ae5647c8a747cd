/**
 * The server process of the load test: the real portal (startPortal) over a prepared data folder, plus what
 * the load test needs to see from inside: event-loop delay (perf_hooks.monitorEventLoopDelay) and memory.
 * Started by bench/load-test.ts with an IPC channel and --expose-gc; answers `{cmd: 'reset'}` and
 * `{cmd: 'stats'}` messages. Not part of the product: the server itself carries no measuring code.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { pino } from 'pino'
import { loadConfig } from '../server/config.js'
import { startPortal } from '../server/portal.js'

const config = loadConfig(process.env)
// LOAD_LOG=<file> keeps the request log (path, status, ms per request) for reading where the tail comes from.
const logger = pino({ level: config.logLevel }, pino.destination(process.env.LOAD_LOG ?? '/dev/null'))
const portal = await startPortal({ config, logger, webRoot: null, semantic: false, watchIntervalMs: 0 })

const delay = monitorEventLoopDelay({ resolution: 10 })
delay.enable()
let peakRss = 0
let cpuAtReset = process.cpuUsage()
let resetAt = performance.now()
setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100).unref()

process.on('message', (msg: { cmd: string }) => {
  if (msg.cmd === 'reset') {
    delay.reset()
    const results = portal.index.snapshot.results
    if (results) results.hits = results.misses = 0
    peakRss = process.memoryUsage().rss
    cpuAtReset = process.cpuUsage()
    resetAt = performance.now()
    process.send!({ ok: true })
  } else if (msg.cmd === 'stats') {
    const gc = (globalThis as { gc?: () => void }).gc
    const beforeGc = process.memoryUsage().rss
    gc?.()
    const cpu = process.cpuUsage(cpuAtReset)
    process.send!({
      // Every thread of the process (main, search threads), in cores: how much of the machine the server used.
      serverCores: (cpu.user + cpu.system) / 1000 / (performance.now() - resetAt),
      eventLoopP99Ms: delay.percentile(99) / 1e6,
      eventLoopMaxMs: delay.max / 1e6,
      peakRssMb: Math.max(peakRss, beforeGc) / 2 ** 20,
      rssAfterGcMb: process.memoryUsage().rss / 2 ** 20,
      cacheHits: portal.index.snapshot.results?.hits ?? 0,
      cacheMisses: portal.index.snapshot.results?.misses ?? 0,
    })
  }
})
process.on('SIGTERM', () => void portal.close().then(() => process.exit(0)))
process.send!({ url: portal.url })
