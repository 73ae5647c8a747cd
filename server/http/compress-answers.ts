/**
 * Compresses API answers for clients that accept it. The web assets are compressed once at build time
 * (web/precompress-assets.ts); answers are made per request, and a research answer runs to 176 KB of JSON.
 *
 * hono/compress is not used as it is: it reads the size only from a Content-Length header, which c.json()
 * does not set, so it would compress every small answer too, and it knows no brotli on Node 20.
 * An answer built whole (JSON, the Atom feed) is read, left as it is under the threshold, else compressed
 * in one go off the main thread (zlib's pool). A download streamed as it is built (/api/export, marked by its
 * Content-Disposition) stays a stream: it is piped through gzip (or brotli, for a client that refuses gzip) chunk
 * by chunk, never held whole.
 */
import { Duplex } from 'node:stream'
import { promisify } from 'node:util'
import { brotliCompress, constants, createBrotliCompress, gzip } from 'node:zlib'
import type { MiddlewareHandler } from 'hono'
import { chooseEncoding, type AnswerEncoding } from './accept-encoding.js'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Under this an answer gains less than the coding costs (and fits one packet anyway). */
export const COMPRESS_THRESHOLD = 1024

const COMPRESSIBLE = /^(application\/(json|atom\+xml|xml)|text\/)/i
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i
/** No body to compress: 1xx, 204 No Content, 206 (a range of the identity body), 304 Not Modified. */
const BODILESS = new Set([204, 206, 304])
/**
 * A stream goes in gzip where the client takes it (the web's own CompressionStream, as before), in brotli only
 * for one that refuses gzip: `br, gzip;q=0` was sent gzip regardless.
 */
const STREAM_PREFERENCE: readonly AnswerEncoding[] = ['gzip', 'br']
const BROTLI_QUALITY = 5

export function compressAnswers({ threshold = COMPRESS_THRESHOLD } = {}): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const res = c.res
    if (res.headers.has('Content-Encoding') || NO_TRANSFORM.test(res.headers.get('Cache-Control') ?? '')) return
    // A 304 carries the ETag and Vary its 200 would have (RFC 9110 §15.4.5), but has no Content-Type or body to
    // tell whether that 200 is compressed here: the route that answers 304 sets them (feed.ts), and they are left.
    if (res.status === 304) return
    const type = res.headers.get('Content-Type')
    if (!type || !COMPRESSIBLE.test(type) || res.status < 200 || BODILESS.has(res.status)) return
    // A cache between must not give one client's coding to another, HEAD included (it describes the GET).
    markCodingVariant(res.headers)
    if (c.req.method !== 'GET') return
    const accepted = c.req.header('Accept-Encoding')
    const encoding = chooseEncoding(accepted)
    if (!encoding || !res.body) return

    if (res.headers.has('Content-Disposition')) {
      const streamed = chooseEncoding(accepted, STREAM_PREFERENCE)!
      c.res = new Response(res.body.pipeThrough(streamCoder(streamed)), res)
      c.res.headers.delete('Content-Length')
      c.res.headers.set('Content-Encoding', streamed)
      return
    }
    const bytes = new Uint8Array(await res.arrayBuffer())
    if (bytes.byteLength < threshold) {
      c.res = new Response(bytes, res)
      return
    }
    const packed = encoding === 'br'
      // Quality 5: on a 90 KB comparison 18 981 bytes in 1.6 ms; quality 11 (zlib's default) 17 408 in 104 ms.
      ? await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } })
      : await gzipAsync(bytes, { level: 6 })
    c.res = new Response(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength), res)
    c.res.headers.set('Content-Encoding', encoding)
    c.res.headers.set('Content-Length', String(packed.byteLength))
  }
}

function streamCoder(encoding: AnswerEncoding): ReadableWritablePair<Uint8Array, BufferSource> {
  if (encoding === 'gzip') return new CompressionStream('gzip')
  // Node 20's CompressionStream knows no brotli; zlib's stream does, seen as a web stream pair.
  const coder = createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } })
  return Duplex.toWeb(coder) as unknown as ReadableWritablePair<Uint8Array, BufferSource>
}

/**
 * An answer that may go out in more than one coding: Vary says so, and its ETag is weak in every coding, identity
 * included, since one tag for several codings may only be weak (RFC 9110 §8.8.1). A tag weak only when compressed
 * left a 304, which has no body and so no size to tell, unable to carry the tag its 200 had.
 */
function markCodingVariant(headers: Headers): void {
  appendVary(headers)
  const etag = headers.get('ETag')
  if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`)
}

function appendVary(headers: Headers): void {
  const vary = headers.get('Vary')
  if (vary === '*' || (vary && /(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary))) return
  headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
}
