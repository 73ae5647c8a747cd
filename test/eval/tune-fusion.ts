/**
 * Offline comparison of hybrid fusion variants on the evaluation set:
 * `npx tsx test/eval/tune-fusion.ts`. It asks the engine for the full keyword list and the semantic list
 * once per question, then fuses them here in several ways, so the variants differ only in the fusion.
 * Used to choose the engine's fusion settings; the numbers it prints are the evidence for that choice.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { embedClauses } from '../../indexer/embed/embed-clauses.js'
import { openVectorCache } from '../../indexer/embed/vector-cache.js'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { reciprocalRankFusion } from '../../server/engine/rank-fusion.js'
import { openSqliteEngine } from '../../server/engine/sqlite-engine.js'
import { rankWeights } from '../../server/engine/sqlite-search.js'
import type { SearchQuery } from '../../server/engine/types.js'
import { parseQuery } from '../../server/query/parse-query.js'
import { loadEmbedder } from '../../server/semantic/embedder.js'
import { loadCorpusBuild } from '../fixtures/corpus-build.js'
import { EVAL_QUESTIONS } from './judgments.js'
import { summarize } from './metrics.js'
import { resolveQuestions } from './resolve-judgments.js'

interface Lists {
  grades: Map<string, number>
  keyword: { id: string; words: number }[]
  wordCount: number
  semantic: string[]
}

/** Weighted RRF: each list's contribution is multiplied by its weight. */
function weightedRrf(lists: string[][], weights: number[], k: number): string[] {
  const score = new Map<string, number>()
  lists.forEach((list, l) => list.forEach((id, i) => score.set(id, (score.get(id) ?? 0) + weights[l] / (k + i + 1))))
  return [...score.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id)
}

const variants: Record<string, (x: Lists) => string[]> = {
  'engine today: RRF k=60, equal weights': (x) => reciprocalRankFusion([x.keyword.map((h) => h.id), x.semantic]).map((f) => f.id),
  'RRF k=60, keyword weight 0.5': (x) => weightedRrf([x.keyword.map((h) => h.id), x.semantic], [0.5, 1], 60),
  'RRF k=20, equal weights': (x) => weightedRrf([x.keyword.map((h) => h.id), x.semantic], [1, 1], 20),
  'RRF k=60, keyword list cut to top 20': (x) => weightedRrf([x.keyword.slice(0, 20).map((h) => h.id), x.semantic], [1, 1], 60),
  'RRF k=60, keyword hits with every query word only': (x) =>
    weightedRrf([x.keyword.filter((h) => h.words >= x.wordCount).map((h) => h.id), x.semantic], [1, 1], 60),
  'RRF k=60, keyword hits with ≥ half the query words': (x) =>
    weightedRrf([x.keyword.filter((h) => h.words * 2 >= x.wordCount).map((h) => h.id), x.semantic], [1, 1], 60),
  'RRF k=60, every-word keyword hits, keyword weight 0.5': (x) =>
    weightedRrf([x.keyword.filter((h) => h.words >= x.wordCount).map((h) => h.id), x.semantic], [0.5, 1], 60),
  'semantic only': (x) => x.semantic,
  'keyword only': (x) => x.keyword.map((h) => h.id),
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'tune-fusion-'))
  const embedder = await loadEmbedder()
  if (!embedder) throw new Error('The embedding model is needed.')
  const build = await loadCorpusBuild()
  const cache = openVectorCache(join(work, 'cache.sqlite'))
  const engine = await openSqliteEngine({ path: join(work, 'index.sqlite') })
  await engine.replaceAll(build, await embedClauses(build.clauses, embedder, cache))
  const tokenizer = createSegmenter()
  const lists: Lists[] = []
  for (const q of resolveQuestions(EVAL_QUESTIONS, build.clauses)) {
    const query = parseQuery(q.query, tokenizer)
    const base: SearchQuery = { query, filters: {}, mode: 'keyword', sort: 'relevance', offset: 0, limit: 1000, facets: false }
    const keyword = (await engine.search(base)).hits.map((h) => ({ id: h.clause.id, words: Math.floor(h.score / rankWeights.word) }))
    const vector = await embedder.embedQuery(q.query)
    const semantic = (await engine.search({ ...base, mode: 'semantic', vector })).hits.map((h) => h.clause.id)
    const wordCount = query.groups.flat().reduce((n, t) => n + (t.kind === 'words' ? t.words.length : 1), 0)
    console.error(`${q.id}: ${JSON.stringify(query.groups.flat().map((t) => (t.kind === 'words' ? t.words : [t.match])))} keyword ${keyword.length}`)
    lists.push({ grades: q.grades, keyword, wordCount, semantic })
  }
  console.log('| fusion | P@10 | recall@20 | nDCG@10 |')
  console.log('| --- | ---: | ---: | ---: |')
  for (const [name, fuse] of Object.entries(variants)) {
    const s = summarize(lists.map((x) => ({ ranked: fuse(x), grades: x.grades })))
    console.log(`| ${name} | ${s.p10.toFixed(3)} | ${s.r20.toFixed(3)} | ${s.ndcg10.toFixed(3)} |`)
  }
  cache.close()
  await engine.close()
  rmSync(work, { recursive: true, force: true })
}

await main()
