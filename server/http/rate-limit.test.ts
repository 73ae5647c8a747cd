import { Hono } from 'hono'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { errorHandler } from './error-handler.js'
import { rateLimit } from './rate-limit.js'

function appWith(limit: number, clock: { t: number }) {
  const app = new Hono()
  app.use('*', rateLimit({ limit, windowMs: 60_000, now: () => clock.t }))
  app.get('/api/ping', (c) => c.json({ ok: true }))
  app.onError(errorHandler(pino({ level: 'silent' })))
  return app
}

describe('rateLimit', () => {
  it('lets `limit` requests through per window, then answers 429 with Retry-After', async () => {
    const clock = { t: 1_000_000 }
    const app = appWith(3, clock)
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await app.request('/api/ping')).status)
    expect(statuses).toEqual([200, 200, 200, 429])
    clock.t += 15_000
    const res = await app.request('/api/ping')
    expect(res.status).toBe(429)
    expect(res.headers.get('Retry-After')).toBe('45')
    expect(await res.json()).toEqual({ error: { code: 'rate_limited', message: '请求过于频繁，请 45 秒后再试' } })
  })

  it('opens a new window once the old one has passed', async () => {
    const clock = { t: 0 }
    const app = appWith(1, clock)
    expect((await app.request('/api/ping')).status).toBe(200)
    expect((await app.request('/api/ping')).status).toBe(429)
    clock.t += 60_000
    const res = await app.request('/api/ping')
    expect(res.status).toBe(200)
    expect(res.headers.get('RateLimit-Remaining')).toBe('0')
  })

  it('does nothing when the limit is 0', async () => {
    const app = appWith(0, { t: 0 })
    for (let i = 0; i < 20; i++) expect((await app.request('/api/ping')).status).toBe(200)
  })
})
