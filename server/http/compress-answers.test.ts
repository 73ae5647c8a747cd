/**
 * API answers compressed over real HTTP (node:http, which neither asks for nor undoes a coding by itself):
 * brotli or gzip as the client accepts; small answers and HEAD left uncoded, a 304 with the ETag and Vary of its 200,
 * the streamed export in an accepted coding only.
 */
import http from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { useTestPortal } from '../testing/use-test-portal.js'
import { chooseEncoding } from './accept-encoding.js'
import { COMPRESS_THRESHOLD, compressAnswers } from './compress-answers.js'

const t = useTestPortal()
const q = encodeURIComponent

interface Raw { status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }

function raw(pathAndQuery: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(t.url + pathAndQuery, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

const decode = (r: Raw) =>
  r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.bytes) : r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.bytes) : r.bytes

const SECURITY = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'cross-origin-resource-policy']

describe('chooseEncoding', () => {
  it('prefers br, then gzip, by q; * counts; q=0 and unknown codings give identity', () => {
    expect([
      chooseEncoding('gzip, deflate, br'), chooseEncoding('gzip'), chooseEncoding('br;q=0.5, gzip'), chooseEncoding('*'),
      chooseEncoding('br;q=0, gzip;q=0'), chooseEncoding('deflate'), chooseEncoding('identity'), chooseEncoding(undefined), chooseEncoding('BR'),
    ]).toEqual(['br', 'gzip', 'gzip', 'br', null, null, null, null, 'br'])
  })
})

describe('API answers over HTTP', () => {
  it('sends a search and a research answer in brotli or gzip, the same JSON decoded, with their headers', async () => {
    for (const path of [`/api/search?q=${q('双减')}&fullText=true&limit=50`, `/api/research/themes?q=${q('教育')}`]) {
      const plain = await raw(path)
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(plain.headers.vary).toMatch(/Accept-Encoding/i)
      for (const coding of ['br', 'gzip'] as const) {
        const packed = await raw(path, { 'Accept-Encoding': coding === 'br' ? 'gzip, deflate, br' : 'gzip' })
        expect(packed.status).toBe(200)
        expect(packed.headers['content-encoding']).toBe(coding)
        expect(Number(packed.headers['content-length'])).toBe(packed.bytes.byteLength)
        expect(packed.bytes.byteLength).toBeLessThan(plain.bytes.byteLength / 3)
        const json = JSON.parse(decode(packed).toString('utf8'))
        const expected = JSON.parse(plain.bytes.toString('utf8'))
        delete json.tookMs
        delete expected.tookMs
        expect(json).toEqual(expected)
        for (const name of [...SECURITY, 'cache-control', 'vary']) expect(packed.headers[name], name).toBe(plain.headers[name])
      }
    }
  })

  it('leaves answers under the threshold, HEAD and clients that accept no coding alone', async () => {
    const health = await raw('/api/health', { 'Accept-Encoding': 'br, gzip' })
    expect(health.bytes.byteLength).toBeLessThan(COMPRESS_THRESHOLD)
    expect(health.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(health.bytes.toString('utf8')).status).toBeDefined()
    const missing = await raw('/api/clauses/nope', { 'Accept-Encoding': 'gzip' })
    expect([missing.status, missing.headers['content-encoding'], JSON.parse(missing.bytes.toString('utf8')).error.code]).toEqual([404, undefined, 'clause_not_found'])

    const head = await raw(`/api/search?q=${q('双减')}`, { 'Accept-Encoding': 'gzip' }, 'HEAD')
    expect([head.status, head.headers['content-encoding'], head.bytes.byteLength]).toEqual([200, undefined, 0])
    expect(head.headers.vary).toMatch(/Accept-Encoding/i)
    const refused = await raw(`/api/search?q=${q('双减')}`, { 'Accept-Encoding': 'gzip;q=0, identity' })
    expect(refused.headers['content-encoding']).toBeUndefined()
  })

  it('answers a feed asked again with its weak ETag with 304 and no body', async () => {
    const path = `/api/feed?q=${q('教育')}&limit=50`
    const first = await raw(path, { 'Accept-Encoding': 'gzip' })
    expect(first.headers['content-encoding']).toBe('gzip')
    expect(first.headers.etag).toMatch(/^W\/"/)
    const again = await raw(path, { 'Accept-Encoding': 'gzip', 'If-None-Match': first.headers.etag! })
    expect([again.status, again.headers['content-encoding'], again.bytes.byteLength]).toEqual([304, undefined, 0])
    const plain = await raw(path, { 'If-None-Match': first.headers.etag! })
    expect(plain.status).toBe(304)
  })

  it('streams a CSV export through gzip with its download headers, the same rows decoded', async () => {
    const path = `/api/export?q=${q('教育')}&format=csv`
    const plain = await raw(path)
    const packed = await raw(path, { 'Accept-Encoding': 'gzip, br' })
    expect(packed.status).toBe(200)
    expect(packed.headers['content-encoding']).toBe('gzip')
    expect(packed.headers['content-length']).toBeUndefined()
    expect(packed.headers['transfer-encoding']).toBe('chunked')
    for (const name of ['content-disposition', 'content-type', 'x-total-count', 'x-exported-count']) expect(packed.headers[name], name).toBe(plain.headers[name])
    expect(decode(packed).toString('utf8')).toBe(plain.bytes.toString('utf8'))
    expect(packed.bytes.byteLength).toBeLessThan(plain.bytes.byteLength / 3)
  })

  it('streams an export only in a coding the client accepts: gzip for gzip, br for "br, gzip;q=0", none for identity, q=0 or no header', async () => {
    for (const format of ['csv', 'json']) {
      const path = `/api/export?q=${q('教育')}&format=${format}`
      const plain = await raw(path)
      const sent: (string | null)[] = []
      for (const accept of ['gzip', 'br, gzip;q=0', 'identity', 'br;q=0, gzip;q=0', undefined]) {
        const res = await raw(path, accept === undefined ? {} : { 'Accept-Encoding': accept })
        sent.push(res.headers['content-encoding'] ?? null)
        expect(res.headers['content-disposition']).toBe(plain.headers['content-disposition'])
        expect(decode(res).toString('utf8')).toBe(plain.bytes.toString('utf8'))
      }
      expect(sent, format).toEqual(['gzip', 'br', null, null, null])
    }
  })

  it('answers 304 with the ETag, Vary and Cache-Control its 200 carried, in every coding and for a feed under the threshold', async () => {
    for (const path of [`/api/feed?q=${q('教育')}&limit=50`, `/api/feed?q=${q('无此词语')}`]) {
      const tags = new Set<string>()
      for (const accept of ['gzip', 'br', 'identity', undefined]) {
        const headers: Record<string, string> = accept === undefined ? {} : { 'Accept-Encoding': accept }
        const first = await raw(path, headers)
        const again = await raw(path, { ...headers, 'If-None-Match': first.headers.etag! })
        expect(first.status).toBe(200)
        expect([again.status, again.headers.etag, again.headers.vary, again.headers['cache-control'], again.bytes.byteLength])
          .toEqual([304, first.headers.etag, 'Accept-Encoding', 'public, max-age=300', 0])
        tags.add(first.headers.etag!)
      }
      // One weak tag for every coding of the feed, so a cache may revalidate any of them with it.
      expect([...tags]).toHaveLength(1)
      expect([...tags][0]).toMatch(/^W\/"[\w-]+"$/)
    }
    expect((await raw(`/api/feed?q=${q('无此词语')}`)).bytes.byteLength).toBeLessThan(COMPRESS_THRESHOLD)
  })
})

describe('compressAnswers on a 304', () => {
  it('leaves a 304 as its route made it: no Vary and the strong tag of an answer it never compresses', async () => {
    // Only the route knows whether the 200 behind a 304 is one it compresses (the feed sets its own Vary and weak tag).
    const app = new Hono().use(compressAnswers()).get('/image', (c) => c.body(null, 304, { ETag: '"abc"' }))
    const res = await app.request('/image', { headers: { 'Accept-Encoding': 'br, gzip' } })
    expect([res.status, res.headers.get('ETag'), res.headers.get('Vary')]).toEqual([304, '"abc"', null])
  })
})
