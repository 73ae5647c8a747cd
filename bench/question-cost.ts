/**
 * What a question in everyday words costs the real server at scale: the 100 questions of test/eval/ sent once each, one
 * at a time, in one mode (keyword by default: the portal's default), to the server in its own process on a load-test
 * corpus (bench/load-corpus.ts), each computed, none served from the result cache. A question pays for more than its
 * search: the places and years it names, its telling words, its held parts and its offers are engine reads too.
 * `--baseline <checkout>` runs another checkout's server on the same index first, for an A/B in one run.
 *
 *   npx tsx bench/question-cost.ts [--size 100000] [--mode keyword] [--rounds 2] [--baseline /tmp/base]
 */
import { parseArgs } from 'node:util'
import { TEST_QUESTIONS, TUNING_QUESTIONS } from '../test/eval/judgments.js'
import { loadCorpus } from './load-corpus.js'
import { startLoadServer } from './load-server-process.js'

const { values } = parseArgs({
  options: { size: { type: 'string', default: '100000' }, mode: { type: 'string', default: 'keyword' }, rounds: { type: 'string', default: '2' }, baseline: { type: 'string' } },
})
const dataDir = await loadCorpus(values.size!)
const questions = [...TUNING_QUESTIONS, ...TEST_QUESTIONS].map((q) => q.query)
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]

async function measure(root: string): Promise<string> {
  const { child, url } = await startLoadServer(root, dataDir)
  try {
    // The first searches wait for each thread's rows (read once after listening): not measured.
    for (const w of ['教育', '学校', '双减', '课后服务']) await fetch(`${url}/api/search?q=${encodeURIComponent(w)}`).then((r) => r.arrayBuffer())
    const ms: number[] = []
    for (const q of questions) {
      const t = performance.now()
      const res = await fetch(`${url}/api/search?q=${encodeURIComponent(q)}&mode=${values.mode}`)
      await res.arrayBuffer()
      if (!res.ok) throw new Error(`${q}: HTTP ${res.status}`)
      ms.push(performance.now() - t)
    }
    ms.sort((a, b) => a - b)
    const mean = ms.reduce((a, b) => a + b, 0) / ms.length
    return `p50 ${pct(ms, 0.5).toFixed(1)} ms, p95 ${pct(ms, 0.95).toFixed(1)} ms, mean ${mean.toFixed(1)} ms`
  } finally {
    child.kill()
  }
}

console.log(`${questions.length} questions, ${values.mode} mode, corpus ${values.size} (${dataDir})`)
for (let round = 1; round <= Number(values.rounds); round++) {
  if (values.baseline) console.log(`round ${round} baseline ${await measure(values.baseline)}`)
  console.log(`round ${round} this checkout ${await measure(process.cwd())}`)
}
