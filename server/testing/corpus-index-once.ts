/**
 * The bundled corpus indexed for a test's portal. Indexing it takes about 4 s of CPU and a dozen test files
 * of a run (the HTTP tests, the browser tests) index the same files with the same options, so the run does it
 * once per set of options (run-cache.ts) and each file copies the result into its own build folder, which it
 * may then change as it likes. Outside a vitest run each call indexes by itself.
 */
import { createHash } from 'node:crypto'
import { cpSync } from 'node:fs'
import type { IndexerOptions } from '../../indexer/pipeline.js'
import { onceInRun } from './run-cache.js'
import { runIndexer } from '../startup/run-indexer.js'

/** What the test indexes: the indexer's options but the build folder, which is the test's own. */
export type CorpusIndexOptions = Omit<IndexerOptions, 'buildDir'>

/** Indexes `opts.inputs` into `buildDir`, or copies the run's build of the same inputs and options. */
export async function indexOnceInRun(buildDir: string, opts: CorpusIndexOptions): Promise<void> {
  // The options are the key: a build is shared only with callers asking for exactly the same one.
  const key = `index-${createHash('sha256').update(JSON.stringify(opts)).digest('hex').slice(0, 16)}`
  const shared = await onceInRun(key, async (dir) => {
    await runIndexer({ ...opts, buildDir: dir })
  })
  if (shared) cpSync(shared, buildDir, { recursive: true })
  else await runIndexer({ ...opts, buildDir })
}
