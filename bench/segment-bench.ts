/**
 * Raw segmentation throughput: jieba `cut` (original text) and the segmenter's `words` (normalise,
 * cut, drop stopwords) on the bundled corpus repeated to at least 5 MB, cut line by line as the
 * indexer cuts clauses; plus theme tagging of the corpus clause lines.
 * `npx tsx bench/segment-bench.ts [--mb 5] [--runs 3]`. Prints the figures and writes the
 * "Segmentation" section of bench/RESULTS.md.
 */
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { corpusFiles } from '../test/fixtures/corpus-fixture.js'
import { createSegmenter } from '../indexer/segment/segmenter.js'
import { clauseLines } from '../test/fixtures/corpus-clause-lines.js'
import { loadThemes, tagThemes } from '../indexer/themes/theme-tagger.js'
import { writeResultsSection } from './results-file.js'

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '5' }, runs: { type: 'string', default: '3' } },
})
const targetBytes = Number(values.mb) * 1e6
const runs = Math.max(1, Number(values.runs))

// Other processes on a shared machine skew every figure; the load average says by how much.
const loadAtStart = loadavg()[0]
const files = corpusFiles()
const corpusLines = files.flatMap((f) => f.text.split(/\r?\n/)).filter((line) => line.trim() !== '')
const lines: string[] = []
let bytes = 0
let chars = 0
while (bytes < targetBytes) {
  for (const line of corpusLines) {
    lines.push(line)
    bytes += Buffer.byteLength(line, 'utf8')
    chars += line.length
  }
}

let t = performance.now()
const segmenter = createSegmenter()
const loadMs = performance.now() - t

/** Median wall time in seconds of `runs` runs of `work`, after one warm-up run. */
function measure(work: () => number): { seconds: number; units: number } {
  let units = work()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    units = work()
    times.push((performance.now() - start) / 1000)
  }
  times.sort((a, b) => a - b)
  return { seconds: times[Math.floor(times.length / 2)], units }
}

const cutResult = measure(() => {
  let n = 0
  for (const line of lines) n += segmenter.cut(line).length
  return n
})
const wordsResult = measure(() => {
  let n = 0
  for (const line of lines) n += segmenter.words(line).length
  return n
})

const themes = loadThemes()
const clauses = clauseLines(files)
const repeat = Math.max(1, Math.ceil(20_000 / clauses.length))
const tagResult = measure(() => {
  let n = 0
  for (let r = 0; r < repeat; r++) for (const c of clauses) n += tagThemes(c, themes).length > 0 ? 1 : 0
  return n
})

const mb = bytes / 1e6
const rate = (s: number) => `${(mb / s).toFixed(2)} MB/s, ${Math.round(chars / s).toLocaleString('en-US')} chars/s`
const tagged = clauses.length * repeat

const report = [
  `Corpus lines repeated to ${mb.toFixed(1)} MB (${chars.toLocaleString('en-US')} characters, ${lines.length.toLocaleString('en-US')} lines), cut line by line; median of ${runs} runs after a warm-up; 1-minute load average ${loadAtStart.toFixed(1)} at start: \`npx tsx bench/segment-bench.ts\`.`,
  '',
  '| step | time (s) | throughput | output |',
  '| --- | ---: | ---: | ---: |',
  `| load jieba + domain dictionary | ${(loadMs / 1000).toFixed(2)} | – | ${segmenter.dictionaryTerms().length} domain terms |`,
  `| \`cut\` (raw jieba, HMM on) | ${cutResult.seconds.toFixed(2)} | ${rate(cutResult.seconds)} | ${cutResult.units.toLocaleString('en-US')} tokens |`,
  `| \`words\` (normalise + cut + filter) | ${wordsResult.seconds.toFixed(2)} | ${rate(wordsResult.seconds)} | ${wordsResult.units.toLocaleString('en-US')} words |`,
  `| \`tagThemes\` (${themes.length} themes) | ${tagResult.seconds.toFixed(2)} | ${Math.round(tagged / tagResult.seconds).toLocaleString('en-US')} clauses/s | ${tagged.toLocaleString('en-US')} clauses |`,
]
console.log(report.join('\n'))
writeResultsSection('Segmentation', report)
