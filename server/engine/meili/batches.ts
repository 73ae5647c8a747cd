/**
 * Document batches sized by bytes, not by count: a clause with a float vector is ~20 KB of JSON and one
 * without is ~2 KB, so a fixed count either wastes requests or crosses Meilisearch's payload limit
 * (--http-payload-size-limit, 100 MB by default). Pure: documents in, JSON array bodies out.
 */

/** Default body size of one batch: well under the 100 MB default limit, large enough for auto-batching to pay. */
export const DEFAULT_BATCH_BYTES = 20 * 1024 * 1024

export interface DocumentBatch {
  /** A JSON array of the documents, as sent in the request body. */
  json: string
  /** Documents in the batch. */
  count: number
  /** UTF-8 size of `json`. */
  bytes: number
}

/**
 * Groups documents into JSON array bodies of at most `maxBytes` each. A document larger than
 * `maxBytes` on its own gets a batch of its own (Meilisearch then says whether it fits its limit).
 */
export function* documentBatches(docs: Iterable<object>, maxBytes = DEFAULT_BATCH_BYTES): Generator<DocumentBatch> {
  let parts: string[] = []
  let bytes = 2 // the brackets
  for (const doc of docs) {
    const json = JSON.stringify(doc)
    const size = Buffer.byteLength(json, 'utf8')
    // +1 for the comma before it.
    if (parts.length > 0 && bytes + 1 + size > maxBytes) {
      yield { json: `[${parts.join(',')}]`, count: parts.length, bytes }
      parts = []
      bytes = 2
    }
    bytes += (parts.length > 0 ? 1 : 0) + size
    parts.push(json)
  }
  if (parts.length > 0) yield { json: `[${parts.join(',')}]`, count: parts.length, bytes }
}
