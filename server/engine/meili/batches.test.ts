import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../../indexer/segment/segmenter.js'
import { documentsProblems } from '../../../test/fixtures/meilisearch-openapi/request-validator.js'
import { corpusTestBuild } from '../../../test/fixtures/meili-test-records.js'
import { DEFAULT_BATCH_BYTES, documentBatches } from './batches.js'
import { toClauseDoc } from './documents.js'

const tokenizer = createSegmenter()
const build = corpusTestBuild()

describe('documentBatches', () => {
  it('keeps every batch under the byte limit and every document once, in order', () => {
    const docs = build.clauses.map((c, i) => toClauseDoc(c, i, tokenizer))
    const batches = [...documentBatches(docs, 64 * 1024)]
    expect(batches.length).toBeGreaterThan(1)
    for (const b of batches) {
      expect(Buffer.byteLength(b.json)).toBe(b.bytes)
      expect(b.bytes).toBeLessThanOrEqual(64 * 1024)
    }
    expect(batches.flatMap((b) => JSON.parse(b.json).map((d: { pk: string }) => d.pk))).toEqual(docs.map((d) => d.pk))
    expect(batches.reduce((n, b) => n + b.count, 0)).toBe(docs.length)
  })

  it('sizes by bytes: clauses with 512-float vectors make more, smaller-count batches than clauses without', () => {
    const vector = Float32Array.from({ length: 512 }, (_, i) => Math.sin(i) / 3)
    const plain = [...documentBatches(build.clauses.map((c, i) => toClauseDoc(c, i, tokenizer)), 256 * 1024)]
    const withVectors = [...documentBatches(build.clauses.map((c, i) => toClauseDoc(c, i, tokenizer, vector)), 256 * 1024)]
    expect(withVectors.length).toBeGreaterThan(plain.length)
    expect(Math.max(...withVectors.map((b) => b.bytes))).toBeLessThanOrEqual(256 * 1024)
  })

  it('defaults to 20 MiB, a fifth of Meilisearch\'s default 100 MB payload limit', () => {
    expect(DEFAULT_BATCH_BYTES).toBe(20 * 1024 * 1024)
    const [only] = documentBatches(build.clauses.map((c, i) => toClauseDoc(c, i, tokenizer)))
    expect(only.count).toBe(build.clauses.length)
  })

  it('gives a document larger than the limit a batch of its own', () => {
    const batches = [...documentBatches([{ pk: 'a', t: 'x'.repeat(100) }, { pk: 'b' }], 50)]
    expect(batches.map((b) => b.count)).toEqual([1, 1])
  })
})

describe('document bodies with a userProvided embedder', () => {
  const vector = Float32Array.from([0.25, -0.5, 0.125])
  const clauses = build.clauses.slice(0, 4)

  it('opt a clause without a vector out with _vectors.clauses = null, so the task cannot fail', () => {
    const docs = clauses.map((c, i) => toClauseDoc(c, i, tokenizer, i % 2 === 0 ? vector : null))
    expect(docs.map((d) => d._vectors)).toEqual([{ clauses: [0.25, -0.5, 0.125, 0] }, { clauses: null }, { clauses: [0.25, -0.5, 0.125, 0] }, { clauses: null }])
    const [batch] = documentBatches(docs)
    expect(documentsProblems(JSON.parse(batch.json), 'pk', ['clauses'])).toEqual([])
  })

  it('are flagged when a document leaves _vectors out (what used to fail the whole batch)', () => {
    const docs = clauses.map((c, i) => toClauseDoc(c, i, tokenizer, i === 1 ? undefined : vector))
    expect(documentsProblems(docs, 'pk', ['clauses'])).toEqual([
      'document 1 has no _vectors.clauses (a userProvided embedder fails the task: vector_embedding_error)',
    ])
  })
})
