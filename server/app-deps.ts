/** What createApp needs: everything is a real, already opened component. */
import type { Logger } from 'pino'
import type { Embedder, Tokenizer } from './engine/types.js'
import type { IndexHolder } from './index-holder.js'
import type { MovedIdLookup } from './http/moved-ids.js'

export interface AppOptions {
  /** Allowed CORS origins (`*` allowed); no CORS headers at all when empty. */
  corsOrigins?: string[]
  /** Requests per minute per client IP on /api; 0 (the default here) disables the limit. */
  rateLimit?: number
  /** The built web app (dist/web); when null or missing only the API is served. */
  webRoot?: string | null
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes?: number
  /** The corpus folder the original files are downloaded from (GET /api/plans/:id/file); none when unset. */
  corpusDir?: string | null
  /** Exports in progress at once (running or waiting for the export thread); more answer 429. Default 2. */
  exportsAtOnce?: number
}

export interface AppDeps {
  index: IndexHolder
  tokenizer: Tokenizer
  /** Null when the embedding model is unavailable: semantic and hybrid answer 503. */
  embedder: Embedder | null
  /** Why the embedder is null, in words an operator can act on (for /api/health). */
  semanticReason?: string
  logger: Logger
  /** Where a plan or clause id a re-index renamed went (data/build/moved-ids.json); without it an old id is a 404. */
  movedIds?: MovedIdLookup
  options?: AppOptions
}
