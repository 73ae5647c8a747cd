/**
 * Query phase of the engine benchmark on an index built beforehand, with wall-clock and CPU time per query,
 * so that two versions of the engine can query side by side on a loaded machine: CPU time (user + system of
 * the process) leaves out the time spent waiting for a core. Same seeded queries and engine options as
 * engine-bench.ts, plus very common pairs (教育, 工作, 学校, 发展).
 *
 *   npx tsx bench/engine-ab.ts --index /tmp/index.sqlite --size 100000 [--rounds 3] [--build]
 *
 * --build writes the index of the synthetic corpus of that size first. Prints the table; writes nothing.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { createSegmenter } from '../indexer/segment/segmenter.js'
import { parseQuery } from '../server/query/parse-query.js'
import { openSqliteEngine } from '../server/engine/sqlite/sqlite-engine.js'
import type { SearchFilters } from '../server/engine/types.js'
import { loadCorpusBuild } from '../test/fixtures/corpus-build.js'
import { benchQueries } from './engine-queries.js'
import { syntheticBuild } from './synthetic-corpus.js'

const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    size: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '3' },
    build: { type: 'boolean', default: false },
  },
})
if (!values.index) throw new Error('--index <file> is required')
const size = Number(values.size)
const segmenter = createSegmenter()
const build = await syntheticBuild(size)
const engine = await openSqliteEngine({ path: values.index, tokenizer: segmenter, matchCache: 0 })
if (values.build || !fs.existsSync(values.index)) await engine.replaceAll(build)

interface Query {
  kind: string
  text: string
  filters: SearchFilters
  facets: boolean
}
const common: Query[] = ['教育', '工作', '学校', '发展'].map((text) => ({ kind: 'common pair', text, filters: {}, facets: false }))
const queries: Query[] = [...benchQueries(await loadCorpusBuild(), build, segmenter), ...Array.from({ length: 25 }, () => common).flat()]
const search = (q: Query) =>
  engine.search({ query: parseQuery(q.text, segmenter), filters: q.filters, mode: 'keyword', sort: 'relevance', offset: 0, limit: 20, facets: q.facets })

for (const q of queries.slice(0, 50)) await search(q)
const wall = new Map<string, number[]>()
const cpu = new Map<string, number[]>()
for (let round = 0; round < Number(values.rounds); round++) {
  for (const q of queries) {
    const cpuStart = process.cpuUsage()
    const started = performance.now()
    await search(q)
    const used = process.cpuUsage(cpuStart)
    if (!wall.has(q.kind)) {
      wall.set(q.kind, [])
      cpu.set(q.kind, [])
    }
    wall.get(q.kind)!.push(performance.now() - started)
    cpu.get(q.kind)!.push((used.user + used.system) / 1000)
  }
}
await engine.close()

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1))
const cells = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return [50, 95, 99].map((p) => fmt(percentile(sorted, p))).join(' / ')
}
console.log(`| ${size} clauses | queries | wall p50 / p95 / p99 (ms) | CPU p50 / p95 / p99 (ms) |`)
console.log('| --- | ---: | ---: | ---: |')
for (const [kind, times] of wall) console.log(`| ${kind} | ${times.length} | ${cells(times)} | ${cells(cpu.get(kind)!)} |`)
