/**
 * `npm run index [-- <path…>] [--json] [--watch] [--no-embed] [--build-dir DIR]`
 * Indexes data/corpus/ (or the given files and folders) into data/build/. Exits non-zero only when
 * nothing could be indexed.
 * `npm run index -- --explain <file>` prints what the indexer sees in one file (outline, metadata and
 * where it came from, warnings) and writes nothing.
 */
import { existsSync, statSync, watch } from 'node:fs'
import { basename, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadCatalog } from './catalog.js'
import { explainDocument } from './explain.js'
import { parseDocument } from './parse-document.js'
import { readDocument } from './read/read-document.js'
import { runIndexer, type IndexerEvent, type IndexerReport } from './pipeline.js'
import { formatSummary, progressLine } from './cli-output.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
    'no-embed': { type: 'boolean', default: false },
    'build-dir': { type: 'string', default: process.env.DATA_DIR ? `${process.env.DATA_DIR}/build` : 'data/build' },
    explain: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
})

if (values.help) {
  console.log('Usage: npm run index -- [path…] [--json] [--watch] [--no-embed] [--build-dir DIR]\n       npm run index -- --explain <file>')
  process.exit(0)
}

if (values.explain) process.exit(await explain(values.explain))

/** Prints the outline and metadata of one file; 1 when it cannot be read or holds no plan. */
async function explain(path: string): Promise<number> {
  const corpus = resolve(process.env.CORPUS_DIR ?? 'data/corpus')
  const inCorpus = resolve(path).startsWith(`${corpus}/`)
  // The name data/catalog.json entries use: relative to the corpus folder, as the indexer names files.
  const file = inCorpus ? relative(corpus, resolve(path)) : basename(path)
  if (!existsSync(path) || statSync(path).isDirectory()) {
    console.error(`Cannot explain ${path}: ${existsSync(path) ? 'it is a folder' : 'no such file'}. Give one file, e.g. npm run index -- --explain data/corpus/<file>.txt`)
    return 1
  }
  try {
    const doc = await readDocument(path)
    const plans = parseDocument({ file, text: doc.text, fields: doc.fields, url: doc.url }, loadCatalog('data/catalog.json'))
    console.log(explainDocument(file, plans))
    return plans.length > 0 ? 0 : 1
  } catch (err) {
    console.error(`Cannot explain ${path}: ${(err as Error).message}`)
    return 1
  }
}

const inputs = positionals.length > 0 ? positionals : [process.env.CORPUS_DIR ?? 'data/corpus']
const interactive = process.stderr.isTTY && !values.json

function onProgress(event: IndexerEvent) {
  if (event.kind === 'note') console.error(event.message)
  else if (interactive) process.stderr.write(`\r${progressLine(event)}`)
  else if (event.kind === 'file' && event.report.status === 'skipped') console.error(`skipped ${event.report.file}: ${event.report.reason}`)
}

async function once(): Promise<IndexerReport | null> {
  try {
    const report = await runIndexer({ inputs, buildDir: values['build-dir']!, embed: !values['no-embed'], onProgress })
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
