/**
 * Whether semantic mode's set should also end a fixed distance below its best cosine (a relative floor), beside the
 * absolute similarity floor (server/engine/similarity-floor.ts): for every question of the tuning half, the semantic
 * set (at most 100) cut at best − δ, its size, and how many of the judged answers it holds (every grade, and grade 2).
 * The test half is not read. `MODEL_DIR=../shared/models npx tsx bench/relative-floor-probe.ts`
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { embedClauses } from '../indexer/embed/embed-clauses.js'
import { DEFAULT_VECTOR_CACHE_PATH, openVectorCache } from '../indexer/embed/vector-cache.js'
import { createSegmenter } from '../indexer/segment/segmenter.js'
import { openSqliteEngine } from '../server/engine/sqlite/sqlite-engine.js'
import { queriesForModes } from '../server/routes/search-request.js'
import { parseQuery } from '../server/query/parse-query.js'
import { loadEmbedder } from '../server/semantic/embedder.js'
import { loadCorpusBuild } from '../test/fixtures/corpus-build.js'
import { TUNING_QUESTIONS } from '../test/eval/judgments.js'
import { resolveQuestions } from '../test/eval/resolve-judgments.js'
const embedder = (await loadEmbedder())!
const build = await loadCorpusBuild()
const engine = await openSqliteEngine({ path: join(mkdtempSync(join(tmpdir(), 'relcut-')), 'index.sqlite') })
const tokenizer = createSegmenter()
await engine.replaceAll(build, await embedClauses(build.clauses, embedder, openVectorCache(DEFAULT_VECTOR_CACHE_PATH)))
const questions = resolveQuestions(TUNING_QUESTIONS, build.clauses)
// δ = Infinity is the set as served: the absolute floor alone.
const deltas = [Infinity, 0.25, 0.2, 0.15, 0.12, 0.1]
const rows = deltas.map(() => ({ size: [] as number[], kept: 0, judged: 0, kept2: 0, judged2: 0 }))
for (const q of questions) {
  const typed = parseQuery(q.query, tokenizer)
  const w = await queriesForModes(typed, tokenizer, engine)
  const r = await engine.search({ query: typed, filters: {}, mode: 'semantic', vector: await embedder.embedQuery(w.vectorText), sort: 'relevance', offset: 0, limit: 100, facets: false })
  const top = r.hits[0]?.score ?? 0
  const rel = q.grades
  deltas.forEach((d, i) => {
    const kept = r.hits.filter((h) => h.score >= top - d)
    rows[i].size.push(kept.length)
    for (const h of r.hits) if (rel.has(h.clause.id)) { rows[i].judged++; if (rel.get(h.clause.id) === 2) rows[i].judged2++ }
    for (const h of kept) if (rel.has(h.clause.id)) { rows[i].kept++; if (rel.get(h.clause.id) === 2) rows[i].kept2++ }
  })
}
const med = (a: number[]) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)]
deltas.forEach((d, i) => console.log('delta', d, 'median set', med(rows[i].size), 'mean', (rows[i].size.reduce((a, b) => a + b, 0) / rows[i].size.length).toFixed(1), 'max', Math.max(...rows[i].size), 'judged kept', rows[i].kept, '/', rows[i].judged, 'grade2 kept', rows[i].kept2, '/', rows[i].judged2))
