/**
 * Indexer throughput on synthetic corpora of 10k and 100k clauses, beside the raw throughput of jieba on
 * the same text, in one run: `npx tsx bench/index-bench.ts [--sizes 10000,100000]`.
 * Writes the "Indexer" section of bench/RESULTS.md.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { buildIndexFromPaths } from '../indexer/build.js'
import { runIndexer } from '../server/startup/run-indexer.js'
import { createSegmenter } from '../indexer/segment/segmenter.js'
import { loadThemes } from '../indexer/themes/theme-tagger.js'
import { writeResultsSection } from './results-file.js'
import { writeSyntheticCorpus } from './synthetic-documents.js'

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,100000' } } })
const sizes = values.sizes!.split(',').map(Number)

interface Row {
  clauses: number
  mb: number
  parseS: number
  fullS: number
  jiebaS: number
}

const rows: Row[] = []
for (const size of sizes) {
  const corpus = writeSyntheticCorpus(join('bench/data', `docs-${size}`), size)
  const mb = corpus.bytes / 1e6
  const text = readdirSync(corpus.dir).map((f) => readFileSync(join(corpus.dir, f), 'utf8'))

  const segmenter = createSegmenter()
  let t = performance.now()
  let words = 0
  for (const doc of text) words += segmenter.cut(doc).length
  const jiebaS = (performance.now() - t) / 1000

  t = performance.now()
  const parsed = await buildIndexFromPaths([corpus.dir], { themes: loadThemes() })
  const parseS = (performance.now() - t) / 1000

  const buildDir = mkdtempSync(join(tmpdir(), 'index-bench-'))
  t = performance.now()
  const report = await runIndexer({ inputs: [corpus.dir], buildDir, embed: false, catalogPath: join(buildDir, 'none.json') })
  const fullS = (performance.now() - t) / 1000
  rmSync(buildDir, { recursive: true, force: true })

  const clauses = parsed.build.clauses.length
  if (report.clauses !== clauses) throw new Error(`indexer counted ${report.clauses} records, parse-only ${clauses}`)
  rows.push({ clauses, mb, parseS, fullS, jiebaS })
  console.log(
    `${clauses} records (${mb.toFixed(1)} MB, ${corpus.plans} plans, ${words} jieba words): ` +
      `parse+tag ${(clauses / parseS).toFixed(0)} rec/s ${(mb / parseS).toFixed(2)} MB/s · ` +
      `full index (read, parse, tag, harvest terms, SQLite FTS) ${(clauses / fullS).toFixed(0)} rec/s ${(mb / fullS).toFixed(2)} MB/s · ` +
      `jieba cut alone ${(mb / jiebaS).toFixed(2)} MB/s · full/jieba time ratio ${(fullS / jiebaS).toFixed(1)}×`,
  )
}

const table = [
  '| records | MB | parse + themes (rec/s, MB/s) | full index, no embeddings (rec/s, MB/s) | jieba cut alone (MB/s) | full ÷ jieba time |',
  '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.clauses} | ${r.mb.toFixed(1)} | ${(r.clauses / r.parseS).toFixed(0)}, ${(r.mb / r.parseS).toFixed(2)} | ` +
      `${(r.clauses / r.fullS).toFixed(0)}, ${(r.mb / r.fullS).toFixed(2)} | ${(r.mb / r.jiebaS).toFixed(2)} | ${(r.fullS / r.jiebaS).toFixed(1)}× |`,
  ),
]
writeResultsSection('Indexer', [
  'Synthetic plans made from the real clauses (words shuffled, varied cities and years): `npx tsx bench/index-bench.ts`.',
  '"Full index" is `runIndexer` without embeddings: read, clean, split, metadata, themes, harvest terms, SQLite FTS build (character grams) and atomic swap; "jieba cut alone" segments the same text with the domain dictionary.',
  '',
  ...table,
])
