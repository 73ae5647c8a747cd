/**
 * `npm run index [-- <path…>] [--url <address>…] [--urls FILE] [--allow-private] [--json] [--watch] [--no-embed] [--progress] [--build-dir DIR]`
 * Indexes data/corpus/ (or the given files and folders) into data/build/. Web addresses are fetched
 * into data/corpus/web/ first and indexed with the rest. Exits non-zero only when nothing could be indexed.
 * `--progress` prints one progress line per file on stderr even when it is not a terminal, for logs and for
 * a process supervising the run.
 * `npm run index -- --explain <file>` prints what the indexer sees in one file (outline, metadata and
 * where it came from, warnings) and writes nothing.
 */
import { existsSync, watch } from 'node:fs'
import { parseArgs } from 'node:util'
import { explainFile } from './explain-file.js'
import { embedPace, formatSummary, progressLine } from './cli-output.js'
import { indexCorpus, type IndexerEvent, type IndexerReport } from './pipeline.js'
import { commandInputs, formatFetchSummary, progressOfAddress } from './fetch/fetch-command.js'
import { fetchUrls, type FetchReport } from './fetch/fetch-urls.js'
// The entry point puts the pieces together: the pipeline is handed the SQLite writer and the model loader.
import { indexerParts } from '../server/startup/run-indexer.js'

const USAGE =
  'Usage: npm run index -- [path…] [--url ADDRESS…] [--urls FILE] [--allow-private] [--json] [--watch] [--no-embed] [--progress] [--build-dir DIR]\n       npm run index -- --explain <file>'

const { values, positionals } = readArgs()

/** A mistyped command line (an unknown option, --explain without its file) is said in a line with the usage, not a stack trace. */
function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        'no-embed': { type: 'boolean', default: false },
        progress: { type: 'boolean', default: false },
        'build-dir': { type: 'string', default: process.env.DATA_DIR ? `${process.env.DATA_DIR}/build` : 'data/build' },
        url: { type: 'string', multiple: true, default: [] },
        urls: { type: 'string', multiple: true, default: [] },
        'allow-private': { type: 'boolean', default: false },
        explain: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    process.exit(2)
  }
}

if (values.help) {
  console.log(USAGE)
  process.exit(0)
}

if (values.explain) process.exit(await explainFile(values.explain))

const corpusDir = process.env.CORPUS_DIR ?? 'data/corpus'
const webDir = `${corpusDir}/web`
const given = commandInputs(positionals, values.url, values.urls)
const inputs = given.paths.length > 0 ? given.paths : [corpusDir]
let fetched: FetchReport | null = null
const interactive = process.stderr.isTTY && !values.json

/** The first embedding report of this run: the pace and time left are measured from it. */
let firstEmbed: { event: Extract<IndexerEvent, { kind: 'embed' }>; at: number } | null = null

function onProgress(event: IndexerEvent) {
  if (event.kind === 'note') return console.error(event.message)
  let pace = null
  if (event.kind === 'embed') {
    const now = { event, at: performance.now() }
    if (!firstEmbed || event.embedded < firstEmbed.event.embedded) firstEmbed = now
    pace = embedPace(firstEmbed, now)
  }
  if (interactive) process.stderr.write(`\r${progressLine(event, pace)}`)
  else if (event.kind === 'file' && event.report.status === 'skipped') console.error(`skipped ${event.report.file}: ${event.report.reason}`)
  else if (values.progress) console.error(progressLine(event, pace).trimEnd())
}

async function once(): Promise<IndexerReport | null> {
  if (given.addresses.length > 0 && !fetched) {
    fetched = await fetchUrls(given.addresses, {
      webDir,
      allowPrivate: values['allow-private'],
      onAddress: (report, done, total) => !values.json && console.error(progressOfAddress(report, done, total)),
    })
    // Paths were given instead of the corpus folder: the fetched documents are indexed with them.
    if (given.paths.length > 0 && existsSync(webDir)) inputs.push(webDir)
  }
  const fetchSummary = fetched ? `\n${formatFetchSummary(fetched)}` : ''
  try {
    const report = await indexCorpus({ inputs, buildDir: values['build-dir']!, embed: !values['no-embed'], onProgress }, indexerParts)
    if (interactive) process.stderr.write('\n')
    console.log(values.json ? JSON.stringify(fetched ? { ...report, fetch: fetched } : report, null, 2) : formatSummary(report) + fetchSummary)
    return report
  } catch (err) {
    if (interactive) process.stderr.write('\n')
    const error = err as Error & { code?: string }
    if (values.json) console.log(JSON.stringify({ error: { code: error.code ?? 'index_failed', message: error.message }, ...(fetched ? { fetch: fetched } : {}) }))
    else console.error(`Indexing failed: ${error.message}${fetchSummary}`)
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
