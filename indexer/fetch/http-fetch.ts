/**
 * One resource over HTTP(S), followed through its redirects: a deadline per request, a byte cap (checked
 * on Content-Length first, then while the body streams, after decompression), a redirect cap, and
 * conditional requests (If-None-Match / If-Modified-Since) so an unchanged page costs a 304 and nothing
 * else. Each hop is handed to `schedule` (the polite queue) and checked by `beforeHop` (address policy,
 * robots.txt) first, so a redirect cannot lead anywhere the first address could not go. A busy server
 * (429, 503) that says when to come back (Retry-After) is asked again then, within limits.
 */
import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import type { Readable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import zlib from 'node:zlib'
import { FetchError } from './fetch-error.js'
import { guardedLookup, parseAddress } from './url-policy.js'

export interface FetchLimits {
  /** Whole request (connect, headers and body) in milliseconds. */
  timeoutMs: number
  /** Largest body accepted, after decompression. */
  maxBytes: number
  maxRedirects: number
  userAgent: string
  allowPrivate: boolean
}

/** What a previous fetch of the resource said about its version. */
export interface Validators {
  etag: string | null
  lastModified: string | null
}

export interface ResponseMeta {
  /** The address that answered, after redirects. */
  url: string
  status: number
  contentType: string | null
  etag: string | null
  lastModified: string | null
  /** The HTTP Date header: when the server answered (not when the document was published). */
  date: string | null
  contentDisposition: string | null
}

export type FetchOutcome =
  | { kind: 'body'; meta: ResponseMeta; bytes: Uint8Array; redirects: string[] }
  | { kind: 'not-modified'; meta: ResponseMeta; redirects: string[] }

export interface FetchHooks {
  limits: FetchLimits
  validators?: Validators | null
  /** Throws a FetchError when the address must not be requested (policy, robots.txt). */
  beforeHop: (url: URL) => Promise<void>
  /** Runs the request in its host's turn. */
  schedule: <T>(url: URL, task: () => Promise<T>) => Promise<T>
  /** Value of the Accept header (what the caller can read). */
  accept?: string
  /** Waits before asking a busy server again (a test's clock). */
  sleep?: (ms: number) => Promise<void>
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
/** Statuses of a server that is busy rather than refusing: it may say when to come back (Retry-After). */
const BUSY = new Set([429, 503])

export const retryOptions = {
  /** Times one address is asked again after a Retry-After. */
  attempts: 2,
  /** The longest Retry-After waited for; a server asking for more is reported, to be tried again later. */
  maxWaitMs: 60_000,
}

/** Milliseconds a Retry-After header asks for (seconds, or an HTTP date), or null when there is none or it is unreadable. */
export function retryAfterMs(value: string | null, now: number): number | null {
  const text = value?.trim() ?? ''
  if (/^\d+$/.test(text)) return Number(text) * 1000
  // An HTTP date names its day and month in letters; Date.parse alone would read `-5` as a year.
  const at = /[A-Za-z]/.test(text) ? Date.parse(text) : NaN
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}

export async function fetchFollowing(start: URL, hooks: FetchHooks): Promise<FetchOutcome> {
  const redirects: string[] = []
  let url = start
  let retries = 0
  for (;;) {
    await hooks.beforeHop(url)
    const hop = url
    const response = await hooks.schedule(hop, () => requestOnce(hop, hooks))
    const { meta } = response
    if (BUSY.has(meta.status)) {
      const wait = retryAfterMs(response.retryAfter, Date.now())
      if (wait !== null && wait <= retryOptions.maxWaitMs && retries < retryOptions.attempts) {
        retries++
        await (hooks.sleep ?? sleep)(wait)
        continue
      }
      if (wait !== null) {
        const again = wait > retryOptions.maxWaitMs ? `asks to come back in ${Math.ceil(wait / 1000)} s` : `was still busy after ${retries} retries`
        throw new FetchError('http_status', hop.href, `${hop.href} answered HTTP ${meta.status}${statusText(meta.status)} and ${again}: fetch it again later.`, { status: meta.status })
      }
    }
    if (REDIRECTS.has(meta.status)) {
      const location = response.location
      if (!location) throw new FetchError('http_status', hop.href, `${hop.href} answered HTTP ${meta.status} without a Location to go to.`, { status: meta.status })
      const next = parseAddress(location, hop.href)
      if (redirects.length >= hooks.limits.maxRedirects) {
        throw new FetchError('too_many_redirects', start.href, `${start.href} redirected more than ${hooks.limits.maxRedirects} times (last to ${next.href}): open it in a browser and give the final address.`)
      }
      url = next
      redirects.push(url.href)
      continue
    }
    if (meta.status === 304 && hooks.validators) return { kind: 'not-modified', meta, redirects }
    if (meta.status >= 200 && meta.status < 300) return { kind: 'body', meta, bytes: response.body!, redirects }
    throw new FetchError('http_status', hop.href, `${hop.href} answered HTTP ${meta.status}${statusText(meta.status)}: check the address in a browser.`, { status: meta.status })
  }
}

interface RawResponse {
  meta: ResponseMeta
  location: string | null
  retryAfter: string | null
  body: Uint8Array | null
}

function requestOnce(url: URL, hooks: FetchHooks): Promise<RawResponse> {
  const { limits, validators } = hooks
  const headers: Record<string, string> = {
    'user-agent': limits.userAgent,
    accept: hooks.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
    'accept-language': 'zh-CN,zh;q=0.9',
  }
  if (validators?.etag) headers['if-none-match'] = validators.etag
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified
  const client = url.protocol === 'https:' ? https : http

  return new Promise<RawResponse>((resolve, reject) => {
    let settled = false
    const fail = (err: unknown) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      req.destroy()
      reject(toFetchError(err, url.href, limits))
    }
    const req = client.request(url, { method: 'GET', headers, lookup: guardedLookup(url.href, limits.allowPrivate) }, (res) => {
      const meta = metaOf(url, res)
      if (REDIRECTS.has(meta.status) || meta.status === 304 || meta.status < 200 || meta.status >= 300) {
        res.resume()
        settled = true
        clearTimeout(timer)
        resolve({ meta, location: header(res, 'location'), retryAfter: header(res, 'retry-after'), body: null })
        return
      }
      const declared = Number(res.headers['content-length'])
      if (Number.isFinite(declared) && declared > limits.maxBytes) return fail(tooLarge(url.href, declared, limits.maxBytes))
      readCapped(decoded(res), limits.maxBytes, url.href).then(
        (body) => {
          if (settled) return
          settled = true
          clearTimeout(timer)
          resolve({ meta, location: null, retryAfter: null, body })
        },
        fail,
      )
    })
    const timer = setTimeout(
      () => fail(new FetchError('timeout', url.href, `${url.href} did not answer within ${limits.timeoutMs / 1000} s: the site may be slow or down; try again later.`)),
      limits.timeoutMs,
    )
    req.on('error', fail)
    req.end()
  })
}

function decoded(res: IncomingMessage): Readable {
  const encoding = (header(res, 'content-encoding') ?? '').toLowerCase()
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(zlib.createGunzip())
  if (encoding === 'deflate') return res.pipe(zlib.createInflate())
  if (encoding === 'br') return res.pipe(zlib.createBrotliDecompress())
  return res
}

async function readCapped(stream: Readable, maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    size += (chunk as Buffer).length
    if (size > maxBytes) {
      stream.destroy()
      throw tooLarge(url, size, maxBytes)
    }
    chunks.push(chunk as Buffer)
  }
  return new Uint8Array(Buffer.concat(chunks))
}

function tooLarge(url: string, size: number, maxBytes: number): FetchError {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1)
  return new FetchError('too_large', url, `${url} is larger than the ${mb(maxBytes)} MB limit (${size > maxBytes ? `at least ${mb(size)} MB` : ''}): download it by hand if it really is the plan.`)
}

function metaOf(url: URL, res: IncomingMessage): ResponseMeta {
  return {
    url: url.href,
    status: res.statusCode ?? 0,
    contentType: header(res, 'content-type'),
    etag: header(res, 'etag'),
    lastModified: header(res, 'last-modified'),
    date: header(res, 'date'),
    contentDisposition: header(res, 'content-disposition'),
  }
}

function header(res: IncomingMessage, name: string): string | null {
  const value = res.headers[name]
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null)
}

function toFetchError(err: unknown, url: string, limits: FetchLimits): FetchError {
  if (err instanceof FetchError) return err
  const e = err as NodeJS.ErrnoException
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') {
    return new FetchError('dns', url, `${url}: the name ${new URL(url).hostname} could not be resolved (${e.code}): check the address and the network.`, { cause: err })
  }
  if (e.code === 'ETIMEDOUT') {
    return new FetchError('timeout', url, `${url} did not answer within ${limits.timeoutMs / 1000} s: the site may be slow or down; try again later.`, { cause: err })
  }
  return new FetchError('network', url, `${url} could not be fetched (${e.code ?? e.message}): check the address and the network.`, { cause: err })
}

function statusText(status: number): string {
  const text = http.STATUS_CODES[status]
  return text ? ` ${text}` : ''
}
