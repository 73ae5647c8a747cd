/**
 * Chooses the pseudo-relevance feedback (server/engine/relevance-feedback.ts) on the tuning half:
 * `npx tsx test/eval/tune-feedback.ts [--write]`. For each number of fed-back clauses × weight it asks every tuning
 * question in semantic and hybrid mode and prints P@10, recall@20 and nDCG@10. The setting kept is one in the
 * middle of a range where hybrid nDCG@10 is flat, not a lone best point. The test half is not read here.
 * `--write` puts the table in the "Relevance feedback" section of bench/RESULTS.md.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeResultsSection } from '../../bench/results-file.js'
import { embedClauses } from '../../indexer/embed/embed-clauses.js'
import { DEFAULT_VECTOR_CACHE_PATH, openVectorCache } from '../../indexer/embed/vector-cache.js'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { RELEVANCE_FEEDBACK, relevanceFeedback } from '../../server/engine/relevance-feedback.js'
import { openSqliteEngine } from '../../server/engine/sqlite/sqlite-engine.js'
import { queriesForModes } from '../../server/routes/search-request.js'
import { parseQuery } from '../../server/query/parse-query.js'
import { EMBEDDING_MODEL_ID, loadEmbedder } from '../../server/semantic/embedder.js'
import { loadCorpusBuild } from '../fixtures/corpus-build.js'
import { TUNING_QUESTIONS } from './judgments.js'
import { summarize } from './metrics.js'
import { resolveQuestions } from './resolve-judgments.js'

const PASSAGES = [1, 2, 3, 5, 8]
const WEIGHTS = [0, 0.1, 0.2, 0.3, 0.5, 0.7, 1]

async function main(): Promise<void> {
  const embedder = await loadEmbedder()
  if (!embedder) throw new Error('The sweep needs the embedding model.')
  const build = await loadCorpusBuild()
  const work = mkdtempSync(join(tmpdir(), 'tune-feedback-'))
  const cache = openVectorCache(DEFAULT_VECTOR_CACHE_PATH)
  const engine = await openSqliteEngine({ path: join(work, 'index.sqlite') })
  const tokenizer = createSegmenter()
  const chosen = relevanceFeedback(EMBEDDING_MODEL_ID)
  try {
    await engine.replaceAll(build, await embedClauses(build.clauses, embedder, cache))
    const questions = []
    for (const q of resolveQuestions(TUNING_QUESTIONS, build.clauses)) {
      const parsed = parseQuery(q.query, tokenizer)
      // As the server asks (search-request.ts queriesForModes): hybrid widens everyday words and searches the held parts
      // of words no clause holds; both embed the question with the official words appended.
      const { hybrid: widened, vectorText } = await queriesForModes(parsed, tokenizer, engine)
      questions.push({ ...q, parsed, widened, vector: await embedder.embedQuery(vectorText) })
    }
    const lines = ['| fed-back clauses | weight | semantic P@10 | semantic nDCG@10 | hybrid P@10 | hybrid recall@20 | hybrid nDCG@10 |']
    lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for (const passages of PASSAGES) {
      for (const weight of WEIGHTS) {
        if (weight === 0 && passages !== PASSAGES[0]) continue
        RELEVANCE_FEEDBACK.set(EMBEDDING_MODEL_ID, { passages, weight })
        const runs = { semantic: [] as { ranked: string[]; grades: Map<string, number> }[], hybrid: [] as { ranked: string[]; grades: Map<string, number> }[] }
        for (const q of questions) {
          for (const mode of ['semantic', 'hybrid'] as const) {
            const result = await engine.search({
              query: mode === 'hybrid' ? q.widened : q.parsed, filters: {}, mode, vector: q.vector, sort: 'relevance', offset: 0, limit: 20, facets: false,
            })
            runs[mode].push({ ranked: result.hits.map((h) => h.clause.id), grades: q.grades })
          }
        }
        const s = summarize(runs.semantic)
        const h = summarize(runs.hybrid)
        lines.push(`| ${weight === 0 ? 'none' : passages} | ${weight} | ${s.p10.toFixed(3)} | ${s.ndcg10.toFixed(3)} | ${h.p10.toFixed(3)} | ${h.r20.toFixed(3)} | ${h.ndcg10.toFixed(3)} |`)
        console.error(lines.at(-1))
      }
    }
    console.log(lines.join('\n'))
    if (process.argv.includes('--write')) {
      writeResultsSection('Relevance feedback', [
        'Reproduce: `npx tsx test/eval/tune-feedback.ts --write`. Pseudo-relevance feedback (server/engine/relevance-feedback.ts): ' +
          `the query vector plus weight × the mean of its nearest clauses, swept on the ${questions.length} questions of the tuning half only. ` +
          'Only the order changes: the set is still judged on the query\'s own cosine (similarity floor). The engine uses ' +
          `${chosen.passages} clauses at weight ${chosen.weight}, the middle of the plateau (3–5 clauses, weight 0.3–1).`,
        '',
        ...lines,
      ])
    }
  } finally {
    RELEVANCE_FEEDBACK.set(EMBEDDING_MODEL_ID, chosen)
    cache.close()
    await engine.close()
    rmSync(work, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
