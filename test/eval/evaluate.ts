/**
 * The retrieval evaluation: the bundled corpus indexed with the real indexer, embedded with the real model,
 * loaded into the real SQLite engine, and every question of judgments.ts asked in keyword, semantic and
 * hybrid mode, the way the server asks them (parseQuery with the jieba segmenter, embedQuery for the vector).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { embedClauses } from '../../indexer/embed/embed-clauses.js'
import { openVectorCache } from '../../indexer/embed/vector-cache.js'
import { normalizeForMatch } from '../../indexer/normalize.js'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import type { ClauseRecord } from '../../indexer/types.js'
import { openSqliteEngine } from '../../server/engine/sqlite/sqlite-engine.js'
import type { SearchMode } from '../../server/engine/types.js'
import { parseQuery } from '../../server/query/parse-query.js'
import { searchQuerySchema } from '../../server/http/query-schemas.js'
import { queriesForModes, scopeQuery } from '../../server/routes/search-request.js'
import { describeModelStatus, loadEmbedder } from '../../server/semantic/embedder.js'
import { loadCorpusBuild } from '../fixtures/corpus-build.js'
import { EVAL_QUESTIONS, TEST_QUESTIONS, type EvalQuestion } from './judgments.js'
import { summarize, type MetricSummary } from './metrics.js'
import { resolveQuestions } from './resolve-judgments.js'

export const MODES: readonly SearchMode[] = ['keyword', 'semantic', 'hybrid']
/** Results fetched per question: enough for recall@20. */
const DEPTH = 20

export interface QuestionRun {
  id: string
  query: string
  grades: Map<string, number>
  ranked: Record<SearchMode, string[]>
}

export interface PhraseLoss {
  question: string
  /** A clause in keyword's top 10 that contains the whole query, missing from hybrid's top 10. */
  clauseId: string
}

export interface EvaluationReport {
  clauses: number
  questions: number
  judgments: number
  summary: Record<SearchMode, MetricSummary>
  /** The same metrics on the tuning half and on the test half (judgments.ts), each over its questions asked. */
  halves: Record<Half, Record<SearchMode, MetricSummary>>
  runs: QuestionRun[]
  /** Exact-phrase matches keyword has in its top 10 and hybrid lost; must be empty. */
  phraseLosses: PhraseLoss[]
  /** How many exact-phrase matches the check looked at. */
  phraseMatchesChecked: number
}

export type Half = 'tuning' | 'test'
const TEST_IDS = new Set(TEST_QUESTIONS.map((q) => q.id))
export const halfOf = (questionId: string): Half => (TEST_IDS.has(questionId) ? 'test' : 'tuning')

export function summarizeModes(runs: readonly QuestionRun[]): Record<SearchMode, MetricSummary> {
  const summary = {} as Record<SearchMode, MetricSummary>
  for (const mode of MODES) summary[mode] = summarize(runs.map((r) => ({ ranked: r.ranked[mode], grades: r.grades })))
  return summary
}

export interface EvaluateOptions {
  questions?: readonly EvalQuestion[]
  /** Vector cache file; a temporary one by default, so the run embeds from scratch and proves nothing stale. */
  cachePath?: string
  onProgress?: (message: string) => void
}

function containsQuery(clause: ClauseRecord, query: string): boolean {
  return normalizeForMatch(`${clause.heading}\n${clause.text}`).includes(normalizeForMatch(query))
}

export async function evaluate(opts: EvaluateOptions = {}): Promise<EvaluationReport> {
  const questions = opts.questions ?? EVAL_QUESTIONS
  const say = opts.onProgress ?? (() => {})
  const work = mkdtempSync(join(tmpdir(), 'semantic-eval-'))
  const embedder = await loadEmbedder()
  if (!embedder) throw new Error(`The evaluation needs the embedding model. ${describeModelStatus().reason}`)

  const build = await loadCorpusBuild()
  const byId = new Map(build.clauses.map((c) => [c.id, c]))
  const resolved = resolveQuestions(questions, build.clauses)
  say(`corpus: ${build.plans.length} plans, ${build.clauses.length} clauses; ${questions.length} questions`)

  const cache = openVectorCache(opts.cachePath ?? join(work, 'vector-cache.sqlite'))
  const engine = await openSqliteEngine({ path: join(work, 'index.sqlite') })
  try {
    const vectors = await embedClauses(build.clauses, embedder, cache, (p) => {
      if (p.done === p.total) say(`embedded ${p.embedded} passages, ${p.cached} from cache`)
    })
    await engine.replaceAll(build, vectors)
    const tokenizer = createSegmenter()

    const runs: QuestionRun[] = []
    for (const q of resolved) {
      const query = parseQuery(q.query, tokenizer)
      // As the server asks (routes/search-request.ts): keyword and hybrid mode widen everyday words.
      // As the server asks and embeds it (search-request.ts queriesForModes), unless the vocabulary is switched off for a comparison.
      // And in hybrid mode a typed word no clause holds is searched by its held parts too (search-request.ts
      // queriesForModes), unless switched off for a comparison (no engine to ask).
      const widened = process.env.EVAL_NO_VOCABULARY
        ? { keyword: query, hybrid: query, vectorText: q.query }
        : await queriesForModes(query, tokenizer, process.env.EVAL_NO_HELD_PARTS ? undefined : engine)
      const vector = await embedder.embedQuery(widened.vectorText)
      const ranked = {} as Record<SearchMode, string[]>
      for (const mode of MODES) {
        // What the server runs (search-request.ts scopeQuery), the places and years a question names read as filters,
        // unless the vocabulary or the held parts are switched off for a comparison.
        const scoped = process.env.EVAL_NO_VOCABULARY || process.env.EVAL_NO_HELD_PARTS ? null : await scopeQuery(searchQuerySchema.parse({ q: q.query, mode }), tokenizer, embedder, engine)
        const result = await engine.search({
          query: scoped ? scoped.parsed : mode === 'semantic' ? query : widened[mode],
          filters: scoped ? scoped.filters : {},
          mode: scoped ? scoped.engineMode : mode,
          vector: scoped ? scoped.vector : mode === 'keyword' ? undefined : vector,
          sort: 'relevance',
          offset: 0,
          limit: DEPTH,
          facets: false,
        })
        ranked[mode] = result.hits.map((h) => h.clause.id)
      }
      runs.push({ id: q.id, query: q.query, grades: q.grades, ranked })
    }

    const summary = summarizeModes(runs)
    const halves = {
      tuning: summarizeModes(runs.filter((r) => halfOf(r.id) === 'tuning')),
      test: summarizeModes(runs.filter((r) => halfOf(r.id) === 'test')),
    }

    const phraseLosses: PhraseLoss[] = []
    let phraseMatchesChecked = 0
    for (const run of runs) {
      const hybridTop = new Set(run.ranked.hybrid.slice(0, 10))
      for (const id of run.ranked.keyword.slice(0, 10)) {
        if (!containsQuery(byId.get(id)!, run.query)) continue
        phraseMatchesChecked++
        if (!hybridTop.has(id)) phraseLosses.push({ question: run.id, clauseId: id })
      }
    }

    return {
      clauses: build.clauses.length,
      questions: questions.length,
      judgments: resolved.reduce((s, q) => s + q.grades.size, 0),
      summary,
      halves,
      runs,
      phraseLosses,
      phraseMatchesChecked,
    }
  } finally {
    cache.close()
    await engine.close()
    rmSync(work, { recursive: true, force: true })
  }
}
