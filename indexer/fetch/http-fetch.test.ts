import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FetchError } from './fetch-error.js'
import { articlePage, corpusLines, startBureauSite, type BureauSite } from './fixtures/bureau-site.js'
import { fetchFollowing, retryAfterMs, type FetchHooks } from './http-fetch.js'

const PAGE = articlePage('江门市教育局2023年工作要点', corpusLines('002_e24f9c466794c2b3.txt').slice(0, 5))
let site: BureauSite
/** Answers of the busy routes, in turn; the last one repeats. */
const busy: Record<string, [number, Record<string, string>][]> = {
  '/busy-then-ok': [[503, { 'retry-after': '2' }], [429, { 'retry-after': 'Wed, 01 Jan 2020 00:00:00 GMT' }], [200, {}]],
  '/come-back-tomorrow': [[503, { 'retry-after': '86400' }]],
  '/always-busy': [[429, { 'retry-after': '1' }]],
  '/busy-no-hint': [[503, {}]],
}

beforeAll(async () => {
  const routes = Object.fromEntries(
    Object.entries(busy).map(([path, answers]) => {
      let turn = 0
      return [
        path,
        (_req: unknown, res: import('node:http').ServerResponse) => {
          const [status, headers] = answers[Math.min(turn++, answers.length - 1)]
          res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(status === 200 ? PAGE : '<h1>服务器繁忙</h1>')
        },
      ]
    }),
  )
  site = await startBureauSite(routes)
})
afterAll(() => site?.close())

/** Hooks without policy or queue, with a clock that records each wait instead of sleeping. */
function hooks(waits: number[]): FetchHooks {
  return {
    limits: { timeoutMs: 2000, maxBytes: 1 << 20, maxRedirects: 3, userAgent: 'test', allowPrivate: true },
    beforeHop: async () => undefined,
    schedule: (_url, task) => task(),
    sleep: async (ms) => void waits.push(ms),
  }
}

describe('A busy server (429, 503) with Retry-After', () => {
  it('is asked again after the wait it names, in seconds or as a date, and its page is read', async () => {
    const waits: number[] = []
    const outcome = await fetchFollowing(new URL(`${site.origin}/busy-then-ok`), hooks(waits))
    expect(outcome.kind).toBe('body')
    expect(outcome.kind === 'body' && Buffer.from(outcome.bytes).toString('utf8')).toContain('江门市教育局2023年工作要点')
    // A date in the past means now.
    expect(waits).toEqual([2000, 0])
    expect(site.requests.filter((r) => r.path === '/busy-then-ok').map((r) => r.status)).toEqual([503, 429, 200])
  })

  it('is reported at once, with the wait, when it asks for more than a minute', async () => {
    const waits: number[] = []
    const error = await fetchFollowing(new URL(`${site.origin}/come-back-tomorrow`), hooks(waits)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FetchError)
    expect((error as FetchError).message).toBe(`${site.origin}/come-back-tomorrow answered HTTP 503 Service Unavailable and asks to come back in 86400 s: fetch it again later.`)
    expect(waits).toEqual([])
  })

  it('is asked at most twice more, then reported', async () => {
    const waits: number[] = []
    const error = (await fetchFollowing(new URL(`${site.origin}/always-busy`), hooks(waits)).catch((e: unknown) => e)) as FetchError
    expect(error.status).toBe(429)
    expect(error.message).toBe(`${site.origin}/always-busy answered HTTP 429 Too Many Requests and was still busy after 2 retries: fetch it again later.`)
    expect(waits).toEqual([1000, 1000])
  })

  it('without Retry-After is reported as its status, not asked again', async () => {
    const waits: number[] = []
    const error = (await fetchFollowing(new URL(`${site.origin}/busy-no-hint`), hooks(waits)).catch((e: unknown) => e)) as FetchError
    expect(error.code).toBe('http_status')
    expect(error.status).toBe(503)
    expect(waits).toEqual([])
    expect(site.requests.filter((r) => r.path === '/busy-no-hint')).toHaveLength(1)
  })
})

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('Tue, 01 Dec 2026 06:00:00 GMT')
    expect(retryAfterMs('120', now)).toBe(120_000)
    expect(retryAfterMs(' 0 ', now)).toBe(0)
    expect(retryAfterMs('Tue, 01 Dec 2026 06:00:30 GMT', now)).toBe(30_000)
    expect(retryAfterMs('soon', now)).toBeNull()
    expect(retryAfterMs('-5', now)).toBeNull()
    expect(retryAfterMs(null, now)).toBeNull()
  })
})
