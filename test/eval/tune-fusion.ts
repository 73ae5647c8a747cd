/**
 * Offline comparison of hybrid fusion variants on the evaluation set:
 * `npx tsx test/eval/tune-fusion.ts [--grid] [--write]`. It asks the engine for the full keyword list and the semantic
 * list once per question, then fuses them here in several ways, so the variants differ only in the fusion.
 * Used to choose the engine's fusion settings; the numbers it prints are the evidence for that choice.
 * `--grid` adds every combination of keyword list × keyword weight × RRF constant, to see how flat the
 * optimum is (a setting that wins only at one point of the grid is noise on 25 questions, not a choice).
 * `--write` puts the printed tables in the "Hybrid fusion" section of bench/RESULTS.md.
 *
 * `--by-type [--write]` instead sweeps the engine's own semantic weight per query type (rank-fusion.ts
 * HYBRID_WEIGHTS) through real hybrid searches, as the server asks them (everyday vocabulary, relevance
 * feedback, similarity floor), on the tuning questions of each type; `--write` puts that table in the
 * "Hybrid fusion by query type" section.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeResultsSection } from '../../bench/results-file.js'
import { embedClauses } from '../../indexer/embed/embed-clauses.js'
import { DEFAULT_VECTOR_CACHE_PATH, openVectorCache } from '../../indexer/embed/vector-cache.js'
import { normalizeForMatch } from '../../indexer/normalize.js'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { HYBRID_SEMANTIC_WEIGHT, HYBRID_WEIGHTS, queryType, reciprocalRankFusion, SHORT_QUESTION_CHARS, type QueryType } from '../../server/engine/rank-fusion.js'
import { openSqliteEngine } from '../../server/engine/sqlite/sqlite-engine.js'
import { rankWeights } from '../../server/engine/sqlite/rank-weights.js'
import type { SearchQuery } from '../../server/engine/types.js'
import { queriesForModes } from '../../server/routes/search-request.js'
import { parseQuery } from '../../server/query/parse-query.js'
import { loadEmbedder } from '../../server/semantic/embedder.js'
import { loadCorpusBuild } from '../fixtures/corpus-build.js'
import { TUNING_QUESTIONS } from './judgments.js'
import { summarize } from './metrics.js'
import { resolveQuestions } from './resolve-judgments.js'

interface KeywordHit {
  id: string
  /** BM25 of the query words over the clause (the engine's formula), 0 when none occurs. */
  bm25: number
  /** Sum of the idf of the query words the clause contains over the sum for all query words. */
  coverage: number
  /** Query words the clause contains. */
  words: number
  /** Query words of two or more characters the clause contains. */
  longWords: number
}

interface Lists {
  grades: Map<string, number>
  /** The engine's keyword order, every match. */
  keyword: KeywordHit[]
  wordCount: number
  longWordCount: number
  /** The engine's semantic order with cosine similarities. */
  semantic: { id: string; sim: number }[]
  /** Lexical scores of any clause (semantic hits outside the keyword list included). */
  lexical: (id: string) => { bm25: number; coverage: number }
}

/**
 * Convex combination of min-max-normalised scores (Bruch, Gai & Ingber, "An analysis of fusion functions
 * for hybrid retrieval", TOIS 2023) over the union of the semantic list and the keyword list.
 */
function convex(x: Lists, lambda: number, lexical: 'bm25' | 'coverage'): string[] {
  const ids = [...new Set([...x.semantic.map((h) => h.id), ...x.keyword.slice(0, rankWeights.rerankPool).map((h) => h.id)])]
  const sim = new Map(x.semantic.map((h) => [h.id, h.sim]))
  const lowSim = Math.min(...x.semantic.map((h) => h.sim))
  const highSim = Math.max(...x.semantic.map((h) => h.sim))
  const lex = new Map(ids.map((id) => [id, x.lexical(id)[lexical]]))
  const highLex = Math.max(0, ...lex.values())
  const score = (id: string) => {
    const s = ((sim.get(id) ?? lowSim) - lowSim) / Math.max(1e-9, highSim - lowSim)
    const l = highLex > 0 ? lex.get(id)! / highLex : 0
    return lambda * s + (1 - lambda) * l
  }
  return ids.map((id) => [id, score(id)] as const).sort((a, b) => b[1] - a[1]).map(([id]) => id)
}

/** Weighted RRF: each list's contribution is multiplied by its weight. */
function weightedRrf(lists: string[][], weights: number[], k: number): string[] {
  const score = new Map<string, number>()
  lists.forEach((list, l) => list.forEach((id, i) => score.set(id, (score.get(id) ?? 0) + weights[l] / (k + i + 1))))
  return [...score.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id)
}

/** Keyword lists that may enter the fusion. */
const keywordLists: Record<string, (x: Lists) => string[]> = {
  'every match': (x) => x.keyword.map((h) => h.id),
  'top 20': (x) => x.keyword.slice(0, 20).map((h) => h.id),
  'every word': (x) => x.keyword.filter((h) => h.words >= x.wordCount).map((h) => h.id),
  'most words': (x) => {
    const best = Math.max(0, ...x.keyword.map((h) => h.words))
    return x.keyword.filter((h) => h.words >= best).map((h) => h.id)
  },
  'every long word': (x) => x.keyword.filter((h) => h.longWords >= x.longWordCount).map((h) => h.id),
  'most long words': (x) => {
    const best = Math.max(0, ...x.keyword.map((h) => h.longWords))
    return x.keyword.filter((h) => h.longWords >= best).map((h) => h.id)
  },
  'most long words (≥ 2)': (x) => {
    const best = Math.max(0, ...x.keyword.map((h) => h.longWords))
    return x.keyword.filter((h) => h.longWords >= best && h.longWords >= Math.min(2, x.longWordCount)).map((h) => h.id)
  },
}

const semanticOnly = (x: Lists) => x.semantic.map((h) => h.id)

const variants: Record<string, (x: Lists) => string[]> = {
  'previous engine: RRF k=60, equal weights, every match': (x) =>
    reciprocalRankFusion([keywordLists['every match'](x), semanticOnly(x)]).map((f) => f.id),
  'RRF k=60, every word': (x) => weightedRrf([keywordLists['every word'](x), semanticOnly(x)], [1, 1], 60),
  'RRF k=60, most words': (x) => weightedRrf([keywordLists['most words'](x), semanticOnly(x)], [1, 1], 60),
  'RRF k=60, most long words': (x) => weightedRrf([keywordLists['most long words'](x), semanticOnly(x)], [1, 1], 60),
  'RRF k=60, most long words (≥ 2)': (x) => weightedRrf([keywordLists['most long words (≥ 2)'](x), semanticOnly(x)], [1, 1], 60),
  'RRF k=60, most words, semantic floor 0.9 × top': (x) => {
    const top = x.semantic[0]?.sim ?? 0
    return weightedRrf([keywordLists['most words'](x), x.semantic.filter((h) => h.sim >= 0.9 * top).map((h) => h.id)], [1, 1], 60)
  },
  'convex 0.75 cosine + 0.25 BM25 (the engine, recomputed here)': (x) => convex(x, HYBRID_SEMANTIC_WEIGHT, 'bm25'),
  'convex 0.75 cosine + 0.25 idf-weighted share of the query words': (x) => convex(x, HYBRID_SEMANTIC_WEIGHT, 'coverage'),
  'semantic only': semanticOnly,
  'keyword only': (x) => x.keyword.map((h) => h.id),
  'keyword only, a one-character word alone not a match': (x) =>
    x.keyword.filter((h) => h.longWords > 0 || x.longWordCount === 0).map((h) => h.id),
}

function row(name: string, lists: Lists[], fuse: (x: Lists) => string[]): string {
  const s = summarize(lists.map((x) => ({ ranked: fuse(x), grades: x.grades })))
  return `| ${name} | ${s.p10.toFixed(3)} | ${s.r20.toFixed(3)} | ${s.ndcg10.toFixed(3)} |`
}

const BY_TYPE_WEIGHTS = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1]

/** The engine's hybrid search per query type and semantic weight, on the tuning questions of that type. */
async function sweepByType(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'tune-fusion-'))
  const embedder = await loadEmbedder()
  if (!embedder) throw new Error('The embedding model is needed.')
  const build = await loadCorpusBuild()
  const cache = openVectorCache(DEFAULT_VECTOR_CACHE_PATH)
  const engine = await openSqliteEngine({ path: join(work, 'index.sqlite') })
  const chosen = new Map(HYBRID_WEIGHTS)
  try {
    await engine.replaceAll(build, await embedClauses(build.clauses, embedder, cache))
    const tokenizer = createSegmenter()
    const byType = new Map<QueryType, { query: SearchQuery; grades: Map<string, number> }[]>()
    for (const q of resolveQuestions(TUNING_QUESTIONS, build.clauses)) {
      const typed = parseQuery(q.query, tokenizer)
      // As the server asks (search-request.ts queriesForModes): everyday words widened, held parts searched.
      const widened = await queriesForModes(typed, tokenizer, engine)
      const parsed = widened.hybrid
      const vector = await embedder.embedQuery(widened.vectorText)
      const query: SearchQuery = { query: parsed, filters: {}, mode: 'hybrid', vector, sort: 'relevance', offset: 0, limit: 20, facets: false }
      const type = queryType(parsed)
      byType.set(type, [...(byType.get(type) ?? []), { query, grades: q.grades }])
    }
    const lines = [`| query type | questions | semantic weight | P@10 | recall@20 | nDCG@10 |`, '| --- | ---: | ---: | ---: | ---: | ---: |']
    for (const [type, questions] of byType) {
      for (const weight of BY_TYPE_WEIGHTS) {
        HYBRID_WEIGHTS.set(type, weight)
        const runs = []
        for (const q of questions) runs.push({ ranked: (await engine.search(q.query)).hits.map((h) => h.clause.id), grades: q.grades })
        const s = summarize(runs)
        lines.push(`| ${type} | ${questions.length} | ${weight} | ${s.p10.toFixed(3)} | ${s.r20.toFixed(3)} | ${s.ndcg10.toFixed(3)} |`)
        console.error(lines.at(-1))
      }
      HYBRID_WEIGHTS.set(type, chosen.get(type)!)
    }
    console.log(lines.join('\n'))
    if (process.argv.includes('--write')) {
      writeResultsSection('Hybrid fusion by query type', [
        'Reproduce: `npx tsx test/eval/tune-fusion.ts --by-type --write`. The semantic weight of hybrid fusion per query type ' +
          `(server/engine/rank-fusion.ts: short question up to ${SHORT_QUESTION_CHARS} Chinese characters, long question above), swept through the ` +
          'SQLite engine on the tuning half only. The engine uses ' +
          [...chosen].map(([type, weight]) => `${type} ${weight}`).join(', ') + '.',
        '',
        ...lines,
      ])
    }
  } finally {
    for (const [type, weight] of chosen) HYBRID_WEIGHTS.set(type, weight)
    cache.close()
    await engine.close()
    rmSync(work, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'tune-fusion-'))
  const embedder = await loadEmbedder()
  if (!embedder) throw new Error('The embedding model is needed.')
  const build = await loadCorpusBuild()
  const byId = new Map(build.clauses.map((c) => [c.id, normalizeForMatch(`${c.heading}\n${c.text}`)]))
  const cache = openVectorCache(DEFAULT_VECTOR_CACHE_PATH)
  const engine = await openSqliteEngine({ path: join(work, 'index.sqlite') })
  await engine.replaceAll(build, await embedClauses(build.clauses, embedder, cache))
  const tokenizer = createSegmenter()
  const texts = [...byId.values()]
  const avgLength = texts.reduce((n, t) => n + t.length, 0) / texts.length
  const idf = (w: string) => {
    const df = texts.filter((t) => t.includes(w)).length
    return Math.log(1 + (texts.length - df + 0.5) / (df + 0.5))
  }
  const lexicalOf = (words: string[]) => {
    const idfs = words.map(idf)
    const total = idfs.reduce((a, b) => a + b, 0)
    return (id: string) => {
      const text = byId.get(id)!
      const lengthNorm = 1.2 * (1 - 0.75 + (0.75 * text.length) / avgLength)
      let bm25 = 0
      let covered = 0
      words.forEach((w, i) => {
        const tf = text.split(w).length - 1
        if (tf === 0) return
        bm25 += (idfs[i] * tf * 2.2) / (tf + lengthNorm)
        covered += idfs[i]
      })
      return { bm25, coverage: total > 0 ? covered / total : 0 }
    }
  }
  const lists: Lists[] = []
  for (const q of resolveQuestions(TUNING_QUESTIONS, build.clauses)) {
    // The lists the server's keyword and semantic modes give (search-request.ts queriesForModes): keyword mode's widened
    // words, the vector of the question with the official words appended.
    const queries = await queriesForModes(parseQuery(q.query, tokenizer), tokenizer, engine)
    const query = queries.keyword
    const words = query.groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))
    const long = words.filter((w) => [...w].length >= 2)
    const lexical = lexicalOf(words)
    const base: SearchQuery = { query, filters: {}, mode: 'keyword', sort: 'relevance', offset: 0, limit: 1000, facets: false }
    const keyword = (await engine.search(base)).hits.map((h) => {
      const text = byId.get(h.clause.id)!
      return {
        id: h.clause.id,
        words: words.filter((w) => text.includes(w)).length,
        longWords: long.filter((w) => text.includes(w)).length,
        ...lexical(h.clause.id),
      }
    })
    const vector = await embedder.embedQuery(queries.vectorText)
    const semantic = (await engine.search({ ...base, query: parseQuery(q.query, tokenizer), mode: 'semantic', vector })).hits.map((h) => ({ id: h.clause.id, sim: h.score }))
    console.error(`${q.id}: ${JSON.stringify(words)} keyword ${keyword.length}`)
    lists.push({ grades: q.grades, keyword, wordCount: words.length, longWordCount: long.length, semantic, lexical })
  }
  const out: string[] = ['| fusion | P@10 | recall@20 | nDCG@10 |', '| --- | ---: | ---: | ---: |']
  const print = (line: string) => {
    out.push(line)
    console.log(line)
  }
  out.forEach((line) => console.log(line))
  for (const [name, fuse] of Object.entries(variants)) print(row(name, lists, fuse))
  if (process.argv.includes('--grid')) {
    for (const lexical of ['bm25', 'coverage'] as const) {
      for (const lambda of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9]) {
        print(row(`convex ${lambda} cosine + ${(1 - lambda).toFixed(2)} ${lexical}`, lists, (x) => convex(x, lambda, lexical)))
      }
    }
    const byBm25 = (x: Lists) => {
      const ids = [...new Set([...x.semantic.map((h) => h.id), ...x.keyword.slice(0, rankWeights.rerankPool).map((h) => h.id)])]
      return ids.map((id) => [id, x.lexical(id).bm25] as const).filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1]).map(([id]) => id)
    }
    for (const [listName, list] of Object.entries({ ...keywordLists, 'BM25 order of the pool': byBm25 })) {
      for (const k of [10, 30, 60, 100]) {
        for (const w of [0.3, 0.5, 0.75, 1, 1.5]) {
          console.log(row(`${listName}, k=${k}, keyword weight ${w}`, lists, (x) => weightedRrf([list(x), semanticOnly(x)], [w, 1], k)))
        }
      }
    }
  }
  if (process.argv.includes('--write')) {
    writeResultsSection('Hybrid fusion', [
      `Reproduce: \`npx tsx test/eval/tune-fusion.ts${process.argv.includes('--grid') ? ' --grid' : ''} --write\`. Fusions of the same keyword and semantic lists (SQLite engine, bundled corpus), ` +
        'scored on the evaluation questions. The engine uses the convex combination with semantic weight 0.75 (server/engine/rank-fusion.ts), ' +
        'the middle of the range 0.6–0.9 in which it is at least as good as semantic search alone. ' +
        '`--grid` also prints weighted RRF for every keyword list × k ∈ {10, 30, 60, 100} × keyword weight ∈ {0.3 … 1.5}: it passes semantic search alone only at scattered points (k 10–30, keyword weight 0.3–0.5, by at most 0.008 on P@10).',
      '',
      ...out,
    ])
    console.error('wrote the Hybrid fusion section of bench/RESULTS.md')
  }
  cache.close()
  await engine.close()
  rmSync(work, { recursive: true, force: true })
}

if (process.argv.includes('--by-type')) await sweepByType()
else await main()
