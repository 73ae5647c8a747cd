/**
 * `npm run index [-- <path…>] [--json] [--watch] [--no-embed] [--progress] [--build-dir DIR]`
 * Indexes data/corpus/ (or the given files and folders) into data/build/. Exits non-zero only when
 * nothing could be indexed. `--progress` prints one progress line per file on stderr even when it is not
 * a terminal, for logs and for a process supervising the run.
 */
import { watch } from 'node:fs'
import { parseArgs } from 'node:util'
import { formatSummary, progressLine } from './cli-output.js'
import { indexCorpus, type IndexerEvent, type IndexerReport } from './pipeline.js'
// The entry point puts the pieces together: the pipeline is handed the SQLite writer and the model loader.
import { indexerParts } from '../server/startup/run-indexer.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
    'no-embed': { type: 'boolean', default: false },
    progress: { type: 'boolean', default: false },
    'build-dir': { type: 'string', default: process.env.DATA_DIR ? `${process.env.DATA_DIR}/build` : 'data/build' },
    help: { type: 'boolean', short: 'h', default: false },
  },
})

if (values.help) {
  console.log('Usage: npm run index -- [path…] [--json] [--watch] [--no-embed] [--progress] [--build-dir DIR]')
  process.exit(0)
}

const inputs = positionals.length > 0 ? positionals : [process.env.CORPUS_DIR ?? 'data/corpus']
const interactive = process.stderr.isTTY && !values.json

function onProgress(event: IndexerEvent) {
  if (event.kind === 'note') console.error(event.message)
  else if (interactive) process.stderr.write(`\r${progressLine(event)}`)
  else if (event.kind === 'file' && event.report.status === 'skipped') console.error(`skipped ${event.report.file}: ${event.report.reason}`)
  else if (values.progress) console.error(progressLine(event).trimEnd())
}

async function once(): Promise<IndexerReport | null> {
  try {
    const report = await indexCorpus({ inputs, buildDir: values['build-dir']!, embed: !values['no-embed'], onProgress }, indexerParts)
    if (interactive) process.stderr.write('\n')
    console.log(values.json ? JSON.stringify(report, null, 2) : formatSummary(report))
    return report
  } catch (err) {
    if (interactive) process.stderr.write('\n')
    const error = err as Error & { code?: string }
    if (values.json) console.log(JSON.stringify({ error: { code: error.code ?? 'index_failed', message: error.message } }))
    else console.error(`Indexing failed: ${error.message}`)
    return null
  }
}

const first = await once()
if (!values.watch) process.exit(first ? 0 : 1)

console.error(`Watching ${inputs.join(', ')} for changes (Ctrl+C to stop)…`)
let timer: NodeJS.Timeout | null = null
let running = false
for (const input of inputs) {
  watch(input, { recursive: true }, () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(async () => {
      if (running) return
      running = true
      await once()
      running = false
    }, 500)
  })
}
