/**
 * Prints the retrieval evaluation: `npx tsx test/eval/run-eval.ts [--per-question] [--cached] [--write]`.
 * `--cached` reuses the shared vector cache (data/build/vector-cache.sqlite) instead of embedding from scratch;
 * `--write` puts the table in the "Semantic evaluation" section of bench/RESULTS.md (a section of its own:
 * bench/semantic-bench.ts rewrites the "Semantic" section whole).
 * Exits non-zero when hybrid does not beat keyword on P@10 and nDCG@10, or loses an exact-phrase match.
 */
import { existsSync, readFileSync } from 'node:fs'
import { writeResultsSection } from '../../bench/results-file.js'
import { DEFAULT_VECTOR_CACHE_PATH } from '../../indexer/embed/vector-cache.js'
import { evaluate, halfOf, MODES, type EvaluationReport } from './evaluate.js'
import { ndcgAt, precisionAt } from './metrics.js'

const fmt = (x: number) => x.toFixed(3)

export function formatReport(report: EvaluationReport, perQuestion: boolean): string {
  const lines: string[] = []
  lines.push(`${report.questions} questions, ${report.judgments} judged clauses, ${report.clauses} clauses in the index`)
  lines.push('')
  const count = (half: 'tuning' | 'test') => report.runs.filter((r) => halfOf(r.id) === half).length
  lines.push(`| mode | tuning P@10 | tuning recall@20 | tuning nDCG@10 | test P@10 | test recall@20 | test nDCG@10 | all P@10 |`)
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const mode of MODES) {
    const t = report.halves.tuning[mode]
    const u = report.halves.test[mode]
    lines.push(`| ${mode} | ${fmt(t.p10)} | ${fmt(t.r20)} | ${fmt(t.ndcg10)} | ${fmt(u.p10)} | ${fmt(u.r20)} | ${fmt(u.ndcg10)} | ${fmt(report.summary[mode].p10)} |`)
  }
  lines.push('')
  // A question with 3 relevant clauses can score at most 0.3 on P@10: the ceiling says what 1.0 would mean.
  const ceiling = (half: 'tuning' | 'test') => {
    const runs = report.runs.filter((r) => halfOf(r.id) === half)
    return runs.reduce((sum, r) => sum + Math.min(10, r.grades.size) / 10, 0) / Math.max(1, runs.length)
  }
  lines.push(
    `tuning half: ${count('tuning')} questions (best possible P@10 ${fmt(ceiling('tuning'))}); ` +
      `test half: ${count('test')} questions, never tuned on (best possible P@10 ${fmt(ceiling('test'))})`,
  )
  lines.push('')
  lines.push(
    `exact-phrase check: ${report.phraseMatchesChecked} keyword top-10 clauses contain the whole query; ` +
      `hybrid lost ${report.phraseLosses.length}` +
      report.phraseLosses.map((l) => ` (${l.question}: ${l.clauseId})`).join(''),
  )
  if (perQuestion) {
    lines.push('')
    lines.push('| question | half | query | keyword P@10 / nDCG@10 | semantic | hybrid |')
    lines.push('| --- | --- | --- | ---: | ---: | ---: |')
    for (const run of report.runs) {
      const cell = (mode: (typeof MODES)[number]) =>
        `${fmt(precisionAt(run.ranked[mode], run.grades, 10))} / ${fmt(ndcgAt(run.ranked[mode], run.grades, 10))}`
      lines.push(`| ${run.id} | ${halfOf(run.id)} | ${run.query} | ${cell('keyword')} | ${cell('semantic')} | ${cell('hybrid')} |`)
    }
  }
  return lines.join('\n')
}

/**
 * The hand-written subsections (`### …`) that follow the generated tables in the Semantic evaluation section of
 * bench/RESULTS.md: what was tried on the ranking and not kept. A rewrite of the tables keeps them.
 */
export function handWrittenSubsections(results: string): string[] {
  const section = /## Semantic evaluation\n[\s\S]*?(?=\n## |$)/.exec(results)?.[0] ?? ''
  const at = section.indexOf('\n### ')
  return at < 0 ? [] : ['', section.slice(at + 1).trimEnd()]
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
        'for the everyday questions of test/eval/judgments.ts, judgments-unseen.ts, judgments-fresh.ts and judgments-newest.ts ' +
        '(clauses judged by reading the corpus), split into a tuning half (everything was chosen on it: the first 25, 5 unseen ' +
        'and the 20 newest) and a test half (never tuned on: 30 unseen and 20 fresh). Keyword and hybrid mode widen ' +
        'everyday words with data/dict/everyday-terms.txt, and semantic and hybrid mode embed the question with those official ' +
        'words appended (server/query/everyday-vocabulary.ts semanticQueryText); semantic and hybrid keep only clauses above the similarity floor ' +
        '(server/engine/similarity-floor.ts). Hybrid is the convex combination of cosine and BM25 (server/engine/rank-fusion.ts). ' +
        'P@10 is bounded by the number of judged clauses: a question with 3 answers scores at most 0.3, hence the "best possible" line.',
      '',
      formatReport(report, true),
      ...handWrittenSubsections(existsSync('bench/RESULTS.md') ? readFileSync('bench/RESULTS.md', 'utf8') : ''),
    ])
    console.error('wrote the Semantic evaluation section of bench/RESULTS.md')
  }
  console.error(`(${((performance.now() - started) / 1000).toFixed(1)} s)`)
  const { keyword, hybrid } = report.summary
  const ok = hybrid.p10 > keyword.p10 && hybrid.ndcg10 > keyword.ndcg10 && report.phraseLosses.length === 0
  if (!ok) process.exitCode = 1
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
