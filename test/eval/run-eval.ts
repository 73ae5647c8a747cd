/**
 * Prints the retrieval evaluation: `npx tsx test/eval/run-eval.ts [--per-question] [--cached] [--write]`.
 * `--cached` reuses the shared vector cache (data/build/vector-cache.sqlite) instead of embedding from scratch;
 * `--write` puts the table in the "Semantic evaluation" section of bench/RESULTS.md (a section of its own:
 * bench/semantic-bench.ts rewrites the "Semantic" section whole).
 * Exits non-zero when hybrid does not beat keyword on P@10 and nDCG@10, or loses an exact-phrase match.
 */
import { writeResultsSection } from '../../bench/results-file.js'
import { DEFAULT_VECTOR_CACHE_PATH } from '../../indexer/embed/vector-cache.js'
import { evaluate, MODES, type EvaluationReport } from './evaluate.js'
import { ndcgAt, precisionAt } from './metrics.js'

const fmt = (x: number) => x.toFixed(3)

export function formatReport(report: EvaluationReport, perQuestion: boolean): string {
  const lines: string[] = []
  lines.push(`${report.questions} questions, ${report.judgments} judged clauses, ${report.clauses} clauses in the index`)
  lines.push('')
  lines.push('| mode | P@10 | recall@20 | nDCG@10 |')
  lines.push('| --- | ---: | ---: | ---: |')
  for (const mode of MODES) {
    const s = report.summary[mode]
    lines.push(`| ${mode} | ${fmt(s.p10)} | ${fmt(s.r20)} | ${fmt(s.ndcg10)} |`)
  }
  lines.push('')
  lines.push(
    `exact-phrase check: ${report.phraseMatchesChecked} keyword top-10 clauses contain the whole query; ` +
      `hybrid lost ${report.phraseLosses.length}` +
      report.phraseLosses.map((l) => ` (${l.question}: ${l.clauseId})`).join(''),
  )
  if (perQuestion) {
    lines.push('')
    lines.push('| question | query | keyword P@10 / nDCG@10 | semantic | hybrid |')
    lines.push('| --- | --- | ---: | ---: | ---: |')
    for (const run of report.runs) {
      const cell = (mode: (typeof MODES)[number]) =>
        `${fmt(precisionAt(run.ranked[mode], run.grades, 10))} / ${fmt(ndcgAt(run.ranked[mode], run.grades, 10))}`
      lines.push(`| ${run.id} | ${run.query} | ${cell('keyword')} | ${cell('semantic')} | ${cell('hybrid')} |`)
    }
  }
  return lines.join('\n')
}

async function main(): Promise<void> {
  const started = performance.now()
  const report = await evaluate({
    onProgress: (m) => console.error(m),
    cachePath: process.argv.includes('--cached') ? DEFAULT_VECTOR_CACHE_PATH : undefined,
  })
  console.log(formatReport(report, process.argv.includes('--per-question')))
  if (process.argv.includes('--write')) {
    writeResultsSection('Semantic evaluation', [
      'Reproduce: `npx tsx test/eval/run-eval.ts --per-question`. Retrieval quality on the SQLite engine over the bundled corpus, ' +
        'for the everyday questions of test/eval/judgments.ts (clauses judged by reading the corpus). Hybrid is the convex ' +
        'combination of cosine and BM25 (server/engine/rank-fusion.ts; the comparison of fusions is in the "Hybrid fusion" section).',
      '',
      formatReport(report, true),
    ])
    console.error('wrote the Semantic evaluation section of bench/RESULTS.md')
  }
  console.error(`(${((performance.now() - started) / 1000).toFixed(1)} s)`)
  const { keyword, hybrid } = report.summary
  const ok = hybrid.p10 > keyword.p10 && hybrid.ndcg10 > keyword.ndcg10 && report.phraseLosses.length === 0
  if (!ok) process.exitCode = 1
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
