/**
 * `npm run bench [-- <name…>]`: runs the benchmarks one after another, each in its own process so that
 * one's memory and JIT state do not colour the next, and each writes its section of bench/RESULTS.md.
 * With names, only those run (e.g. `npm run bench -- index engine`). The full set takes about 30 minutes
 * on 2 cores; every script also runs alone with its own options (see its header).
 */
import { spawnSync } from 'node:child_process'

const BENCHES: Record<string, string[]> = {
  index: ['bench/index-bench.ts'],
  segment: ['bench/segment-bench.ts'],
  engine: ['bench/engine-bench.ts'],
  http: ['bench/http-bench.ts'],
  semantic: ['bench/semantic-bench.ts'],
  load: ['bench/load-test.ts'],
  readers: ['bench/document-readers-bench.ts'],
}

const requested = process.argv.slice(2)
const unknown = requested.filter((name) => !(name in BENCHES))
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}.`)
  process.exit(2)
}

let failed = 0
for (const name of requested.length ? requested : Object.keys(BENCHES)) {
  console.log(`\n=== ${name}`)
  const started = Date.now()
  const run = spawnSync(process.execPath, ['--import', 'tsx', ...BENCHES[name]], { stdio: 'inherit' })
  console.log(`=== ${name}: ${run.status === 0 ? 'done' : `failed (exit ${run.status})`} in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  if (run.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
