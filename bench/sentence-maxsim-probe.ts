/**
 * A probe, not the product: would scoring a clause by its closest sentence rank better than its one passage vector?
 * `npx tsx bench/sentence-maxsim-probe.ts` embeds every sentence of the bundled clauses (with the chapter title in
 * front, as passages are embedded) and ranks all clauses by plain cosine under each scoring, on the tuning half of
 * test/eval (the test half only for the clause baseline, so no choice is made on it). Results: bench/RESULTS.md,
 * "Sentence scoring probe".
 */
import { openVectorCache, DEFAULT_VECTOR_CACHE_PATH } from '../indexer/embed/vector-cache.js'
import { embedClauses } from '../indexer/embed/embed-clauses.js'
import { passageText } from '../indexer/embed/passage-text.js'
import { stripLeadingMarker } from '../indexer/structure/line-markers.js'
import { loadEmbedder } from '../server/semantic/embedder.js'
import { loadCorpusBuild } from '../test/fixtures/corpus-build.js'
import { EVAL_QUESTIONS } from '../test/eval/judgments.js'
import { resolveQuestions } from '../test/eval/resolve-judgments.js'
import { halfOf } from '../test/eval/evaluate.js'
import { summarize } from '../test/eval/metrics.js'
import { widenForModes } from '../server/query/everyday-vocabulary.js'
import { parseQuery } from '../server/query/parse-query.js'
import { createSegmenter } from '../indexer/segment/segmenter.js'

const embedder = (await loadEmbedder())!
const build = await loadCorpusBuild()
const cache = openVectorCache(DEFAULT_VECTOR_CACHE_PATH)
const vectors = await embedClauses(build.clauses, embedder, cache, () => {})
const dot = (a: Float32Array, b: Float32Array) => { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * b[i]; return s }
const sentencesOf = (text: string) => stripLeadingMarker(text).split(/(?<=[。；;！？!?])|\n/u).map((s) => s.trim()).filter((s) => s.length >= 6)
const chapterOf = (c: typeof build.clauses[number]) => (c.chapter?.title ? stripLeadingMarker(c.chapter.title).slice(0, 60) + '\n' : '')
const t0 = Date.now()
const sentVecs = new Map<string, Float32Array[]>()
let n = 0
let chars = 0
for (const c of build.clauses) {
  const sents = sentencesOf(c.text)
  const texts = sents.map((s) => chapterOf(c) + s)
  const vs: Float32Array[] = []
  for (const t of texts) vs.push((await embedder.embedPassages([t]))[0])
  n += texts.length
  chars += texts.reduce((sum, t) => sum + t.length, 0)
  sentVecs.set(c.id, vs)
}
const passageChars = build.clauses.reduce((sum, c) => sum + passageText(c).length, 0)
console.log(`embedded ${n} sentences (${chars} characters) in ${((Date.now() - t0) / 1000).toFixed(1)} s, one at a time; the ${build.clauses.length} passages hold ${passageChars} characters`)
const tokenizer = createSegmenter()
const resolved = resolveQuestions(EVAL_QUESTIONS, build.clauses)
const vecById = vectors.byId
const configs: [string, (clause: number, sents: number[]) => number][] = [
  ['clause', (c) => c],
  ['maxSent', (c, s) => (s.length ? Math.max(...s) : c)],
  ['max(clause,maxSent)', (c, s) => Math.max(c, ...s)],
  ['0.5c+0.5max', (c, s) => 0.5 * c + 0.5 * (s.length ? Math.max(...s) : c)],
  ['0.7c+0.3max', (c, s) => 0.7 * c + 0.3 * (s.length ? Math.max(...s) : c)],
  ['0.3c+0.7max', (c, s) => 0.3 * c + 0.7 * (s.length ? Math.max(...s) : c)],
  ['max+0.1*2nd', (c, s) => { const t = [c, ...s].sort((a, b) => b - a); return t[0] + 0.1 * (t[1] ?? t[0]) }],
]
for (const half of ['tuning', 'test'] as const) {
  for (const [name, f] of configs) {
    const runs = []
    for (const q of resolved) {
      if (halfOf(q.id) !== half) continue
      const widened = widenForModes(parseQuery(q.query, tokenizer))
      const qv = await embedder.embedQuery(widened.vectorText)
      const scored = build.clauses.map((c) => ({ id: c.id, s: f(dot(qv, vecById.get(c.id)!), (sentVecs.get(c.id) ?? []).map((v) => dot(qv, v))) }))
      scored.sort((a, b) => b.s - a.s)
      runs.push({ ranked: scored.slice(0, 20).map((x) => x.id), grades: q.grades })
    }
    const m = summarize(runs)
    console.log(half, name.padEnd(22), 'P@10', m.p10.toFixed(3), 'nDCG@10', m.ndcg10.toFixed(3), 'R@20', m.r20.toFixed(3))
    if (half === 'test') break
  }
}
cache.close()
