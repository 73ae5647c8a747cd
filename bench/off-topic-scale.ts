/**
 * Whether the similarity floor stays honest as the corpus grows. The floor (server/engine/similarity-floor.ts)
 * was chosen on the bundled 343 clauses, where off-topic queries find at most 3; with more clauses more of them
 * lie above any fixed cosine. This adds N synthetic clauses (bench/synthetic-corpus.ts: real clauses' words
 * shuffled, real chapter titles, embedded with the real model) to the bundled corpus and asks every off-topic
 * query of test/eval/tune-threshold.ts the way the server asks, in semantic and hybrid mode.
 *
 *   npx tsx bench/off-topic-scale.ts [--sizes 0,3000,10000] [--write]
 *
 * Vectors are cached in bench/data/off-topic-vectors.sqlite, so only the first run embeds.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { embedClauses } from '../indexer/embed/embed-clauses.js'
import { DEFAULT_VECTOR_CACHE_PATH, openVectorCache } from '../indexer/embed/vector-cache.js'
import { createSegmenter } from '../indexer/segment/segmenter.js'
import type { ClauseRecord, ClauseVectors } from '../indexer/types.js'
import { openSqliteEngine } from '../server/engine/sqlite/sqlite-engine.js'
import type { SearchMode } from '../server/engine/types.js'
import { prepareQuery } from '../server/routes/search-request.js'
import { loadEmbedder } from '../server/semantic/embedder.js'
import { TEST_QUESTIONS, TUNING_QUESTIONS } from '../test/eval/judgments.js'
import { HELD_OUT_OFF_TOPIC_QUERIES, OFF_TOPIC_QUERIES } from '../test/eval/tune-threshold.js'
import { loadCorpusBuild } from '../test/fixtures/corpus-build.js'
import { writeResultsSection } from './results-file.js'
import { syntheticBuild } from './synthetic-corpus.js'

const arg = (name: string) => {
  const at = process.argv.indexOf(name)
  return at < 0 ? undefined : process.argv[at + 1]
}
const sizes = (arg('--sizes') ?? '0,3000,10000').split(',').map(Number)
/** The bar for a nonsense or off-topic query. */
const FEW = 3

const embedder = await loadEmbedder()
if (!embedder) throw new Error('This bench needs the embedding model (../shared/models or MODEL_DIR).')
const bundled = await loadCorpusBuild()
const synthetic = await syntheticBuild(Math.max(...sizes))
mkdirSync('bench/data', { recursive: true })

async function vectorsOf(clauses: ClauseRecord[], cachePath: string): Promise<ClauseVectors> {
  const cache = openVectorCache(cachePath)
  const started = Date.now()
  try {
    return await embedClauses(clauses, embedder!, cache, (p) => {
      if (p.embedded > 0 && p.embedded % 640 === 0) console.error(`embedded ${p.embedded} of ${p.total - p.cached} in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    })
  } finally {
    cache.close()
  }
}
const realVectors = await vectorsOf(bundled.clauses, DEFAULT_VECTOR_CACHE_PATH)
const syntheticVectors = await vectorsOf(synthetic.clauses, 'bench/data/off-topic-vectors.sqlite')
const tokenizer = createSegmenter()
const onTopic = [...TUNING_QUESTIONS, ...TEST_QUESTIONS].map((q) => q.query)

const lines = [
  '| clauses | off-topic: most semantic / hybrid results | off-topic queries over 3 (semantic/hybrid) | held out: most semantic results | held-out queries over 3 (semantic) | on-topic questions: median semantic total |',
  '| ---: | ---: | --- | ---: | --- | ---: |',
]
for (const size of sizes) {
  const planIds = new Set(synthetic.clauses.slice(0, size).map((c) => c.planId))
  const build = {
    plans: [...bundled.plans, ...synthetic.plans.filter((p) => planIds.has(p.id))],
    clauses: [...bundled.clauses, ...synthetic.clauses.slice(0, size)],
    builtAt: bundled.builtAt,
  }
  const vectors: ClauseVectors = { ...realVectors, byId: new Map([...realVectors.byId, ...syntheticVectors.byId]) }
  const work = mkdtempSync(join(tmpdir(), 'off-topic-scale-'))
  const engine = await openSqliteEngine({ path: join(work, 'index.sqlite') })
  try {
    await engine.replaceAll(build, vectors)
    const total = async (text: string, mode: SearchMode) => {
      const { parsed, engineMode, vector } = await prepareQuery(text, mode, tokenizer, embedder)
      const result = await engine.search({ query: parsed, filters: {}, mode: engineMode, vector, sort: 'relevance', offset: 0, limit: 1, facets: false })
      return result.total
    }
    const most = { semantic: 0, hybrid: 0 }
    const offOver: string[] = []
    for (const text of OFF_TOPIC_QUERIES) {
      const counts = { semantic: await total(text, 'semantic'), hybrid: await total(text, 'hybrid') }
      for (const mode of ['semantic', 'hybrid'] as const) most[mode] = Math.max(most[mode], counts[mode])
      if (counts.semantic > FEW || counts.hybrid > FEW) offOver.push(`${text} ${counts.semantic}/${counts.hybrid}`)
    }
    const heldOut: [string, number][] = []
    for (const text of HELD_OUT_OFF_TOPIC_QUERIES) heldOut.push([text, await total(text, 'semantic')])
    const onTotals: number[] = []
    for (const text of onTopic) onTotals.push(await total(text, 'semantic'))
    onTotals.sort((a, b) => a - b)
    const over = heldOut.filter(([, n]) => n > FEW).map(([t, n]) => `${t} ${n}`)
    lines.push(
      `| ${build.clauses.length} | ${most.semantic} / ${most.hybrid} | ${offOver.join(', ') || 'none'} | ${Math.max(...heldOut.map(([, n]) => n))} | ${over.join(', ') || 'none'} | ${onTotals[onTotals.length >> 1]} |`,
    )
    console.error(lines.at(-1))
  } finally {
    await engine.close()
    rmSync(work, { recursive: true, force: true })
  }
}
console.log(lines.join('\n'))
if (process.argv.includes('--write')) {
  writeResultsSection('Off-topic queries as the corpus grows', [
    `Reproduce: \`npx tsx bench/off-topic-scale.ts --sizes ${sizes.join(',')}\`. The bundled corpus plus N SYNTHETIC clauses (real clauses' words shuffled under real chapter titles, embedded with the real model), searched as the server searches, with the similarity floor chosen on the bundled corpus. Off-topic: the ${OFF_TOPIC_QUERIES.length} queries the floor was chosen with; held out: the ${HELD_OUT_OFF_TOPIC_QUERIES.length} it never read. Semantic sets stop at 100 clauses.`,
    '',
    ...lines,
  ])
}
