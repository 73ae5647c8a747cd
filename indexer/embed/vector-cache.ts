/**
 * Vectors already computed, keyed by sha256(model id + passage text), in a small SQLite file under data/build/.
 * Re-indexing an unchanged corpus therefore embeds nothing; a changed clause (or a new model) gets a new key.
 */
import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { CodedError } from '../errors.js'

export const DEFAULT_VECTOR_CACHE_PATH = join(
  resolve(dirname(fileURLToPath(import.meta.url)), '../..'),
  'data',
  'build',
  'vector-cache.sqlite',
)

export class VectorCacheError extends CodedError<'vector_cache_unreadable'> {
  constructor(message: string, options?: { cause?: unknown }) {
    super('vector_cache_unreadable', message, options)
  }
}

export interface VectorCache {
  readonly path: string
  /** The cached vectors among `keys`. */
  getMany(keys: string[]): Map<string, Float32Array>
  /** Stores vectors in one transaction, so an interrupted run keeps every finished batch. */
  putMany(entries: Iterable<[key: string, vector: Float32Array]>): void
  size(): number
  close(): void
}

export function vectorCacheKey(modelId: string, passage: string): string {
  return createHash('sha256').update(modelId).update('\u0000').update(passage).digest('hex')
}

function toBlob(vector: Float32Array): Buffer {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength)
}

function fromBlob(blob: Buffer): Float32Array {
  // Copy: a Buffer's offset need not be 4-byte aligned, and the copy outlives SQLite's row memory.
  const bytes = new Uint8Array(blob.byteLength)
  bytes.set(blob)
  return new Float32Array(bytes.buffer)
}

export function openVectorCache(path: string = DEFAULT_VECTOR_CACHE_PATH): VectorCache {
  let db: Database.Database
  try {
    mkdirSync(dirname(path), { recursive: true })
    db = new Database(path)
    db.pragma('journal_mode = WAL')
    db.exec('CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL) WITHOUT ROWID')
  } catch (error) {
    throw new VectorCacheError(
      `The embedding cache ${path} cannot be opened (${error instanceof Error ? error.message : error}). ` +
        `Delete the file to rebuild it; the next index run will embed every clause again.`,
      { cause: error },
    )
  }
  const select = db.prepare<[string], { vector: Buffer }>('SELECT vector FROM vectors WHERE key = ?')
  const insert = db.prepare<[string, Buffer]>('INSERT OR REPLACE INTO vectors (key, vector) VALUES (?, ?)')
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM vectors')
  const insertAll = db.transaction((entries: Iterable<[string, Float32Array]>) => {
    for (const [key, vector] of entries) insert.run(key, toBlob(vector))
  })

  return {
    path,
    getMany(keys) {
      const found = new Map<string, Float32Array>()
      for (const key of keys) {
        const row = select.get(key)
        if (row) found.set(key, fromBlob(row.vector))
      }
      return found
    },
    putMany(entries) {
      insertAll(entries)
    },
    size() {
      return count.get()!.n
    },
    close() {
      db.close()
    },
  }
}
