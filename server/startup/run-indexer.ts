/**
 * The indexer with its parts put in: the SQLite engine writes the index and the bge model (when it is
 * there) computes embeddings. The CLI (indexer/cli.ts), `npm start` (index-build.ts), the tests and the
 * benchmarks all run the indexer through here; the pipeline itself knows neither part.
 */
import { indexCorpus, type IndexerOptions, type IndexerParts, type IndexerReport } from '../../indexer/pipeline.js'
import { openSqliteEngine } from '../engine/sqlite/sqlite-engine.js'
import { SuggestIndex } from '../suggest-index.js'

export const indexerParts: IndexerParts = {
  suggestions: (build, segmenter) =>
    JSON.stringify(
      SuggestIndex.build({ plans: build.plans, clauses: build.clauses, dictionaryTerms: segmenter.dictionaryTerms(), words: (t) => segmenter.words(t) }).toFile(build.builtAt),
    ),
  openIndexWriter: (path, tokenizer) => openSqliteEngine({ path, tokenizer }),
  // Loaded on demand: onnxruntime takes a while to import and a keyword-only run never needs it.
  loadEmbedder: async (modelDir) => {
    const local = await (await import('../semantic/embedder.js')).loadEmbedder({ modelDir })
    if (!local) return null
    const { defaultEmbedSessions, embedderPool } = await import('../semantic/embedder-pool.js')
    return embedderPool(local, { sessions: defaultEmbedSessions(), modelDir, log: (m) => console.warn(m) })
  },
}

export function runIndexer(opts: IndexerOptions): Promise<IndexerReport> {
  return indexCorpus(opts, indexerParts)
}
