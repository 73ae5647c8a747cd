/**
 * `npm run index -- --explain <file>`: reads one file and prints the outline and metadata the indexer sees
 * (explain.ts formats it). The I/O half of the explanation; writes nothing.
 */
import { existsSync, statSync } from 'node:fs'
import { basename, relative, resolve } from 'node:path'
import { loadCatalog } from './catalog.js'
import { explainDocument } from './explain.js'
import { parseDocument } from './parse-document.js'
import { readDocument } from './read/read-document.js'

/** Prints the explanation of one file; returns the exit code: 1 when it cannot be read or holds no plan. */
export async function explainFile(path: string): Promise<number> {
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
    const plans = parseDocument({ file, text: doc.text, fields: doc.fields, url: doc.url, headings: doc.headings }, loadCatalog('data/catalog.json'))
    console.log(explainDocument(file, plans))
    return plans.length > 0 ? 0 : 1
  } catch (err) {
    console.error(`Cannot explain ${path}: ${(err as Error).message}`)
    return 1
  }
}
